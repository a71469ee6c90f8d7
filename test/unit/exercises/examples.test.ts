// The chapters' examples: each one loads and analyses, and the behaviour each chapter's prose
// describes is what the engine shows for it (expected values from Docker's documented rules).
import { describe, expect, it } from 'vitest'
import { chapterExamples } from '../../../src/examples/chapters.ts'
import { evaluateState } from '../../../src/exercises/evaluate.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'

function example(id: string): PlaygroundState {
  const e = chapterExamples.find((x) => x.id === id)
  if (!e) throw new Error(`no example ${id}`)
  return e.state
}

function sent(id: string): string[] {
  const ev = evaluateState(example(id))
  if (!ev.context) throw new Error(`${id}: no context (${ev.ignoreError?.message ?? ''})`)
  return ev.context.sent
}

describe('chapter examples', () => {
  it('have unique ids prefixed by their chapter, titles and summaries in both languages', () => {
    const ids = chapterExamples.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of chapterExamples) {
      expect(e.id).toMatch(/^ch0[2-6]-[a-z0-9-]+$/)
      expect(e.title.zh && e.title.en && e.summary.zh && e.summary.en).toBeTruthy()
      expect(e.state.files.some((f) => f.path === e.state.dockerfile && typeof f.content === 'string')).toBe(true)
      for (const f of e.state.files) if (f.size !== undefined) expect(Number.isInteger(f.size)).toBe(true)
    }
  })

  it.each(chapterExamples.map((e) => [e.id, e.state] as const))('%s analyses without throwing', (_id, state) => {
    const ev = evaluateState(state)
    expect(ev.ignoreError).toBeNull()
    expect(ev.failures).toEqual([])
    expect(ev.context).not.toBeNull()
    expect(ev.analysis).not.toBeNull()
    expect(ev.analysis!.stages.length).toBeGreaterThan(0)
  })
})

describe('what chapter 02 says about each example', () => {
  it('ch02-anchored: `node_modules` excludes only the root one', () => {
    const s = sent('ch02-anchored')
    expect(s).not.toContain('node_modules/react/index.js')
    expect(s).toContain('api/node_modules/pg/lib/client.js')
    expect(s).toContain('web/node_modules/.vite/deps/react.js')
  })

  it.each([
    ['app.log', false], // *.log
    ['logs/app.log', true], // * does not cross /
    ['temp1', false], // temp?
    ['temp12', true], // ? is exactly one character
    ['build/temporary.txt', false], // */temp*
    ['build/sub/temporary.txt', true], // */temp* is one level only
    ['cache.tmp', false], // **/*.tmp at the root (** matches zero directories)
    ['a/b/c/cache.tmp', false], // and at any depth
    ['main.c', true],
  ])('ch02-wildcards: %s sent = %s', (path, expected) => {
    expect(sent('ch02-wildcards').includes(path)).toBe(expected)
  })

  it.each([
    ['README.md', true],
    ['README-zh.md', true],
    ['README-secret.md', false],
    ['CHANGELOG.md', false],
    ['docs/guide.md', true], // *.md is anchored: only root-level Markdown
  ])('ch02-exceptions: %s sent = %s', (path, expected) => {
    expect(sent('ch02-exceptions').includes(path)).toBe(expected)
  })

  it('ch02-reinclude: !docs/api.md brings one file back; !a does not bring a/b back', () => {
    const s = sent('ch02-reinclude')
    expect(s).toContain('docs/')
    expect(s).toContain('docs/api.md')
    expect(s).not.toContain('docs/internals.md')
    expect(s).not.toContain('docs/images/arch.png')
    expect(s).not.toContain('a/b')
    expect(s).toContain('a/c')
  })

  it('ch02-dir-star: tmp/* leaves an empty tmp/, cache removes the directory', () => {
    const s = sent('ch02-dir-star')
    expect(s).toContain('tmp/')
    expect(s.filter((p) => p.startsWith('tmp/'))).toEqual(['tmp/'])
    expect(s.some((p) => p.startsWith('cache'))).toBe(false)
  })

  it('ch02-cleaning: each pattern is cleaned like a path', () => {
    const s = sent('ch02-cleaning')
    for (const gone of ['build/app', 'dist/app.tar.gz', 'logs/today.log', 'secrets/api-key.txt']) expect(s).not.toContain(gone)
    expect(s).toContain('src/secrets/README.md')
    expect(s).toContain('src/main.go')
  })

  it('ch02-case: matching is case-sensitive', () => {
    const s = sent('ch02-case')
    expect(s).toContain('README.md')
    expect(s).toContain('logo.png')
    expect(s).not.toContain('screenshot.PNG')
  })

  it('ch02-dockerfile-ignore: app.Dockerfile.dockerignore replaces .dockerignore', () => {
    const ev = evaluateState(example('ch02-dockerfile-ignore'))
    expect(ev.ignoreFile).toBe('app.Dockerfile.dockerignore')
    expect(ev.context!.sent).toContain('src/index.js')
    expect(ev.context!.sent).not.toContain('site/index.html')
    expect(ev.context!.sent).not.toContain('README.md')
  })

  it('ch02-gitignore-vs-dockerignore: the copied rules match at the root only', () => {
    const s = sent('ch02-gitignore-vs-dockerignore')
    expect(s).not.toContain('server.log')
    expect(s).toContain('logs/worker.log')
    expect(s).toContain('app/__pycache__/__main__.cpython-312.pyc')
    expect(s).not.toContain('.venv/bin/python')
  })

  it('ch02-allowlist: only the manifests and src/ are sent', () => {
    const files = sent('ch02-allowlist').filter((p) => !p.endsWith('/'))
    expect(files).toEqual(['package-lock.json', 'package.json', 'src/index.js', 'src/routes/orders.js', 'src/routes/users.js'])
  })
})

describe('what chapter 03 says about each example', () => {
  it('ch03-stages: prod copies from test, so building prod builds all four stages', () => {
    const a = evaluateState(example('ch03-stages')).analysis!
    expect(a.stages.map((s) => s.name)).toEqual(['deps', 'build', 'test', 'prod'])
    expect(a.target).toBe(3)
    expect(a.built).toEqual([0, 1, 2, 3])
  })

  it('ch03-stages with --target build skips test and prod', () => {
    const a = evaluateState(example('ch03-stages'), 'build').analysis!
    expect(a.built).toEqual([0, 1])
  })

  it('ch03-copy-from: a name, an index and an image', () => {
    const a = evaluateState(example('ch03-copy-from')).analysis!
    const copies = a.edges.filter((e) => e.kind === 'copy' && e.to === 2).map((e) => e.from)
    expect(copies).toEqual([0, 1, 1, 'busybox:1.36'])
    expect(a.built).toEqual([0, 1, 2])
  })

  it('ch03-arg-scope: the global ARG reaches FROM', () => {
    const a = evaluateState(example('ch03-arg-scope')).analysis!
    expect(a.stages[0]!.base).toBe('golang:1.23-alpine')
  })
})

describe('what chapters 05 and 06 say about each example', () => {
  it('ch05-warnings: one warning per rule the section shows', () => {
    const a = evaluateState(example('ch05-warnings')).analysis!
    const rules = a.diagnostics.map((d) => `${d.rule}:${d.line}`)
    expect(rules).toEqual(expect.arrayContaining([
      'FromAsCasing:1', 'StageNameCasing:1', 'MaintainerDeprecated:2', 'LegacyKeyValueFormat:3',
      'WorkdirRelativePath:4', 'ExposeProtoCasing:7', 'JSONArgsRecommended:11',
    ]))
  })

  it('ch05-check-directives: skip= silences JSONArgsRecommended; FromAsCasing remains', () => {
    const a = evaluateState(example('ch05-check-directives')).analysis!
    const rules = a.diagnostics.map((d) => d.rule)
    expect(rules).not.toContain('JSONArgsRecommended')
    expect(rules).toContain('FromAsCasing')
  })

  it('ch05-copy-source-not-found and ch06-seed: the COPY source is missing from the context', () => {
    const missing = evaluateState(example('ch05-copy-source-not-found')).analysis!.diagnostics.filter((d) => d.rule === 'CopySourceNotFound')
    expect(missing.map((d) => d.line)).toEqual([4])
    const seed = evaluateState(example('ch06-seed'))
    expect(seed.context!.sent).not.toContain('go.mod')
    expect(seed.analysis!.diagnostics.some((d) => (d.rule === 'CopySourceNotFound' || d.rule === 'CopyIgnoredFile') && d.line === 4)).toBe(true)
  })
})
