// The Go regexp subset patternmatcher produces: Go's syntax and semantics (RE2, Perl flags), linear time.
import { describe, expect, it } from 'vitest'
import { GoRegexp } from '../../../src/dockerignore/goregexp.ts'
import { compilePattern, translatePattern } from '../../../src/dockerignore/pattern.ts'

describe('Go regexp semantics', () => {
  it.each([
    ['^[^/]*\\.go$', 'a.go', true],
    ['^[^/]*\\.go$', 'a/b.go', false],
    ['^(.*/)?b$', 'b', true],
    ['^(.*/)?b$', 'a/x/b', true],
    ['^.$', '\n', false], // . does not match a newline
    ['^[^/]$', '\n', true], // a negated class does
    ['^[^/]$', '😀', true], // one code point
    ['^\\d\\w\\s$', '1_ ', true],
    ['^\\D$', '1', false],
    ['^[\\d]$', '7', true],
    ['^[[:alpha:]]$', 'q', true],
    ['^[[:^alpha:]]$', 'q', false],
    ['^\\pL$', 'é', true],
    ['^\\p{Greek}$', 'λ', true],
    ['^\\PL$', 'é', false],
    ['^\\x41\\x{42}\\101$', 'ABA', true],
    ['^\\Qa[b$', 'a[b$', true], // \Q…\E quotes to the end, the final $ included
    ['^\\Qa[\\Eb$', 'a[b', true],
    ['^a\\bb$', 'ab', false],
    ['^a\\b$', 'a', true],
    ['^a\\B.$', 'ab', true],
    ['^a^b$', 'a^b', false], // ^ anchors the text start only
    ['^\\Aa\\z', 'a', true],
    ['^*a$', 'a', true], // Go lets an assertion be repeated
    ['^[]a]$', ']', true],
    ['^[a-]$', '-', true],
    ['^a]$', 'a]', true],
    ['^[[^/]*]$', ']', true], // a user class swallowing a generated one: `[*]` in a pattern
    ['^[[^/]*]$', '[^/]', true],
  ])('%s on %j → %s', (re, text, want) => expect(new GoRegexp(re).test(text)).toBe(want))

  it.each([
    '^[z-a]$',
    '^x\\y$',
    '^[[:foo:]]$',
    '^[a$',
    '^a)$',
    '^(a$',
    '^\\C$',
    '^\\p{Nope}$',
    '^\\p{Grek}$', // Go knows script names, not ISO codes
    '^\\8$',
    '^\\x{110000}$',
    '^a**$',
    '^(*a)$',
    '^\\',
  ])('%s does not compile', (re) => expect(() => new GoRegexp(re)).toThrow())

  it('stays linear when the cached automaton must be rebuilt', () => {
    // `*a` followed by 13 `?` needs up to 2^14 states: more than the cache keeps
    const re = new GoRegexp(translatePattern('*a' + '?'.repeat(13)).regexp)
    const js = /^[^/]*a[^/]{13}$/
    let seed = 7
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let n = 0; n < 300; n++) {
      const s = Array.from({ length: 14 + Math.floor(rand() * 60) }, () => (rand() < 0.5 ? 'a' : 'b')).join('')
      expect(re.test(s), s).toBe(js.test(s))
    }
  })
})

describe('patternmatcher translation', () => {
  it.each([
    ['a.b', 'exact', '^a\\.b'],
    ['dir**', 'prefix', '^dir'],
    ['**.go', 'suffix', '^(.*/)?\\.go'],
    ['**/foo', 'suffix', '^(.*/)?foo'],
    ['**/*.go', 'regexp', '^(.*/)?[^/]*\\.go$'],
    ['a/**', 'prefix', '^a/'],
    ['a/**/b', 'regexp', '^a/(.*/)?b$'],
    ['a**/b', 'regexp', '^a(.*/)?b$'],
    ['*/x', 'regexp', '^[^/]*/x$'],
    ['a?', 'regexp', '^a[^/]$'],
    ['x\\y', 'regexp', '^x\\y$'],
    ['a+(b)|{c}$', 'exact', '^a\\+\\(b\\)\\|\\{c\\}\\$'],
  ])('%s → %s %s', (p, kind, re) => expect(translatePattern(p)).toEqual({ kind, regexp: re }))

  it('a leading byte-order mark is skipped by the scanner but still counted by the suffix test', () => {
    // Go slices "\uFEFF**x" after two bytes: the suffix is the mark's last byte followed by "**x"
    const m = compilePattern('\uFEFF**x')
    expect(m.kind).toBe('suffix')
    expect(m.test('x')).toBe(false)
    expect(m.test('¿**x')).toBe(true) // U+00BF ends with the same byte 0xBF
  })
})
