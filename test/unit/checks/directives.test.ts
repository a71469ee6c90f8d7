import { describe, expect, it } from 'vitest'
import { mergeFromComments, parseLintOptions, ruleEnabled, EMPTY_CONFIG } from '../../../src/checks/directives.ts'

describe('parseLintOptions (linter.ParseLintOptions)', () => {
  const ok = (text: string) => {
    const r = parseLintOptions(text)
    if (r.error !== null) throw new Error(r.error)
    return { ...r.config, skipRules: [...r.config.skipRules], experimentalRules: [...r.config.experimentalRules] }
  }
  it.each([
    ['', { skipAll: false, skipRules: [], experimentalAll: false, experimentalRules: [], returnAsError: false }],
    ['skip=all', { skipAll: true, skipRules: [], experimentalAll: false, experimentalRules: [], returnAsError: false }],
    ['skip=A, B ,C', { skipAll: false, skipRules: ['A', 'B', 'C'], experimentalAll: false, experimentalRules: [], returnAsError: false }],
    [' skip = A ; error = true ', { skipAll: false, skipRules: ['A'], experimentalAll: false, experimentalRules: [], returnAsError: true }],
    ['error=1;experimental=all', { skipAll: false, skipRules: [], experimentalAll: true, experimentalRules: [], returnAsError: true }],
    ['experimental=X;error=F', { skipAll: false, skipRules: [], experimentalAll: false, experimentalRules: ['X'], returnAsError: false }],
  ])('%j', (text, expected) => {
    expect(ok(text)).toEqual(expected)
  })

  it.each([
    ['skip', 'invalid check option "skip"'],
    ['foo=bar', 'invalid check option "foo"'],
    ['error=yes', 'failed to parse check option "error=yes": strconv.ParseBool: parsing "yes": invalid syntax'],
    // at most three parts: the third keeps the remaining separators, and its value then fails
    ['skip=A;skip=B;error=true;skip=C', 'failed to parse check option "error=true;skip=C": strconv.ParseBool: parsing "true;skip=C": invalid syntax'],
  ])('%j is refused', (text, message) => {
    expect(parseLintOptions(text).error).toBe(message)
  })
})

describe('mergeFromComments (Linter.WithMergedConfigFromComments)', () => {
  const skipped = (comments: string[], rule: string) => !ruleEnabled(mergeFromComments(EMPTY_CONFIG, comments), rule, false)
  it.each([
    [['check=skip=A'], 'A', true],
    [['check = skip=A'], 'A', true],
    [['CHECK=skip=A'], 'A', true],
    [['check=skip=all // why'], 'A', true],
    // the value ends at the first space, so only A is skipped
    [['check=skip=A, B'], 'B', false],
    [['some words', 'check=skip=A'], 'A', true],
    // the first check comment wins, even a malformed one
    [['check=bogus', 'check=skip=A'], 'A', false],
    [['check=skip=B', 'check=skip=A'], 'A', false],
    [['syntax=docker/dockerfile:1'], 'A', false],
    [[], 'A', false],
  ])('%j skips %s: %s', (comments, rule, expected) => {
    expect(skipped(comments, rule)).toBe(expected)
  })

  it('never turns on error=true from a comment', () => {
    expect(mergeFromComments(EMPTY_CONFIG, ['check=error=true']).returnAsError).toBe(false)
  })

  it('lets a comment opt in to an experimental rule, which skip=all does not silence', () => {
    const config = mergeFromComments(EMPTY_CONFIG, ['check=skip=all;experimental=X'])
    expect(ruleEnabled(config, 'X', true)).toBe(true)
    expect(ruleEnabled(config, 'Y', true)).toBe(false)
    expect(ruleEnabled(config, 'Y', false)).toBe(false)
  })
})
