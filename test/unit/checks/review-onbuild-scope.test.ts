// ONBUILD triggers of an in-file base run first in the child (convert.go initOnBuildTriggers puts
// them before the child's own commands, located at its FROM), one after another: each sees the
// ARG/ENV effects of the triggers before it, starting from the child's entry scope, and nothing
// that comes later.
import { describe, expect, it } from 'vitest'
import { analyzeForChecks } from './analyze-for-checks.ts'

const undefinedVars = (text: string) =>
  analyzeForChecks(text).diagnostics.filter((d) => d.rule === 'UndefinedVar').map((d) => [d.line, d.message])

describe('ONBUILD triggers: variables in scope, in order', () => {
  const cases: [string, string, (string | number)[][]][] = [
    ['ENV then a use: defined', 'FROM scratch AS base\nONBUILD ENV A=1\nONBUILD WORKDIR /$A\nFROM base\n', []],
    ['ENV then a use, child with instructions: defined', 'FROM scratch AS base\nONBUILD ENV A=1\nONBUILD WORKDIR /$A\nFROM base\nRUN true\n', []],
    ['ARG then a use: declared', 'FROM scratch AS base\nONBUILD ARG A\nONBUILD WORKDIR /$A\nFROM base\n', []],
    ['a use before the ENV that defines it', 'FROM scratch AS base\nONBUILD WORKDIR /$A\nONBUILD ENV A=1\nFROM base\n', [[4, "Usage of undefined variable '$A'"]]],
    ['a variable the child defines only later', 'FROM scratch AS base\nONBUILD WORKDIR /$B\nFROM base\nENV B=1\n', [[3, "Usage of undefined variable '$B'"]]],
    ['the base stage\'s own ENV is inherited', 'FROM scratch AS base\nENV C=1\nONBUILD WORKDIR /$C\nFROM base\n', []],
  ]
  it.each(cases)('%s', (_name, text, want) => expect(undefinedVars(text)).toEqual(want))
})
