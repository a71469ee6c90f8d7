import { describe, expect, it } from 'vitest'
import { completionSite, hoverSite, instructionAt } from '../../../playground/editor/dockerfile-sites.ts'

// `|` marks the caret; the rest of the line after it is kept.
function at(doc: string): [string[], number, number] {
  const lines = doc.split('\n')
  const i = lines.findIndex((l) => l.includes('|'))
  const column = lines[i].indexOf('|') + 1
  lines[i] = lines[i].replace('|', '')
  return [lines, i + 1, column]
}

describe('completionSite', () => {
  it.each<[string, string, unknown]>([
    ['directive at the top', '# sy|\nFROM a', { kind: 'directive', prefix: 'sy' }],
    ['directive after another directive', '# syntax=docker/dockerfile:1\n# |\nFROM a', { kind: 'directive', prefix: '' }],
    ['no directive after an instruction', 'FROM a\n# |', { kind: 'none' }],
    ['no directive after a plain comment', '# hello\n# |', { kind: 'none' }],
    ['flag of RUN', 'FROM a\nRUN --|', { kind: 'flag', instruction: 'RUN', prefix: '' }],
    ['flag with a prefix, lower-case instruction', 'FROM a\ncopy --li|', { kind: 'flag', instruction: 'COPY', prefix: 'li' }],
    ['flag on a continuation line', 'FROM a\nCOPY --link \\\n  --|', { kind: 'flag', instruction: 'COPY', prefix: '' }],
    ['flag on a continuation line after a comment line', 'FROM a\nRUN \\\n# note\n  --|', { kind: 'flag', instruction: 'RUN', prefix: '' }],
    ['flag after ONBUILD', 'FROM a\nONBUILD COPY --|', { kind: 'flag', instruction: 'COPY', prefix: '' }],
    ['the instruction keyword itself', 'FROM a\nRU|', { kind: 'none' }],
    ['mount option key', 'FROM a\nRUN --mount=|', { kind: 'mount-key', mountType: null, prefix: '' }],
    ['mount option key after type', 'FROM a\nRUN --mount=type=cache,ta|', { kind: 'mount-key', mountType: 'cache', prefix: 'ta' }],
    ['mount type value', 'FROM a\nRUN --mount=type=c|', { kind: 'mount-value', key: 'type', prefix: 'c' }],
    ['flag value', 'FROM a\nRUN --network=n|', { kind: 'flag-value', instruction: 'RUN', flag: 'network', prefix: 'n' }],
    ['in a command argument', 'FROM a\nRUN go build|', { kind: 'none' }],
    ['in a comment line', 'FROM a\n# --|', { kind: 'none' }],
    ['check directive setting', '# check=|', { kind: 'check-key', prefix: '' }],
    ['check directive second setting', '# check=skip=all;er|', { kind: 'check-key', prefix: 'er' }],
    ['check directive rule list', '# check=skip=FromAsCasing,Json|', { kind: 'check-value', key: 'skip', prefix: 'Json' }],
    ['check directive error value', '# syntax=docker/dockerfile:1\n# check=error=|', { kind: 'check-value', key: 'error', prefix: '' }],
    ['check is no directive after an instruction', 'FROM a\n# check=|', { kind: 'none' }],
    ['backtick escape continues lines', '# escape=`\nFROM a\nCOPY --link `\n  --|', { kind: 'flag', instruction: 'COPY', prefix: '' }],
  ])('%s', (_name, doc, expected) => {
    expect(completionSite(...at(doc))).toEqual(expected)
  })
})

describe('hoverSite', () => {
  it.each<[string, string, unknown]>([
    ['directive name', '# sy|ntax=docker/dockerfile:1\nFROM a', { kind: 'directive', name: 'syntax' }],
    ['check directive', '# check=skip=all\n# es|cape=`', { kind: 'directive', name: 'escape' }],
    ['a rule in the check directive', '# check=skip=FromAs|Casing', { kind: 'check-rule', rule: 'FromAsCasing' }],
    ['directive value is not the name', '# syntax=docker/do|ckerfile:1', null],
    ['a flag name', 'FROM a\nCOPY --li|nk . .', { kind: 'flag', instruction: 'COPY', flag: 'link' }],
    ['a flag with a value, on the name', 'FROM a\nCOPY --ch|mod=0755 . .', { kind: 'flag', instruction: 'COPY', flag: 'chmod' }],
    ['a mount option', 'FROM a\nRUN --mount=type=cache,tar|get=/root/.cache go build', { kind: 'mount-key', key: 'target', mountType: 'cache' }],
    ['a mount type', 'FROM a\nRUN --mount=type=ca|che,target=/x true', { kind: 'mount-type', mountType: 'cache' }],
    ['an instruction: left to the language service', 'FR|OM a', null],
    ['a plain word', 'FROM a\nRUN go bu|ild', null],
  ])('%s', (_name, doc, expected) => {
    expect(hoverSite(...at(doc))).toEqual(expected)
  })
})

describe('instructionAt', () => {
  it('follows continuations back to the instruction', () => {
    expect(instructionAt(['FROM a', 'RUN a \\', '  b \\', '  c'], 3)).toEqual({ instruction: 'RUN', start: 1 })
    // Without a trailing escape the next line starts a new instruction of its own.
    expect(instructionAt(['FROM a', 'RUN a', '  c'], 2)).toEqual({ instruction: 'C', start: 2 })
    expect(instructionAt(['FROM a', ''], 1)).toBeNull()
  })
})
