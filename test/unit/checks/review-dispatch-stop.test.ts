// Where an error stops the dispatch-time checks. toDispatchState fails before dispatchStages for
// errors in FROM expansion, the target, --from resolution (toCommand), cycles, image references
// and ONBUILD triggers: then no instruction is dispatched and no dispatch-time warning exists.
// An error raised while dispatching stops at its instruction, after the warnings before it.
import { describe, expect, it } from 'vitest'
import { analyzeForChecks } from './analyze-for-checks.ts'

const LEGACY_ENV = '"ENV key=value" should be used instead of legacy "ENV key value" format'

describe('errors before dispatch stop every dispatch-time check', () => {
  // name, Dockerfile, target, lines of the LegacyKeyValueFormat warnings, whether the build fails
  const cases: [string, string, string | undefined, number[], boolean][] = [
    ['an invalid image reference in a later FROM', 'FROM scratch AS a\nENV x y\nFROM Alpine\n', undefined, [], true],
    ['a variable in COPY --from', 'FROM scratch AS a\nENV x y\nCOPY --from=$X / /\n', undefined, [], true],
    ['an unknown target', 'FROM scratch AS a\nENV x y\n', 'b', [], true],
    ['a blank base in a later stage', 'ARG B\nFROM scratch AS a\nENV x y\nFROM ${B}\n', undefined, [], true],
    ['an invalid image reference in COPY --from', 'FROM scratch AS a\nENV x y\nCOPY --from=Bad:ref / /\n', undefined, [], true],
    ['a bad ONBUILD trigger in the child', 'FROM scratch AS a\nENV x y\nONBUILD COPY --from=$X / /\nFROM a\n', undefined, [], true],
    ['an error while dispatching keeps the warnings before it', 'FROM scratch AS a\nENV x y\nWORKDIR ${nope:?no}\nENV z w\n', undefined, [2], true],
    ['no error: every warning', 'FROM scratch AS a\nENV x y\nENV z w\n', undefined, [2, 3], false],
  ]
  it.each(cases)('%s', (_name, text, target, lines, fails) => {
    const { diagnostics } = analyzeForChecks(text, { target })
    expect(diagnostics.filter((d) => d.rule === 'LegacyKeyValueFormat').map((d) => [d.line, d.message])).toEqual(lines.map((l) => [l, LEGACY_ENV]))
    expect(diagnostics.filter((d) => d.severity === 'error').length).toBe(fails ? 1 : 0)
  })
})
