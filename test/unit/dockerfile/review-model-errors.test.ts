// BuildKit's errors for whole-file and dependency problems, with the wording and line BuildKit
// gives (parser.Parse, toDispatchState, validateCircularDependency, resolveTarget).
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'

describe('model errors', () => {
  const cases: [string, string, string | undefined, (string | number)[][]][] = [
    ['only comments', '# only a comment\n', undefined, [[1, 'file with no instructions']]],
    ['only global ARGs', 'ARG A=1\n', undefined, [[1, 'dockerfile contains no stages to build']]],
    // the cycle is checked while the lone state still has its name (stageName is cleared after)
    ['a lone named stage copying from itself', 'FROM alpine AS self\nCOPY --from=self /a /b\n', undefined, [[2, 'circular dependency detected on stage: self']]],
    ['a lone unnamed stage copying from index 0', 'FROM alpine\nCOPY --from=0 /a /b\n', undefined, [[2, 'circular dependency detected on stage: stage-0']]],
    ['self by another case', 'FROM alpine AS a\nCOPY --from=A /a /b\nFROM alpine\n', undefined, [[2, 'circular dependency detected on stage: a']]],
    ['two stages copying from each other', 'FROM alpine AS a\nCOPY --from=b / /\nFROM alpine AS b\nCOPY --from=a / /\n', undefined, [[2, 'circular dependency detected on stage: a']]],
    ['unknown target with a suggestion', 'FROM alpine AS build\nFROM alpine AS test\n', 'biuld', [[1, 'target stage "biuld" could not be found (did you mean build?)']]],
    ['target matched without case', 'FROM alpine AS build\nFROM alpine AS test\n', 'BUILD', []],
  ]
  it.each(cases)('%s', (_name, text, target, want) => {
    const errors = analyzeDockerfile(text, { target }).diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => [d.line, d.message])).toEqual(want)
  })
})

describe('COPY --from=<number>: strconv.Atoi decides what is an index', () => {
  const cases: [string, (string | number)[], string[]][] = [
    ['-0', [0], []],
    ['+0', [0], []],
    ['007', [], ['invalid stage index 7']],
    ['9007199254740993', [], ['invalid stage index 9007199254740993']],
    ['9223372036854775807', [], ['invalid stage index 9223372036854775807']],
    // beyond int64 Atoi fails, so the value is looked up as a name, then taken as an image
    ['9223372036854775808', ['9223372036854775808'], []],
  ]
  it.each(cases)('--from=%s', (value, from, errors) => {
    const a = analyzeDockerfile(`FROM alpine AS a\nFROM alpine\nCOPY --from=${value} x y\n`)
    expect(a.edges.filter((e) => e.kind === 'copy').map((e) => e.from)).toEqual(from)
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(errors)
  })
})
