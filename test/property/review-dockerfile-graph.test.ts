// Graph invariants of analyzeDockerfile:
// - blank and comment lines between instructions change nothing but line numbers (BuildKit's
//   parser drops them; only where instructions start moves);
// - the built set holds the target and every stage an edge brings into it (allReachableStages
//   follows the base and every --from / from= source).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../src/analyze.ts'
import { parseDockerfile } from '../../src/dockerfile/parser.ts'
import type { DockerfileAnalysis } from '../../src/types.ts'

const fixtures = join(import.meta.dirname, '../fixtures/dockerfiles')
const read = (dir: string) => readdirSync(join(fixtures, dir)).filter((f) => f.endsWith('.Dockerfile')).map((f) => readFileSync(join(fixtures, dir, f), 'utf8'))
const seeds = [...read('corpus'), ...read('conformance'), ...read('conformance/tricky')]

/** the lines where instructions after the first start: inserting just above them stays between instructions */
function insertionPoints(text: string): number[] {
  return parseDockerfile(text).instructions.slice(1).map((n) => n.range.line)
}

const filler = fc.constantFrom('', '   ', '\t', '#', '# a comment', '  # indented comment', '# check=skip=all', '#escape=`')

const insertion = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  inserts: fc.array(fc.record({ at: fc.nat(), lines: fc.array(filler, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
})

function graph(a: DockerfileAnalysis, shift: (line: number) => number) {
  return {
    stages: a.stages.map((s) => ({ ...s, line: shift(s.line) })),
    edges: a.edges.map((e) => ({ ...e, line: shift(e.line) })),
    target: a.target,
    built: a.built,
  }
}

describe('analyzeDockerfile graph invariants', () => {
  it('blank and comment lines between instructions only shift lines', () => {
    fc.assert(
      fc.property(insertion, ({ seed, inserts }) => {
        const text = seeds[seed]
        const points = insertionPoints(text)
        fc.pre(points.length > 0)
        const lines = text.split('\n')
        // lines to add above each original line
        const added = new Map<number, string[]>()
        for (const ins of inserts) {
          const at = points[ins.at % points.length]
          added.set(at, [...(added.get(at) ?? []), ...ins.lines])
        }
        const out: string[] = []
        lines.forEach((l, i) => {
          out.push(...(added.get(i + 1) ?? []), l)
        })
        const shift = (line: number) => line + [...added].filter(([at]) => at <= line).reduce((n, [, ls]) => n + ls.length, 0)
        const before = analyzeDockerfile(text)
        const after = analyzeDockerfile(out.join('\n'))
        expect(graph(after, (l) => l)).toEqual(graph(before, shift))
      }),
      { numRuns: 300 },
    )
  })

  const mutated = fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    edits: fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), insert: fc.constantFrom('FROM a AS b\n', 'COPY --from=b / /\n', 'COPY --from=0 / /\n', 'FROM b\n', 'RUN --mount=from=a true\n', 'ONBUILD COPY --from=c / /\n', 'FROM c AS a\n', '\n', 'x') }), { maxLength: 6 }),
    target: fc.option(fc.constantFrom('a', 'b', 'c', 'build', 'base', 'release'), { nil: undefined }),
  })

  it('the built set holds the target and is closed under edges', () => {
    fc.assert(
      fc.property(mutated, ({ seed, edits, target }) => {
        let t = seeds[seed]
        for (const e of edits) {
          const at = e.at % (t.length + 1)
          t = t.slice(0, at) + e.insert + t.slice(at + e.del)
        }
        const a = analyzeDockerfile(t, { target })
        if (a.stages.length === 0) return
        expect(a.built).toContain(a.target)
        expect([...a.built].sort((x, y) => x - y)).toEqual(a.built)
        const built = new Set(a.built)
        for (const e of a.edges) {
          if (built.has(e.to) && typeof e.from === 'number') expect(built.has(e.from), `edge ${JSON.stringify(e)}`).toBe(true)
        }
        for (const s of a.stages) if (built.has(s.index) && s.baseStage !== null) expect(built.has(s.baseStage)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})
