// Whatever a reader types, the build checks never throw and every diagnostic points inside the text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyCheckDirectives, runChecks } from '../../src/checks/index.ts'
import type { Diagnostic } from '../../src/types.ts'
import { BUILDKIT_CHECK_CASES } from '../fixtures/checks/buildkit-check-cases.ts'
import { PROJECT_CHECK_CASES } from '../fixtures/checks/project-check-cases.ts'
import { analyzeDockerfile } from '../../src/analyze.ts'
import { buildModel } from '../../src/dockerfile/graph.ts'
import { parseDockerfile } from '../../src/dockerfile/parser.ts'

const KEYWORDS = ['FROM', 'from', 'From', 'ARG', 'ENV', 'LABEL', 'RUN', 'CMD', 'ENTRYPOINT', 'COPY', 'ADD', 'WORKDIR', 'EXPOSE', 'MAINTAINER', 'SHELL', 'HEALTHCHECK', 'ONBUILD', 'USER', 'VOLUME', 'STOPSIGNAL', 'copy', 'Env', 'BOGUS']
const WORDS = ['scratch', 'alpine', 'AS', 'as', 'Base', 'base', '$A', '${A:-x}', '${B', '$TARGETPLATFORM', '--platform=$BUILDPLATFORM', '--platform=linux/amd64', '--from=base', '--mount=type=cache,target=$C', 'a=b', 'key value', '"quoted value"', '80/TCP', '127.0.0.1:80:80', '["json", "form"]', '["broken', '<<EOF', "<<'EOF'", '/app', 'app/', 'password=x', '\\', '`', '#', '=', '']
const LINES = ['# check=skip=all', '# check=error=true', '# check=experimental=all', '# check=skip=UndefinedVar // why', '# syntax=docker/dockerfile:1', '# escape=`', '#', '# a comment', '', '  ', 'EOF', '\\', ' \\']

const instruction = fc
  .tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }), fc.integer({ min: 0, max: 9 }))
  .map(([k, args, r]) => `${k} ${args.join(' ')}${r === 0 ? ' \\' : ''}`)
const fromLine = fc
  .tuple(fc.constantFrom('FROM', 'from', 'From'), fc.constantFrom('', '--platform=linux/amd64 ', '--platform=$TARGETPLATFORM ', '--platform=$NOPE '), fc.constantFrom('scratch', 'alpine', '$A', 'base', 'img:$V'), fc.constantFrom('', ' AS base', ' as Base', ' AS a', ' AS scratch'))
  .map(([k, flag, image, name]) => `${k} ${flag}${image}${name}`)
const stage = fc.tuple(fromLine, fc.array(fc.oneof({ weight: 4, arbitrary: instruction }, { weight: 1, arbitrary: fc.constantFrom(...LINES) }), { maxLength: 8 }))
const dockerfile = fc
  .tuple(fc.array(fc.constantFrom(...LINES, 'ARG A', 'ARG V=1'), { maxLength: 3 }), fc.array(stage, { minLength: 1, maxLength: 4 }))
  .map(([head, stages]) => [...head, ...stages.flatMap(([from, body]) => [from, ...body])].join('\n'))

const seeds = [...BUILDKIT_CHECK_CASES, ...PROJECT_CHECK_CASES].map((c) => c.dockerfile)
const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 4 })), { maxLength: 4 }))
  .map(([seed, edits]) => edits.reduce((s, [at, del, ins]) => { const i = at % (s.length + 1); return s.slice(0, i) + ins + s.slice(i + del) }, seed))

// runChecks and applyCheckDirectives directly (a throw would surface here), then the whole
// analysis, which must not have caught anything from them either
function checkAll(text: string, target?: string): Diagnostic[] {
  const options = { target, buildArgs: { A: 'x' } }
  const parsed = parseDockerfile(text)
  const { model } = buildModel(parsed, options)
  const direct = applyCheckDirectives(runChecks({ parsed, model, options }), parsed, options)
  const analysis = analyzeDockerfile(text, options)
  expect(analysis.diagnostics.filter((d) => d.rule === 'InternalError')).toEqual([])
  return direct
}

function assertInside(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/)
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1)
    expect(d.line).toBeLessThanOrEqual(lines.length)
    if (d.column !== undefined) {
      expect(d.column).toBeGreaterThanOrEqual(1)
      expect(d.column).toBeLessThanOrEqual(lines[d.line - 1].length + 1)
    }
    if (d.endLine !== undefined) {
      expect(d.endLine).toBeGreaterThanOrEqual(d.line)
      expect(d.endLine).toBeLessThanOrEqual(lines.length)
      if (d.endColumn !== undefined) expect(d.endColumn).toBeLessThanOrEqual(lines[d.endLine - 1].length + 1)
    }
    expect(d.message.length).toBeGreaterThan(0)
  }
}

describe('build checks on any input', () => {
  it('Dockerfile-like text', () => {
    const rules = new Set<string>()
    fc.assert(
      fc.property(dockerfile, fc.option(fc.constantFrom('base', 'a', 'nope')), (text, target) => {
        const diagnostics = checkAll(text, target ?? undefined)
        for (const d of diagnostics) rules.add(d.rule)
        assertInside(text, diagnostics)
      }),
      { numRuns: 400 },
    )
    // the generator must reach the checks, not only the parser's error paths
    expect(rules.size).toBeGreaterThan(8)
  })
  it('mutated fixture Dockerfiles', () => {
    fc.assert(fc.property(mutated, (text) => assertInside(text, checkAll(text))), { numRuns: 400 })
  })
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => assertInside(text, checkAll(text))), { numRuns: 300 })
  })
})
