// Where the editor underlines each warning: BuildKit's line, narrowed to the words at fault when
// they are on that line.
import { describe, expect, it } from 'vitest'
import { isCheckRule } from '../../../src/checks/rules.ts'
import { analyzeForChecks } from './analyze-for-checks.ts'

const text = [
  'FROM --platform=linux/amd64 alpine AS Build', //     1
  'ENV password=1 a=$b', //                              2
  'EXPOSE 80/TCP 1:2', //                                3
  'COPY ${nope} .', //                                   4
  'WORKDIR x', //                                        5
  'CMD a', //                                            6
  'CMD b', //                                            7
  'ENV x y', //                                          8
  'copy a \\', //                                        9
  '  $later /', //                                       10
].join('\n')

describe('diagnostic spans', () => {
  it.each([
    ['FromPlatformFlagConstDisallowed', 1, 6, 1, 28, '--platform=linux/amd64'],
    ['StageNameCasing', 1, 39, 1, 44, 'Build'],
    ['SecretsUsedInArgOrEnv', 2, 5, 2, 13, 'password'],
    ['UndefinedVar', 2, 18, 2, 20, '$b'],
    ['ExposeProtoCasing', 3, 8, 3, 14, '80/TCP'],
    ['ExposeInvalidFormat', 3, 15, 3, 18, '1:2'],
    ['UndefinedVar', 4, 6, 4, 12, '${nope'],
    ['WorkdirRelativePath', 5, 9, 5, 10, 'x'],
    ['MultipleInstructionsDisallowed', 6, 1, 6, 4, 'CMD'],
    ['JSONArgsRecommended', 7, 5, 7, 6, 'b'],
    ['LegacyKeyValueFormat', 8, 5, 8, 8, 'x y'],
    ['ConsistentInstructionCasing', 9, 1, 9, 5, 'copy'],
    // the variable is on a continuation line: the whole instruction, from BuildKit's line
    ['UndefinedVar', 9, 1, 10, 11, 'copy a \\'],
  ])('%s on line %i', (rule, line, column, endLine, endColumn, covered) => {
    const { diagnostics } = analyzeForChecks(text)
    const d = diagnostics.find((x) => isCheckRule(x.rule) && x.rule === rule && x.line === line && x.column === column)
    expect(d).toMatchObject({ line, column, endLine, endColumn })
    const lines = text.split('\n')
    if (line === endLine) expect(lines[line - 1].slice(column - 1, endColumn - 1)).toBe(covered)
    else expect(lines[line - 1].slice(column - 1)).toBe(covered)
  })
})
