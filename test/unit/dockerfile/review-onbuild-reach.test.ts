// ONBUILD triggers are initialised only for the stages the target reaches (convert.go resolveStages
// → initOnBuildTriggers over allReachable), even when BuildKit's lint request dispatches every
// stage. A child the target does not need runs without them: no error, no warning from them. The
// graph still shows their edges, so the reader sees what the child would need.
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'
import type { StageEdge } from '../../../src/types.ts'

const edge = (e: StageEdge) => `${e.from}->${e.to}:${e.kind}@${e.line}`
const findings = (text: string, target?: string) =>
  analyzeDockerfile(text, { target }).diagnostics.filter((d) => d.severity === 'error' || d.rule === 'UndefinedVar').map((d) => [d.line, d.message])

describe('ONBUILD triggers only in reachable children', () => {
  const forward = 'FROM alpine AS base\nONBUILD COPY --from=later / /\nFROM base AS child\nFROM alpine AS later\n'
  const variable = 'FROM alpine AS base\nONBUILD COPY --from=$X / /\nFROM base AS child\nFROM alpine AS last\n'
  const undef = 'FROM scratch AS base\nONBUILD WORKDIR /$NOPE\nFROM base AS child\nFROM scratch AS last\n'
  const cases: [string, string, string | undefined, (string | number)[][]][] = [
    ['forward --from in a trigger, child not needed', forward, undefined, []],
    ['forward --from in a trigger, --target child', forward, 'child', [[3, 'cannot copy from stage "later", it needs to be defined before current stage "child"']]],
    ['variable --from in a trigger, child not needed', variable, undefined, []],
    ['variable --from in a trigger, --target child', variable, 'child', [[3, 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround']]],
    ['undefined variable in a trigger, child not needed', undef, undefined, []],
    ['undefined variable in a trigger, --target child', undef, 'child', [[3, "Usage of undefined variable '$NOPE'"]]],
  ]
  it.each(cases)('%s', (_name, text, target, want) => expect(findings(text, target)).toEqual(want))

  it('the trigger edge is shown whether or not the child is built', () => {
    for (const target of [undefined, 'child']) {
      expect(analyzeDockerfile(forward, { target }).edges.map(edge)).toContain('2->1:onbuild-copy@3')
    }
  })
})

describe('image references named by ONBUILD triggers', () => {
  const text = 'FROM alpine AS base\nONBUILD COPY --from=Bad:Ref / /\nFROM base AS child\nFROM alpine AS last\n'
  it('are resolved only for a child the target reaches', () => {
    expect(findings(text)).toEqual([])
    expect(findings(text, 'child')).toEqual([[3, 'failed to parse stage name "Bad:Ref": invalid reference format: repository name (Bad) must be lowercase']])
  })
})
