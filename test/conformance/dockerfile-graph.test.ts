// The stage graphs BuildKit derives for real and synthetic Dockerfiles (fixtures/dockerfiles/conformance).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../src/analyze.ts'
import type { DockerfileAnalysis, StageEdge } from '../../src/types.ts'

const root = join(import.meta.dirname, '../fixtures/dockerfiles/conformance')

interface ExpectedStage { index: number; name: string | null; base: string; baseExpanded: string; baseStage: number | null; platform?: string | null; line?: number }
interface ExpectedEdge { from: string; to: string; kind: string; line: number }
interface RealCase { file: string; stages: ExpectedStage[]; edges: ExpectedEdge[]; defaultTarget: number; reachableFromDefaultTarget: number[]; buildkitErrors: string[] }
interface TrickyCase { file: string; note: string; stages: ExpectedStage[]; edges: string[]; defaultTarget: number; reachableFromDefaultTarget: number[]; buildkitErrors: string[]; withTargetC?: { reachable: number[] } }

const edgeString = (e: StageEdge) => `${typeof e.from === 'number' ? `stage:${e.from}` : `image:${e.from}`}->stage:${e.to}:${e.kind}`
const errorsOf = (a: DockerfileAnalysis) => a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)

function expectErrors(a: DockerfileAnalysis, expected: string[]) {
  const got = errorsOf(a)
  if (expected.length === 0) expect(got).toEqual([])
  for (const e of expected) expect(got.some((m) => m.includes(e)), `${JSON.stringify(got)} should include ${e}`).toBe(true)
}

describe('real Dockerfiles: stage graph', () => {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { files: RealCase[] }
  it('has the ten files', () => expect(index.files.length).toBe(10))
  for (const c of index.files) {
    it(c.file, () => {
      const a = analyzeDockerfile(readFileSync(join(root, c.file), 'utf8'))
      expect(a.stages).toEqual(c.stages.map((s) => ({ index: s.index, name: s.name, base: s.baseExpanded, baseStage: s.baseStage, platform: s.platform ?? null, line: s.line })))
      const want = c.edges.map((e) => ({ from: e.from.startsWith('stage:') ? Number(e.from.slice(6)) : e.from.slice(6), to: Number(e.to.slice(6)), kind: e.kind, line: e.line }))
      const key = (e: { from: number | string; to: number; kind: string; line: number }) => `${e.line}|${e.to}|${e.kind}|${e.from}`
      expect(a.edges.map(key).sort()).toEqual(want.map(key).sort())
      expect(a.target).toBe(c.defaultTarget)
      expect(a.built).toEqual(c.reachableFromDefaultTarget)
      expectErrors(a, c.buildkitErrors)
    })
  }
})

describe('tricky Dockerfiles: one BuildKit rule each', () => {
  const expected = JSON.parse(readFileSync(join(root, 'tricky/expected.json'), 'utf8')) as { cases: TrickyCase[] }
  it('has the cases', () => expect(expected.cases.length).toBeGreaterThanOrEqual(35))
  for (const c of expected.cases) {
    it(`${c.file}: ${c.note}`, () => {
      const text = readFileSync(join(root, 'tricky', c.file), 'utf8')
      const a = analyzeDockerfile(text)
      expect(a.stages.map((s) => ({ index: s.index, name: s.name, base: s.base, baseStage: s.baseStage }))).toEqual(
        c.stages.map((s) => ({ index: s.index, name: s.name, base: s.baseExpanded, baseStage: s.baseStage })),
      )
      expect(a.edges.map(edgeString).sort()).toEqual([...c.edges].sort())
      expect(a.target).toBe(c.defaultTarget)
      expect(a.built).toEqual(c.reachableFromDefaultTarget)
      expectErrors(a, c.buildkitErrors)
      if (c.withTargetC) expect(analyzeDockerfile(text, { target: 'c' }).built).toEqual(c.withTargetC.reachable)
    })
  }
})
