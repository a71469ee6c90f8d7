// evaluateProject on the real engine: the examples as a reader meets them.
import { describe, expect, it } from 'vitest'
import { evaluateProject } from '../../../src/project/evaluate.ts'
import { examples, findExample } from '../../../src/examples/index.ts'

describe('evaluateProject on the examples', () => {
  it.each(examples.map((e) => [e.id, e] as const))('%s evaluates without an error', (_id, e) => {
    const r = evaluateProject(e.state)
    expect(r.errors).toEqual([])
    expect(r.analysis?.stages.length).toBeGreaterThan(0)
    expect(r.context).not.toBeNull()
    for (const d of r.diagnostics) expect([r.dockerfilePath, r.ignorePath ?? '.dockerignore']).toContain(d.file)
  })

  it("go-tutorial: go.mod and go.sum are excluded, and the ignore file's line 1 is blamed for it", () => {
    const r = evaluateProject(findExample('go-tutorial')!.state)
    expect(r.context?.excluded).toEqual(expect.arrayContaining(['go.mod', 'go.sum', 'README.md']))
    expect(r.context?.included).toContain('cmd/account/main.go')
    const manifest = r.diagnostics.filter((d) => d.rule === 'BuildManifestExcluded')
    expect(manifest.map((d) => [d.file, d.line])).toEqual([
      ['.dockerignore', 1],
      ['.dockerignore', 1],
    ])
    expect(r.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['FromAsCasing', 'MaintainerDeprecated']))
    expect(r.stats?.transferring).toMatch(/^transferring context: /)
  })

  it('go-tutorial with !go.mod and !go.sum added: no manifest warning, and the files are sent', () => {
    const state = structuredClone(findExample('go-tutorial')!.state)
    const ignore = state.files.find((f) => f.path === '.dockerignore')!
    ignore.content += '!go.mod\n!go.sum\n'
    const r = evaluateProject(state)
    expect(r.context?.included).toEqual(expect.arrayContaining(['go.mod', 'go.sum']))
    expect(r.diagnostics.filter((d) => d.rule === 'BuildManifestExcluded')).toEqual([])
  })

  it('multi-target: the target decides which stages are built', () => {
    const state = findExample('multi-target')!.state
    expect(evaluateProject({ ...state, target: 'test' }).analysis?.built).toEqual([0, 1])
    expect(evaluateProject({ ...state, target: 'prod' }).analysis?.built).toEqual([0, 2, 3])
  })

  it('per-dockerfile-ignore: web.Dockerfile.dockerignore replaces .dockerignore', () => {
    const r = evaluateProject(findExample('per-dockerfile-ignore')!.state)
    expect(r.ignorePath).toBe('web.Dockerfile.dockerignore')
    expect(r.context?.excluded).toContain('api/main.go')
  })

  it('an ignore-file syntax error is reported on its line and the Dockerfile is still analysed', () => {
    const state = structuredClone(findExample('node-app')!.state)
    state.files.find((f) => f.path === '.dockerignore')!.content = 'node_modules\n!\n'
    const r = evaluateProject(state)
    expect(r.context).toBeNull()
    expect(r.errors[0]).toMatchObject({ step: 'dockerignore', file: '.dockerignore', line: 2 })
    expect(r.analysis).not.toBeNull()
  })
})
