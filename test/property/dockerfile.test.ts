// Whatever a reader types, the analysis answers: no exception, no internal error, and every
// diagnostic points inside the text (editors reject markers elsewhere).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../src/analyze.ts'
import type { AnalyzeOptions } from '../../src/dockerfile/index.ts'
import { parseDockerfile } from '../../src/dockerfile/parser.ts'
import { expandWord } from '../../src/dockerfile/shell.ts'

const fixtures = join(import.meta.dirname, '../fixtures/dockerfiles')
const seeds = [
  ...readdirSync(join(fixtures, 'conformance/tricky')).filter((f) => f.endsWith('.Dockerfile')).map((f) => readFileSync(join(fixtures, 'conformance/tricky', f), 'utf8')),
  ...['moby__buildkit__Dockerfile.Dockerfile', 'docker__cli__Dockerfile.Dockerfile', 'kubernetes-sigs__kind__images_base_Dockerfile.Dockerfile'].map((f) => readFileSync(join(fixtures, 'corpus', f), 'utf8')),
]

function checkAnalysis(text: string, options: AnalyzeOptions = {}): void {
  const a = analyzeDockerfile(text, options)
  expect(a.diagnostics.filter((d) => d.rule === 'InternalError')).toEqual([])
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
  const width = (l: number) => (lines[l - 1] ?? '').length + 1
  for (const d of a.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1)
    expect(d.line).toBeLessThanOrEqual(Math.max(1, lines.length))
    if (d.column !== undefined) {
      expect(d.column).toBeGreaterThanOrEqual(1)
      expect(d.column).toBeLessThanOrEqual(width(d.line))
    }
    if (d.endLine !== undefined) {
      expect(d.endLine).toBeGreaterThanOrEqual(d.line)
      expect(d.endLine).toBeLessThanOrEqual(Math.max(1, lines.length))
      if (d.endColumn !== undefined) expect(d.endColumn).toBeLessThanOrEqual(width(d.endLine))
    }
  }
  for (const e of a.edges) {
    expect(e.to).toBeGreaterThanOrEqual(0)
    expect(e.to).toBeLessThan(a.stages.length)
  }
  for (const b of a.built) expect(b).toBeLessThan(a.stages.length)
}

// characters that steer BuildKit's parser and lexer
const special = fc.constantFrom('\\', '`', '$', '{', '}', ':', '-', '+', '#', '%', '/', '"', "'", '<', '<<', '\n', ' ', '\t', '[', ']', ',', '=', '*', '?', '\r', 'é', '\u00a0', 'FROM ', 'AS ', 'COPY --from=', 'RUN --mount=', 'ARG ', 'ONBUILD ', '# escape=`\n', '<<EOF\n', 'EOF\n', '${A:-', '0')
const dockerfileish = fc.array(fc.oneof(special, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''))

const mutation = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  edits: fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), insert: fc.oneof(special, fc.string({ maxLength: 3 })) }), { minLength: 1, maxLength: 8 }),
})

function mutate(m: { seed: number; edits: { at: number; del: number; insert: string }[] }): string {
  let t = seeds[m.seed]
  for (const e of m.edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1)
    t = t.slice(0, at) + e.insert + t.slice(at + e.del)
  }
  return t
}

const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    target: fc.oneof(fc.constantFrom('build', 'BASE', 'a', 'x'), fc.string({ maxLength: 4 })),
    platform: fc.constantFrom('linux/amd64', 'linux/arm64', 'linux/arm/v7', 'windows/amd64', 'bogus', ''),
    buildArgs: fc.dictionary(fc.constantFrom('A', 'V', 'IMG', 'TARGETARCH', 'FROM'), fc.string({ maxLength: 5 })),
  },
  { requiredKeys: [] },
)

describe('analyzeDockerfile on any input', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => checkAnalysis(t)), { numRuns: 400 })
  })
  it('Dockerfile-like text with options', () => {
    fc.assert(fc.property(dockerfileish, options, (t, o) => checkAnalysis(t, o)), { numRuns: 600 })
  })
  it('mutated real and tricky Dockerfiles', () => {
    fc.assert(fc.property(mutation, options, (m, o) => checkAnalysis(mutate(m), o)), { numRuns: 300 })
  })
})

describe('parser and lexer on any input', () => {
  it('parseDockerfile returns errors instead of throwing', () => {
    fc.assert(fc.property(dockerfileish, (t) => {
      const p = parseDockerfile(t)
      for (const e of p.errors) expect(e.line).toBeGreaterThanOrEqual(1)
    }), { numRuns: 500 })
  })
  it('expandWord returns errors instead of throwing', () => {
    const env = new Map([['A', 'abc'], ['E', '']])
    fc.assert(fc.property(dockerfileish, fc.constantFrom('\\', '`'), (w, esc) => {
      const r = expandWord(w, env, esc)
      expect(r.error === null || r.value === '').toBe(true)
    }), { numRuns: 500 })
  })
})
