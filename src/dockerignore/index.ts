// Docker-exact .dockerignore handling: parsing, matching a path with its "why" trace.
import type { MatchResult, TraceStep } from '../types.ts'
import { compileRules, matchWithParent, skipsExcludedDir } from './matcher.ts'
import type { DockerignoreRules } from './parse.ts'

export { parseDockerignore, readIgnoreLines, DockerignoreError, MESSAGES } from './parse.ts'
export type { DockerignoreRules, DockerignorePattern } from './parse.ts'
export { compileRules, withoutTrailingGlob } from './matcher.ts'
export { translatePattern, regexpCompiles } from './pattern.ts'
export type { MatchKind } from './pattern.ts'
export { compareCodePoints } from './gostd.ts'

export interface PathExplanation extends MatchResult {
  /** the excluded ancestor directory BuildKit does not walk into, when the path lies inside one */
  skippedAt: string | null
}

/**
 * Decides one path as BuildKit's walk would, directory by directory from the root. `path` is
 * relative and '/'-separated; a trailing '/' marks a directory. The trace lists every pattern that
 * matched the path (directly or through a parent directory), in file order.
 * Throws DockerignoreError when a pattern Go's regexp rejects is consulted on the way.
 */
export function explainPath(rules: DockerignoreRules, path: string): PathExplanation {
  const cr = compileRules(rules)
  const parts = path.split('/').filter((s) => s !== '' && s !== '.')
  let parent: Uint8Array | null = null
  let bits = new Uint8Array(cr.rules.length)
  let excluded = false
  let skippedAt: string | null = null
  let prefix = ''
  for (let k = 0; k < parts.length; k++) {
    prefix = k === 0 ? parts[k] : prefix + '/' + parts[k]
    bits = new Uint8Array(cr.rules.length)
    excluded = matchWithParent(cr, prefix, parent, bits)
    if (excluded && k < parts.length - 1 && skipsExcludedDir(cr, prefix)) {
      skippedAt = prefix
      break
    }
    parent = bits
  }
  const trace: TraceStep[] = []
  cr.rules.forEach((r, i) => {
    if (bits[i] === 1) trace.push({ line: r.line, pattern: r.pattern, negated: r.negated })
  })
  return { excluded, trace, skippedAt }
}

/** Whether BuildKit excludes `path`, with every rule that matched it in order (see explainPath). */
export function matchPath(rules: DockerignoreRules, path: string): MatchResult {
  const { excluded, trace } = explainPath(rules, path)
  return { excluded, trace }
}
