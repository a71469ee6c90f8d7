// Every exercise: its solution passes, its start fails for the reason Docker's rules give, and
// other answers are judged as Docker would build them. Expected results come from Docker's
// documented behaviour, not from running the checks.
import { describe, expect, it } from 'vitest'
import { exercises, findExercise } from '../../../src/exercises/index.ts'
import { text, withFiles } from '../../../src/examples/chapters.ts'
import type { Exercise } from '../../../src/exercises/types.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'

function get(id: string): Exercise {
  const e = findExercise(id)
  if (!e) throw new Error(`no exercise ${id}`)
  return e
}

function withIgnore(state: PlaygroundState, content: string): PlaygroundState {
  return withFiles(state, [text('.dockerignore', content)])
}

function withDockerfile(state: PlaygroundState, content: string): PlaygroundState {
  return withFiles(state, [text('Dockerfile', content)])
}

function problemsEn(e: Exercise, state: PlaygroundState): string[] {
  return e.check(state).problems.map((p) => p.en)
}

describe('every exercise', () => {
  it('has a unique id prefixed by its chapter number, and both languages', () => {
    const ids = exercises.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of exercises) {
      expect(e.id.startsWith(`ch${e.chapter.slice(0, 2)}-`)).toBe(true)
      for (const field of [e.title, e.task, e.hint]) {
        expect(field.zh.length).toBeGreaterThan(0)
        expect(field.en.length).toBeGreaterThan(0)
      }
    }
  })

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the solution passes', (_id, e) => {
    expect(e.check(e.solution)).toEqual({ passed: true, problems: [] })
  })

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the start fails with something to fix', (_id, e) => {
    const r = e.check(e.start)
    expect(r.passed).toBe(false)
    expect(r.problems.length).toBeGreaterThan(0)
    for (const p of r.problems) expect(p.zh && p.en).toBeTruthy()
  })
})

describe('ch02-small-context', () => {
  const e = get('ch02-small-context')
  it('start: node_modules and .git are sent, so the context is far over 1 MB; src/ is sent', () => {
    expect(problemsEn(e, e.start)).toEqual([expect.stringMatching(/^The context is still \d+\.\d\d MB; it must be under 1 MB\.$/)])
  })
  it.each([
    ['trailing slashes, as .gitignore habits write them', '*.log\nnode_modules/\n.git/\ncoverage/\ndist/\n', true],
    ['leading slashes: anchored at the root either way', '/node_modules\n/.git\n/coverage\n/dist\n', true],
    ['node_modules alone is not enough (.git holds 24 MB)', 'node_modules\n', false],
    ['an allowlist that forgets the lock file', '*\n!package.json\n!src\n', false],
    ['an allowlist with what the build reads', '*\n!package*.json\n!src/\n', true],
  ])('%s', (_name, ignore, passes) => {
    expect(e.check(withIgnore(e.start, ignore)).passed).toBe(passes)
  })
  it('names the needed file that an allowlist left out', () => {
    expect(problemsEn(e, withIgnore(e.start, '*\n!package.json\n!src\n'))).toEqual([
      '`package-lock.json` is not sent, but the build needs it.',
    ])
  })
})

describe('ch02-nested-node-modules', () => {
  const e = get('ch02-nested-node-modules')
  it('start: `node_modules` matches only the root one', () => {
    expect(problemsEn(e, e.start)).toEqual([
      '`api/node_modules/pg/lib/client.js` is still in the context.',
      '`api/node_modules/.bin/pg` is still in the context.',
      '`web/node_modules/vite/dist/node/chunks/dep.js` is still in the context.',
      '`web/node_modules/.vite/deps/react.js` is still in the context.',
    ])
  })
  it.each([
    ['a trailing slash changes nothing in Docker', 'node_modules/\n', false],
    ['one level down with */', 'node_modules\n*/node_modules\n', true],
    ['**/ with a trailing slash is cleaned', '**/node_modules/\n', true],
    ['a bare ** would exclude everything', '**\n', false],
  ])('%s', (_name, ignore, passes) => {
    expect(e.check(withIgnore(e.start, ignore)).passed).toBe(passes)
  })
})

describe('ch03-skip-test', () => {
  const e = get('ch03-skip-test')
  it('start: prod copies from test, so BuildKit builds test too', () => {
    expect(problemsEn(e, e.start)).toEqual([
      'Building `prod` still runs `test`: `prod` depends on it, directly or through another stage.',
    ])
  })
  it('deleting the test stage is not the answer', () => {
    const df = e.solution.files.find((f) => f.path === 'Dockerfile')!.content!
    const without = df.replace('FROM build AS test\nRUN npm test\n\n', '')
    expect(problemsEn(e, withDockerfile(e.start, without))).toContain('Keep the `test` stage: CI still builds it with `--target test`.')
  })
  it('stage names are case-insensitive: --from=BUILD is the build stage', () => {
    const df = e.start.files.find((f) => f.path === 'Dockerfile')!.content!.replace('COPY --from=test', 'COPY --from=BUILD')
    expect(e.check(withDockerfile(e.start, df)).passed).toBe(true)
  })
})

describe('ch03-arg-scope', () => {
  const e = get('ch03-arg-scope')
  it('start: the global ARG is not visible after FROM', () => {
    expect(problemsEn(e, e.start)).toContain('`APP_VERSION` used on line 6 is not declared in this stage, so it expands to an empty string.')
  })
  it('declaring the ARG after the LABEL is too late', () => {
    const df = e.start.files.find((f) => f.path === 'Dockerfile')!.content!.replace('ENTRYPOINT', 'ARG APP_VERSION\nENTRYPOINT')
    expect(e.check(withDockerfile(e.start, df)).passed).toBe(false)
  })
})

describe('ch04-deps-first', () => {
  const e = get('ch04-deps-first')
  it('start: COPY . . before npm ci', () => {
    expect(problemsEn(e, e.start)).toEqual([
      'Line 4 copies the sources before `npm ci`: editing any source file reruns `npm ci`.',
      'After `npm ci`, copy `src/` into the image too, or the image has no code.',
    ])
  })
  it('package*.json covers both manifests', () => {
    const df = '# syntax=docker/dockerfile:1\nFROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "src/index.js"]\n'
    expect(e.check(withDockerfile(e.start, df)).passed).toBe(true)
  })
  it('copying a manifest the .dockerignore excludes fails the build', () => {
    const state = withIgnore(e.solution, 'node_modules\n.git\npackage-lock.json\n')
    expect(e.check(state).passed).toBe(false)
  })
})

describe('ch04-npm-cache-mount', () => {
  const e = get('ch04-npm-cache-mount')
  it.each([
    ['no mount', 'RUN npm ci --omit=dev', false],
    ['the cache mount', 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev', true],
    ['dst is an alias of target', 'RUN --mount=type=cache,dst=/root/.npm/ npm ci --omit=dev', true],
    ['a cache mount where npm does not look', 'RUN --mount=type=cache,target=/app/node_modules npm ci --omit=dev', false],
    ['a bind mount is no cache', 'RUN --mount=type=bind,target=/root/.npm npm ci --omit=dev', false],
  ])('%s', (_name, run, passes) => {
    const df = e.start.files.find((f) => f.path === 'Dockerfile')!.content!.replace('RUN npm ci --omit=dev', run)
    expect(e.check(withDockerfile(e.start, df)).passed).toBe(passes)
  })
})

describe('ch05-fix-warnings', () => {
  const e = get('ch05-fix-warnings')
  it("start: BuildKit's FromAsCasing (line 1), MaintainerDeprecated (line 2), JSONArgsRecommended (line 9)", () => {
    const problems = problemsEn(e, e.start)
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Line 1: FromAsCasing: /),
      expect.stringMatching(/^Line 2: MaintainerDeprecated: /),
      expect.stringMatching(/^Line 9: JSONArgsRecommended: /),
    ]))
  })
  it('silencing with # check=skip does not count', () => {
    const df = '# check=skip=FromAsCasing,MaintainerDeprecated,JSONArgsRecommended\n' + e.start.files.find((f) => f.path === 'Dockerfile')!.content!
    expect(problemsEn(e, withDockerfile(e.start, df))).toContain('Do not turn the checks off with `# check=skip=…`; fix what they report.')
  })
})

describe('ch05-copy-ignored', () => {
  const e = get('ch05-copy-ignored')
  it('start: config/ is excluded, so the COPY source is missing', () => {
    const problems = problemsEn(e, e.start)
    expect(problems).toContain('`config/settings.toml` is not in the context yet.')
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^Line 7: (CopyIgnoredFile|CopySourceNotFound): /)]))
  })
  it.each([
    ['an exception before the exclusion loses: the last match wins', '.git\n.venv\n!config/settings.toml\nconfig/\n', false],
    ['config/* then the exception', '.git\n.venv\nconfig/*\n!config/settings.toml\n', true],
    ['excluding only the secret', '.git\n.venv\nconfig/secrets.toml\n', true],
    ['dropping the config/ line sends the secret', '.git\n.venv\n', false],
  ])('%s', (_name, ignore, passes) => {
    expect(e.check(withIgnore(e.start, ignore)).passed).toBe(passes)
  })
})

describe('ch06-seed-build', () => {
  const e = get('ch06-seed-build')
  it("start: the seed's allowlist leaves go.mod and go.sum out", () => {
    const problems = problemsEn(e, e.start)
    expect(problems).toContain('`go.mod` is not in the context, and the build needs it.')
    expect(problems).toContain('`go.sum` is not in the context, and the build needs it.')
  })
  it.each([
    ['!go.* lets both in', '*\n!cmd/\n!pkg/\n!go.*\n', true],
    ['dropping * sends .git and tmp', 'go.work\n', false],
    ['the exceptions before * are undone by it', '!go.mod\n!go.sum\n*\n!cmd/\n!pkg/\n', false],
  ])('%s', (_name, ignore, passes) => {
    expect(e.check(withIgnore(e.start, ignore)).passed).toBe(passes)
  })
})

describe('problems from diagnostics', () => {
  it('name the ignore file when a .dockerignore check is what remains', () => {
    const e = get('ch05-fix-warnings')
    // the fixed Dockerfile, with a .dockerignore that lets a private key into the context
    const state = withFiles(e.solution, [text('.dockerignore', '.git\ntmp\n'), { path: 'deploy/id_rsa', size: 1700 }])
    const problems = problemsEn(e, state)
    expect(problems.length).toBeGreaterThan(0)
    for (const p of problems) expect(p).toMatch(/^`\.dockerignore` line \d+: /)
  })
})
