import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { examples, findExample, DEFAULT_EXAMPLE_ID } from '../../../src/examples/index.ts'
import { builtinExamples } from '../../../src/examples/builtin.ts'
import { decodeState, encodeState } from '../../../src/share/codec.ts'

const seed = readFileSync(new URL('../../fixtures/seed/docker-build.zh.md', import.meta.url), 'utf8')
function fenced(lang: string): string {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(seed)
  if (!m) throw new Error(`no ${lang} block in the seed`)
  return m[1]
}

describe('examples', () => {
  it('has the nine built-in examples the playground links to, with unique ids', () => {
    expect(builtinExamples.map((e) => e.id)).toEqual([
      'go-tutorial', 'node-app', 'python-app', 'multi-target', 'cache-mounts',
      'arg-from', 'gitignore-habits', 'allowlist', 'per-dockerfile-ignore',
    ])
    const ids = examples.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(findExample(DEFAULT_EXAMPLE_ID)?.id).toBe('go-tutorial')
    expect(findExample('nope')).toBeUndefined()
  })

  describe.each(examples.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    it('has titles and summaries in both locales', () => {
      for (const text of [example.title, example.summary]) {
        expect(text.zh.trim()).not.toBe('')
        expect(text.en.trim()).not.toBe('')
      }
    })
    it('is a valid share state (survives encode/decode unchanged)', () => {
      expect(decodeState(encodeState(example.state))).toEqual({ ok: true, state: example.state })
    })
    it('contains its Dockerfile as text', () => {
      const df = example.state.files.find((f) => f.path === example.state.dockerfile)
      expect(df?.content).toMatch(/^\s*(#.*\n|ARG.*\n)*\s*FROM /m)
    })
  })

  it('go-tutorial carries the tutorial Dockerfile and .dockerignore unchanged, and the project tree', () => {
    const state = findExample('go-tutorial')!.state
    const text = (p: string) => state.files.find((f) => f.path === p)?.content
    expect(text('Dockerfile')).toBe(fenced('dockerfile'))
    expect(text('.dockerignore')).toBe(fenced('dockerignore'))
    const paths = state.files.map((f) => f.path)
    for (const p of ['cmd/account/main.go', 'cmd/account/accountCfg.yaml', 'go.mod', 'go.sum', 'README.md']) {
      expect(paths).toContain(p)
    }
    expect(paths.some((p) => p.startsWith('.git/'))).toBe(true)
    expect(paths.some((p) => p.startsWith('tmp/'))).toBe(true)
    expect(paths.some((p) => p.startsWith('pkg/'))).toBe(true)
  })
})
