// The stage graphs of corpus Dockerfiles, as derived by hand from BuildKit's rules
// (fixtures/dockerfiles/hand-derived), against analyzeDockerfile with default options.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'
import type { StageEdge } from '../../../src/types.ts'
import { HAND_DERIVED_GRAPHS } from '../../fixtures/dockerfiles/hand-derived/corpus-graphs.ts'

const corpus = join(import.meta.dirname, '../../fixtures/dockerfiles/corpus')
const edgeString = (e: StageEdge) => `${typeof e.from === 'number' ? e.from : `image:${e.from}`}->${e.to}:${e.kind}@${e.line}`

describe('corpus Dockerfiles: stage graphs derived by hand from BuildKit rules', () => {
  it('covers at least 25 files', () => expect(new Set(HAND_DERIVED_GRAPHS.map((c) => c.file)).size).toBeGreaterThanOrEqual(25))
  it.each(HAND_DERIVED_GRAPHS.map((c) => [`${c.file}${c.options ? ` ${JSON.stringify(c.options)}` : ''}`, c] as const))('%s', (_name, c) => {
    const a = analyzeDockerfile(readFileSync(join(corpus, c.file), 'utf8'), c.options)
    expect(a.stages).toEqual(c.stages.map(([name, base, baseStage, platform, line], index) => ({ index, name, base, baseStage, platform, line })))
    expect(a.edges.map(edgeString).sort()).toEqual([...c.edges].sort())
    expect(a.target).toBe(c.target ?? c.stages.length - 1)
    expect(a.built).toEqual(c.built)
    const errors = a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)
    expect(errors).toEqual(c.error ? [c.error] : [])
  })
})
