import { describe, expect, it } from 'vitest'
import { NARROW_QUERY, wordWrapFor } from '../../../playground/editor/word-wrap.ts'

describe('wordWrapFor', () => {
  it.each([
    ['dockerignore', false, 'on'],
    ['dockerignore', true, 'on'],
    ['dockerfile', true, 'on'],
    ['dockerfile', false, 'off'],
  ] as const)('%s, narrow=%s → %s', (language, narrow, expected) => {
    expect(wordWrapFor(language, narrow)).toBe(expected)
  })

  it('calls a viewport narrow below 600px, so a 390px phone wraps and a 768px tablet does not', () => {
    expect(NARROW_QUERY).toBe('(max-width: 599px)')
  })
})
