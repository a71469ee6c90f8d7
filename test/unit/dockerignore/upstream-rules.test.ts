// Rules read off Docker's sources that the conformance set does not pin, one table per function.
// Every expectation was derived by hand from moby/patternmatcher v0.6.1 (patternmatcher.go,
// ignorefile/ignorefile.go), Go's regexp/syntax, path/filepath and text/scanner, and
// tonistiigi/fsutil's filterFS.Walk (filter.go) — never from this code's output.
import { describe, expect, it } from 'vitest'
import { DockerignoreError, matchPath, parseDockerignore, readIgnoreLines, translatePattern } from '../../../src/dockerignore/index.ts'
import { computeContext } from '../../../src/context/index.ts'

const sent = (ignore: string, files: string[]) =>
  computeContext(parseDockerignore(ignore), files.map((path) => ({ path }))).sent

/** 'X' excluded, '-' sent, 'E' the build fails when the path reaches the pattern. */
function verdict(ignore: string, path: string): string {
  try {
    return matchPath(parseDockerignore(ignore), path).excluded ? 'X' : '-'
  } catch (e) {
    if (e instanceof DockerignoreError) return 'E'
    throw e
  }
}

function parseError(ignore: string): string | null {
  try {
    parseDockerignore(ignore)
    return null
  } catch (e) {
    return e instanceof DockerignoreError ? `${e.line}: ${e.message}` : String(e)
  }
}

// Pattern.compile escapes only . + ( ) | { } $, so a pattern can never open a group, an alternation,
// a counted repetition or a flag group (`(?i)`): those characters are always literal. What reaches
// regexp.Compile unescaped is `[`, `]`, `^` and whatever follows a backslash.
describe('Pattern.compile + regexp.Compile: Go syntax a pattern can reach', () => {
  it.each([
    // literal regexp metacharacters (exact match: no wildcard at all)
    ['a+b', 'a+b', 'X'],
    ['a+b', 'aab', '-'],
    ['(x)', '(x)', 'X'],
    ['(x)', 'x', '-'],
    ['a|b', 'a', '-'],
    ['a|b', 'a|b', 'X'],
    ['a{1,2}', 'a', '-'],
    ['a{1,2}', 'a{1,2}', 'X'],
    ['a$', 'a$', 'X'],
    ['*.{js,ts}', 'a.js', '-'],
    ['*.{js,ts}', 'a.{js,ts}', 'X'],
    ['*(x)', 'q(x)', 'X'],
    // `^` is not escaped: an exact pattern compares it literally, a regexp treats it as an anchor
    ['^a', '^a', 'X'],
    ['^a', 'a', '-'],
    ['^a*', 'ab', 'X'],
    ['a^*', 'a^', '-'],
    // an escaped brace stays a literal brace: no {n,m} repetition
    ['a\\{2}', 'a{2}', 'X'],
    ['a\\{2}', 'aa', '-'],
    // `*` and `?` inside a class are translated too: `[*]` is the class [[^/] repeated, then `]`
    ['[*]', ']', 'X'],
    ['[*]', '[/]', 'X'],
    ['[*]', '*', '-'],
    ['[?]', '[]', 'X'],
    ['[?]', '?', '-'],
    // \Q…\E quotes everything up to \E, or to the end — the appended `$` included
    ['\\Qa.b\\E', 'a\\.b', 'X'],
    ['\\Qa.b\\E', 'a.b', '-'],
    ['\\Qa*', 'a[^/]*$', 'X'],
    ['\\Qa*', 'ab', '-'],
    ['[\\Q]\\E]', ']', 'E'],
    // \p{…} and \x{…} cannot be written: the brace arrives escaped
    ['\\pL', 'a', 'X'],
    ['\\pL', '1', '-'],
    ['\\PL', '1', 'X'],
    ['[\\PL]', 'a', '-'],
    // unicode.C is Cc|Cf|Co|Cs: an unassigned code point (Cn, here U+0378) is not in it
    ['\\pC', '\u0001', 'X'],
    ['\\pC', '\u0378', '-'],
    ['\\PC', '\u0378', 'X'],
    ['[\\pC]', '\u0378', '-'],
    ['\\p{Greek}', 'α', 'E'],
    ['\\x{41}', 'A', 'E'],
    ['\\x41', 'A', 'X'],
    ['\\x4', 'x', 'E'],
    // octal: \0 plus up to two octal digits; a lone \1-\7 is a backreference Go rejects
    ['\\0', '\u0000', 'X'],
    ['\\08', '\u00008', 'X'],
    ['\\12', '\n', 'X'],
    ['\\1', 'a', 'E'],
    ['\\8', '8', 'E'],
    // escapes Go does not know fail when first used
    ['\\e', 'e', 'E'],
    ['\\Z', 'Z', 'E'],
    ['\\C', 'C', 'E'],
    ['\\é', 'é', 'E'],
    // punctuation after a backslash is itself
    ['\\_', '_', 'X'],
    ['\\%', '%', 'X'],
    ['a\\.b', 'a.b', 'X'],
    ['a\\.b', 'axb', '-'],
    // assertions
    ['a\\b', 'a', 'X'],
    ['a\\b**', 'ab', '-'],
    ['a\\b**', 'a-b', 'X'],
    ['\\B', 'a', '-'],
    ['\\Aa', 'a', 'X'],
    ['a\\z', 'a', 'X'],
    // classes: POSIX (only [:name:]), Perl, ranges across code points
    ['[[:alpha:]]', 'a', 'X'],
    ['[[:^digit:]]', '1', '-'],
    ['[[:word:]]', '_', 'X'],
    ['[[:foo:]]', 'a', 'E'],
    ['[[.a.]]', 'a]', 'X'],
    ['[[=a=]]', 'a', '-'],
    ['[\\d]', '1', 'X'],
    ['[^\\d]', 'a/b', 'X'],
    ['[a-\\d]', 'a', 'E'],
    ['[a\\-z]', '-', 'X'],
    ['[a\\-z]', 'b', '-'],
    ['[😀-😂]', '😁', 'X'],
    ['\\w*', 'a-b', 'X'],
    // `?` is one code point, never a UTF-16 half
    ['?', '😀', 'X'],
    ['é?', 'é', '-'],
  ])('%j vs %j → %s', (ignore, path, want) => expect(verdict(ignore, path)).toBe(want))
})

// Pattern.compile: the match type is decided while scanning; i counts loop turns, so only a `**` that
// starts the pattern makes a suffix test, and a later wildcard turns it back into a regexp.
describe('Pattern.compile: where ** sits', () => {
  it.each([
    ['**', 'suffix', '^'],
    ['***', 'regexp', '^(.*/)?[^/]*$'],
    ['**/**', 'regexp', '^(.*/)?.*$'],
    ['**/**/*.txt', 'regexp', '^(.*/)?(.*/)?[^/]*\\.txt$'],
    ['a/**/**/b', 'regexp', '^a/(.*/)?(.*/)?b$'],
    ['**/a/**', 'regexp', '^(.*/)?a/.*$'],
    ['a**b', 'regexp', '^a(.*/)?b$'],
    ['a/**b', 'regexp', '^a/(.*/)?b$'],
    ['**a**', 'regexp', '^(.*/)?a.*$'],
    ['*a**', 'regexp', '^[^/]*a.*$'],
    ['**a', 'suffix', '^(.*/)?a'],
    ['**\\*', 'regexp', '^(.*/)?\\*$'],
    ['\\**', 'regexp', '^\\*[^/]*$'],
    ['a\\b**', 'regexp', '^a\\b.*$'],
    ['[a]**', 'regexp', '^[a].*$'],
    ['?**', 'regexp', '^[^/].*$'],
    ['a**', 'prefix', '^a'],
    ['a(b)c/def', 'exact', '^a\\(b\\)c/def'],
  ])('%s → %s %s', (pattern, kind, regexp) => expect(translatePattern(pattern)).toEqual({ kind, regexp }))

  it.each([
    ['a**b', 'ab', 'X'],
    ['a**b', 'axb', '-'],
    ['a**b', 'ax/b', 'X'],
    ['**a', 'b/xa', 'X'],
    ['a**', 'ab/c', 'X'],
    ['a/**', 'a', '-'],
  ])('%j vs %j → %s', (ignore, path, want) => expect(verdict(ignore, path)).toBe(want))
})

// ignorefile.ReadAll trims, splits off '!', cleans and drops one leading '/'; New then trims and
// cleans the whole entry again and splits off '!' once more — so cleaning can create or remove a '!'.
describe('ReadAll then New: cleaning around the !', () => {
  it.each([
    ['!/', '1: illegal exclusion pattern: "!"'], // ReadAll "!/"; Clean("!/") = "!"
    ['!//', '1: illegal exclusion pattern: "!"'],
    ['/!', '1: illegal exclusion pattern: "!"'], // Clean("/!") = "/!", leading '/' dropped
    ['./!', '1: illegal exclusion pattern: "!"'],
    ['x\n !  ', '2: illegal exclusion pattern: "!"'],
    ['a[', '1: syntax error in pattern'], // filepath.Match validates the class even after 'a' failed
    ['a\\', '1: syntax error in pattern'],
    ['[]a]', '1: syntax error in pattern'],
    ['[a-]', '1: syntax error in pattern'],
    ['[a-b-c]', '1: syntax error in pattern'],
    ['a*[', null], // the '*' chunk stops Match before the class: fails only when a path is tested
    ['[z-a]', null],
  ])('%j → %s', (ignore, want) => expect(parseError(ignore)).toBe(want))

  it.each([
    ['a/../!b', ['!b'], [{ line: 1, pattern: 'b', negated: true }]], // the '!' appears after Clean
    ['!!a', ['!!a'], [{ line: 1, pattern: '!a', negated: true }]],
    ['a /', ['a '], [{ line: 1, pattern: 'a ', negated: false }]], // trimmed before Clean, not after
    ['!/ a', ['! a'], [{ line: 1, pattern: ' a', negated: true }]], // New keeps the space after '!'
    ['!./', ['!.'], [{ line: 1, pattern: '.', negated: true }]],
    ['!a/../..', ['!..'], [{ line: 1, pattern: '..', negated: true }]],
    ['a/..', ['.'], [{ line: 1, pattern: '.', negated: false }]],
    ['/', ['/'], [{ line: 1, pattern: '/', negated: false }]],
    ['\u200ba', ['\u200ba'], [{ line: 1, pattern: '\u200ba', negated: false }]], // U+200B is not a space
    ['\u00a0a\u0085', ['a'], [{ line: 1, pattern: 'a', negated: false }]],
  ])('%j → ReadAll %j', (ignore, lines, patterns) => {
    expect(readIgnoreLines(ignore).map((l) => l.pattern)).toEqual(lines)
    expect(parseDockerignore(ignore).patterns).toEqual(patterns)
  })

  it.each([
    ['a /', ['a', 'a '], ['a ']], // New trims ReadAll's "a " to "a"
    ['!/ a\n*', [' a', 'a'], []],
    ['*\n!/ a', [' a', 'a'], [' a']],
    ['a/..', ['.', 'a'], ['a']],
    ['a/../!b\n*', ['b'], []],
  ])('%j sends %j as %j', (ignore, files, want) => expect(sent(ignore, files)).toEqual(want))
})

// MatchesUsingParentResults: a pattern is consulted only when it could flip the result; a pattern the
// parent matched counts as matched without being consulted; a pattern skipped for the parent (a
// `continue`) leaves its bit false. So a regexp Go rejects fails the build only on a path that
// consults it, and a later exclusion that matched the parent wins over an exception below.
describe('MatchesUsingParentResults: which patterns are consulted', () => {
  it.each([
    ['a\na/[z-a]', ['a/x'], []], // "a" matched first: the exclusion is never consulted
    ['[z-a]', [], []],
    ['a\n!a/b\n[z-a]', ['a/c'], []], // a/c stays excluded: the bad exclusion is skipped
    ['a/b\n!a/b/c\na', ['a/b/c'], []], // `a` matched the parent a/: a/b/c is excluded again
    ['a\n!a/b\na/b/c', ['a/b/c', 'a/b/d'], ['a/', 'a/b/', 'a/b/d']],
    ['a\n!a/b\n!a/c/x\na/c', ['a/b', 'a/c/x', 'a/d'], ['a/', 'a/b', 'a/c/', 'a/c/x']],
    ['**/x\n!a/x/y', ['a/x/y', 'a/x/z', 'b/x/y'], ['a/', 'a/x/', 'a/x/y', 'b/']],
    ['*\n!*/', ['a/b', 'c'], ['a/', 'a/b', 'c']],
  ])('%j with %j sends %j', (ignore, files, want) => expect(sent(ignore, files)).toEqual(want))

  it.each([
    ['[z-a]', ['x']],
    ['a\n!a/b\n[z-a]', ['a/b']], // a/b turns included, so the third pattern is consulted
    ['a\n!a/[z-a]', ['a/x']], // a glob exception: fsutil walks into a and tests a/x
  ])('%j with %j fails the build', (ignore, files) =>
    expect(() => sent(ignore, files)).toThrow(DockerignoreError))
})

// filterFS.Walk skips an excluded directory when every exception is a plain path once a trailing
// `/**` or `/*` is dropped (patternChars "*[]?^\" on Linux) and none starts with "dir/".
describe('filterFS.Walk: which exceptions keep an excluded directory walked', () => {
  it.each([
    ['a\n!a/b/**', ['a/b/c', 'a/c'], ['a/', 'a/b/', 'a/b/c']],
    ['a\n!a/b/*', ['a/b/c', 'a/c'], ['a/', 'a/b/', 'a/b/c']],
    ['a\n!a/b/***', ['a/b/c', 'a/c'], ['a/', 'a/b/', 'a/b/c']],
    ['a\n!a\\/b', ['a/b', 'a/c'], ['a/', 'a/b']], // a backslash is a pattern character: a is walked
    ['a\n!a/^b', ['a/^b', 'a/c'], ['a/', 'a/^b']], // so is '^', though the pattern is an exact test
    ['a\n!b/x\n!ab', ['a/b/x', 'ab'], ['ab']], // "b/x/" does not start with "a/": a is skipped
  ])('%j with %j sends %j', (ignore, files, want) => expect(sent(ignore, files)).toEqual(want))

  it.each([
    // skipped: the bad pattern below is never consulted
    ['a\n!ab\nx/[z-a]', ['a/x/y'], []],
    // walked because of a glob exception: a/x consults the bad exclusion after the exception
    ['a\n!a/*.k\na/[z-a]', ['a/x.k'], null],
  ])('%j with %j', (ignore, files, want) => {
    if (want === null) expect(() => sent(ignore, files)).toThrow(DockerignoreError)
    else expect(sent(ignore, files)).toEqual(want)
  })
})
