// evaluateProject's composition (which file, which step failed, diagnostics tagged by file), with the
// engine replaced by small fakes so this holds whatever state the engine is in.
import { describe, expect, it, vi } from 'vitest'

vi.mock('../../../src/dockerignore/index.ts', () => {
  class DockerignoreError extends Error {
    constructor(public line: number, message: string) {
      super(message)
    }
  }
  return {
    DockerignoreError,
    // one pattern per non-empty line; a line reading BAD is an error at that line
    parseDockerignore(text: string) {
      const patterns = text.split('\n').map((l, i) => ({ line: i + 1, pattern: l.replace(/^!/, ''), negated: l.startsWith('!') }))
      const bad = patterns.find((p) => p.pattern === 'BAD')
      if (bad) throw new DockerignoreError(bad.line, 'illegal exclusion pattern: "BAD"')
      return { patterns: patterns.filter((p) => p.pattern !== '') }
    },
    // exact names only
    matchPath(rules: { patterns: { line: number; pattern: string; negated: boolean }[] }, path: string) {
      const trace = rules.patterns.filter((p) => p.pattern === path || p.pattern === '*')
      const last = trace[trace.length - 1]
      return { excluded: last !== undefined && !last.negated, trace }
    },
  }
})
vi.mock('../../../src/context/index.ts', async () => {
  const di = await import('../../../src/dockerignore/index.ts')
  return {
    computeContext(rules: never, entries: { path: string; size?: number }[]) {
      const included = entries.filter((e) => !di.matchPath(rules, e.path).excluded).map((e) => e.path)
      const excluded = entries.filter((e) => di.matchPath(rules, e.path).excluded).map((e) => e.path)
      return { sent: included, included, excluded, fileCount: included.length, totalBytes: 0 }
    },
    checkDockerignore: () => [],
    contextStats: () => ({ transferring: 'transferring context: 0B' }),
  }
})
vi.mock('../../../src/analyze.ts', () => ({
  analyzeDockerfile(text: string, options: { target?: string }) {
    if (text.includes('CRASH')) throw new Error('parser crashed')
    return {
      stages: [{ index: 0, name: null, base: 'alpine', baseStage: null, platform: null, line: 1 }],
      edges: [],
      target: 0,
      built: [0],
      diagnostics: [{ rule: 'FromAsCasing', severity: 'warning', message: `target=${options.target ?? ''}`, line: 2 }],
    }
  },
  readPaths: () => ['go.mod'],
}))

const { evaluateProject } = await import('../../../src/project/evaluate.ts')

const base = { dockerfile: 'Dockerfile', buildArgs: {} }

describe('evaluateProject', () => {
  it('uses <dockerfile>.dockerignore over .dockerignore when both exist', () => {
    const r = evaluateProject({
      ...base,
      dockerfile: 'app.Dockerfile',
      files: [
        { path: 'app.Dockerfile', content: 'FROM alpine\n' },
        { path: 'app.Dockerfile.dockerignore', content: 'x' },
        { path: '.dockerignore', content: 'y' },
      ],
    })
    expect(r.ignorePath).toBe('app.Dockerfile.dockerignore')
    expect(r.ignoreText).toBe('x')
  })

  it('sends everything when there is no ignore file', () => {
    const r = evaluateProject({ ...base, files: [{ path: 'Dockerfile', content: 'FROM alpine' }, { path: 'a', size: 3 }] })
    expect(r.ignorePath).toBeNull()
    expect(r.stats).not.toBeNull()
    expect(r.context?.excluded).toEqual([])
  })

  it('reports an ignore-file error with its line, as a diagnostic of that file, and still analyses the Dockerfile', () => {
    const r = evaluateProject({
      ...base,
      files: [{ path: 'Dockerfile', content: 'FROM alpine' }, { path: '.dockerignore', content: 'a\nBAD\n' }],
    })
    expect(r.rules).toBeNull()
    expect(r.context).toBeNull()
    expect(r.errors).toEqual([{ step: 'dockerignore', message: 'illegal exclusion pattern: "BAD"', file: '.dockerignore', line: 2 }])
    expect(r.diagnostics.find((d) => d.file === '.dockerignore')).toMatchObject({ rule: 'SyntaxError', line: 2 })
    expect(r.analysis).not.toBeNull()
  })

  it('keeps the context when the Dockerfile analysis throws', () => {
    const r = evaluateProject({ ...base, files: [{ path: 'Dockerfile', content: 'CRASH' }, { path: 'a' }] })
    expect(r.analysis).toBeNull()
    expect(r.context?.included).toEqual(['Dockerfile', 'a'])
    expect(r.errors).toEqual([{ step: 'dockerfile', message: 'parser crashed', file: 'Dockerfile' }])
  })

  it('says so when the Dockerfile is missing', () => {
    const r = evaluateProject({ ...base, files: [{ path: 'a' }] })
    expect(r.dockerfileText).toBeNull()
    expect(r.errors[0]).toMatchObject({ step: 'dockerfile', file: 'Dockerfile' })
  })

  it('passes target and build args to the analysis and tags its diagnostics with the Dockerfile path', () => {
    const r = evaluateProject({ ...base, target: 'prod', files: [{ path: 'Dockerfile', content: 'FROM alpine' }] })
    expect(r.diagnostics).toEqual([{ rule: 'FromAsCasing', severity: 'warning', message: 'target=prod', line: 2, file: 'Dockerfile' }])
    expect(r.readPaths).toEqual(['go.mod'])
  })

  it('flags a Go manifest the ignore file excludes when the Dockerfile runs go, at the excluding line', () => {
    const r = evaluateProject({
      ...base,
      files: [
        { path: 'Dockerfile', content: 'FROM golang\nRUN go mod tidy\n' },
        { path: '.dockerignore', content: '*\n!Dockerfile\n' },
        { path: 'go.mod', content: 'module x\n' },
        { path: 'main.go', content: 'package main\n' },
      ],
    })
    const manifest = r.diagnostics.filter((d) => d.rule === 'BuildManifestExcluded')
    expect(manifest).toHaveLength(1)
    expect(manifest[0]).toMatchObject({ file: '.dockerignore', line: 1, severity: 'warning', url: '/reference/dockerignore-checks.html#build-manifest-excluded' })
    expect(manifest[0].message).toContain('go.mod')
  })

  it('does not flag an excluded manifest whose tool the Dockerfile never runs', () => {
    const r = evaluateProject({
      ...base,
      files: [
        { path: 'Dockerfile', content: 'FROM alpine\nRUN echo hi\n' },
        { path: '.dockerignore', content: '*\n' },
        { path: 'go.mod', content: 'module x\n' },
      ],
    })
    expect(r.diagnostics.filter((d) => d.rule === 'BuildManifestExcluded')).toEqual([])
  })
})
