// patternmatcher's MatchesUsingParentResults and fsutil's directory-skipping test, on compiled rules.
//
// A path's result is decided pattern by pattern, in file order: a pattern is only consulted when it
// could change the current result (an exclusion while included, an exception while excluded), and a
// pattern that matched the parent directory counts as matched for the child. The per-pattern "matched"
// bits of a directory are what its children inherit — which is why an exception only reaches into a
// directory that was excluded at that point (`a/b` + `!a` keeps `a/b` out).

import { compilePattern, type CompiledPattern } from './pattern.ts'
import { DockerignoreError, MESSAGES, effectivePattern, type DockerignoreRules } from './parse.ts'
import { RegexpSyntaxError } from './goregexp.ts'

export interface CompiledRule {
  line: number
  /** the pattern patternmatcher matches with (ReadAll's, trimmed and cleaned again) */
  pattern: string
  negated: boolean
  matcher: CompiledPattern
}

export interface CompiledRules {
  rules: CompiledRule[]
  /** any exception ('!') pattern at all */
  exclusions: boolean
  /** fsutil may skip excluded directories: every exception is a plain path (after a trailing glob) */
  onlyPrefixExceptions: boolean
  /** exceptions without their trailing `/**` or `/*`, each followed by '/' */
  exceptionPrefixes: string[]
}

const cache = new WeakMap<DockerignoreRules, CompiledRules>()

// fsutil's patternChars on Linux: an exception containing one defeats directory skipping.
const PATTERN_CHARS = /[*[\]?^\\]/

/** fsutil's patternWithoutTrailingGlob: drops `/**`, then `/*`. */
export function withoutTrailingGlob(p: string): string {
  if (p.endsWith('/**')) p = p.slice(0, -3)
  if (p.endsWith('/*')) p = p.slice(0, -2)
  return p
}

export function compileRules(rules: DockerignoreRules): CompiledRules {
  const hit = cache.get(rules)
  if (hit) return hit
  const compiled: CompiledRule[] = []
  for (const p of rules.patterns) {
    const eff = effectivePattern((p.negated ? '!' : '') + p.pattern)
    if (eff === null) continue
    compiled.push({ line: p.line, pattern: eff.pattern, negated: eff.negated, matcher: compilePattern(eff.pattern) })
  }
  const exceptions = compiled.filter((r) => r.negated)
  const result: CompiledRules = {
    rules: compiled,
    exclusions: exceptions.length > 0,
    onlyPrefixExceptions: exceptions.every((r) => !PATTERN_CHARS.test(withoutTrailingGlob(r.pattern))),
    exceptionPrefixes: exceptions.map((r) => withoutTrailingGlob(r.pattern) + '/'),
  }
  cache.set(rules, result)
  return result
}

/**
 * MatchesUsingParentResults. `parent` holds the parent directory's per-pattern bits (null at the top
 * level); the path's own bits are written to `out`. Returns whether the path is excluded.
 * Throws DockerignoreError when a pattern whose regexp Go rejects is consulted.
 */
export function matchWithParent(
  cr: CompiledRules,
  path: string,
  parent: Uint8Array | null,
  out: Uint8Array,
  /** where the bits start in `parent` and `out` (both may be one shared pool) */
  parentAt = 0,
  outAt = 0,
): boolean {
  let matched = false
  const rules = cr.rules
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]
    let m = parent !== null && parent[parentAt + i] === 1
    if (!m) {
      if (r.negated !== matched) {
        out[outAt + i] = 0
        continue
      }
      try {
        m = r.matcher.test(path)
      } catch (e) {
        if (e instanceof RegexpSyntaxError) throw new DockerignoreError(r.line, MESSAGES.badPattern)
        throw e
      }
    }
    out[outAt + i] = m ? 1 : 0
    if (m) matched = !r.negated
  }
  return matched
}

/** fsutil's shortcut: an excluded directory is not walked when no exception could reach inside it. */
export function skipsExcludedDir(cr: CompiledRules, dirPath: string): boolean {
  if (!cr.onlyPrefixExceptions) return false
  if (!cr.exclusions) return true
  const dirSlash = dirPath + '/'
  for (const p of cr.exceptionPrefixes) if (p.startsWith(dirSlash)) return false
  return true
}
