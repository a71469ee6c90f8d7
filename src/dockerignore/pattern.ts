// One .dockerignore pattern compiled the way moby/patternmatcher v0.6.1 compiles it.
//
// patternmatcher classifies a pattern while translating it to a regexp: no wildcard at all is an
// exact string test, `foo**` a raw prefix test, a leading `**` (with nothing after that needs a
// regexp) a raw suffix test, and anything else a Go regexp anchored with `^…$`. The classification
// is observable (`dir**` matches `dirt`; `**.go` matches `x.go` and `a/b.go`), so it is kept.

import { GoRegexp, RegexpSyntaxError } from './goregexp.ts'

export type MatchKind = 'exact' | 'prefix' | 'suffix' | 'regexp'

export interface CompiledPattern {
  kind: MatchKind
  /** the Go regexp source patternmatcher builds (also for non-regexp kinds, for display) */
  regexp: string
  /** path -> matched; throws RegexpSyntaxError when Go's regexp.Compile rejects the pattern */
  test(path: string): boolean
}

// Characters with a regexp meaning but none in filepath.Match: patternmatcher escapes them.
const ESCAPED = new Set(['.', '+', '(', ')', '|', '{', '}', '$'])

/** Translates a cleaned pattern (without its '!') into patternmatcher's match kind and regexp. */
export function translatePattern(pattern: string): { kind: MatchKind; regexp: string } {
  // text/scanner reads code points and silently drops a byte-order mark at the very start.
  const cps = Array.from(pattern)
  let pos = cps[0] === '\uFEFF' ? 1 : 0
  const peek = () => (pos < cps.length ? cps[pos] : '')
  let re = '^'
  let kind: MatchKind = 'exact'
  for (let i = 0; pos < cps.length; i++) {
    const ch = cps[pos++]
    if (ch === '*') {
      if (peek() === '*') {
        pos++
        if (peek() === '/') pos++ // `**/` behaves as `**`
        if (peek() === '') {
          if (kind === 'exact') kind = 'prefix'
          else {
            re += '.*'
            kind = 'regexp'
          }
        } else {
          re += '(.*/)?'
          kind = 'regexp'
        }
        if (i === 0) kind = 'suffix'
      } else {
        re += '[^/]*'
        kind = 'regexp'
      }
    } else if (ch === '?') {
      re += '[^/]'
      kind = 'regexp'
    } else if (ESCAPED.has(ch)) {
      re += '\\' + ch
    } else if (ch === '\\') {
      if (peek() !== '') {
        re += '\\' + cps[pos++]
        kind = 'regexp'
      } else re += '\\'
    } else if (ch === '[' || ch === ']') {
      re += ch
      kind = 'regexp'
    } else re += ch
  }
  if (kind === 'regexp') re += '$'
  return { kind, regexp: re }
}

export function compilePattern(pattern: string): CompiledPattern {
  const { kind, regexp } = translatePattern(pattern)
  switch (kind) {
    case 'exact':
      return { kind, regexp, test: (p) => p === pattern }
    case 'prefix': {
      const prefix = pattern.slice(0, -2)
      return { kind, regexp, test: (p) => hasPrefix(p, prefix) }
    }
    case 'suffix': {
      if (pattern.startsWith('\uFEFF')) return bomSuffix(pattern, regexp)
      const suffix = pattern.slice(2)
      const bare = suffix.startsWith('/') ? suffix.slice(1) : null
      // `**/foo` also matches `foo` itself
      return { kind, regexp, test: (p) => hasSuffix(p, suffix) || p === bare }
    }
    case 'regexp': {
      // Go compiles lazily, on the first path tested; a bad regexp fails every test, never earlier.
      let compiled: GoRegexp | null = null
      let error: RegexpSyntaxError | null = null
      // Without a backslash in the pattern, the regexp's leading and trailing literal text must
      // start and end the path: a cheap test that rejects most paths before the automaton runs.
      const { prefix, suffix } = pattern.includes('\\') ? { prefix: '', suffix: '' } : literalEnds(regexp)
      return {
        kind,
        regexp,
        test: (p) => {
          if (compiled === null) {
            if (error) throw error
            try {
              compiled = new GoRegexp(regexp)
            } catch (e) {
              error = e instanceof RegexpSyntaxError ? e : new RegexpSyntaxError(String(e))
              throw error
            }
          }
          if (!hasSuffix(p, suffix) || !hasPrefix(p, prefix)) return false
          return compiled.test(p)
        },
      }
    }
  }
}

// startsWith/endsWith by code unit: a pattern is tested against every path of the walk, and a call
// into a string builtin costs more than comparing the few characters a pattern's literal ends have.
function hasPrefix(p: string, prefix: string): boolean {
  const n = prefix.length
  if (p.length < n) return false
  for (let k = 0; k < n; k++) if (p.charCodeAt(k) !== prefix.charCodeAt(k)) return false
  return true
}

function hasSuffix(p: string, suffix: string): boolean {
  const n = suffix.length
  const off = p.length - n
  if (off < 0) return false
  for (let k = n - 1; k >= 0; k--) if (p.charCodeAt(off + k) !== suffix.charCodeAt(k)) return false
  return true
}

const utf8 = new TextEncoder()

/**
 * A leading `**` after a byte-order mark (which text/scanner skips) is still a suffix test, but Go
 * slices the pattern's bytes: the suffix starts inside the mark. Compared byte-wise, as Go does.
 */
function bomSuffix(pattern: string, regexp: string): CompiledPattern {
  const suffix = utf8.encode(pattern).subarray(2)
  return {
    kind: 'suffix',
    regexp,
    test: (p) => {
      const b = utf8.encode(p)
      if (b.length < suffix.length) return false
      for (let i = 1; i <= suffix.length; i++) if (b[b.length - i] !== suffix[suffix.length - i]) return false
      return true
    },
  }
}

const REGEXP_SPECIAL = new Set(['[', ']', '(', ')', '*', '?', '.', '|', '^', '$', '+', '{', '}'])

/**
 * The literal text a `^…$` regexp built from a backslash-free pattern starts and ends with.
 * Such a regexp holds no user escapes: every backslash is patternmatcher's escape of one literal.
 */
export function literalEnds(re: string): { prefix: string; suffix: string } {
  if (!re.startsWith('^') || !re.endsWith('$') || re.endsWith('\\$')) return { prefix: '', suffix: '' }
  const body = re.slice(1, -1)
  let prefix = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') prefix += body[++i] ?? ''
    else if (REGEXP_SPECIAL.has(c)) break
    else prefix += c
  }
  let suffix = ''
  for (let j = body.length - 1; j >= 0; j--) {
    const c = body[j]
    if (j > 0 && body[j - 1] === '\\') {
      suffix = c + suffix
      j--
    } else if (REGEXP_SPECIAL.has(c) || c === '\\') break
    else suffix = c + suffix
  }
  return { prefix, suffix }
}

/** Whether Go's regexp.Compile accepts the regexp of a pattern (only regexp kinds can fail). */
export function regexpCompiles(pattern: string): boolean {
  const { kind, regexp } = translatePattern(pattern)
  if (kind !== 'regexp') return true
  try {
    new GoRegexp(regexp)
    return true
  } catch {
    return false
  }
}
