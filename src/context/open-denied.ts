// Files BuildKit lists in the context but then refuses to open, so they arrive empty.
//
// fsutil's walk decides with MatchesUsingParentResults (a pattern counts for a child only if the
// parent was tested against it at that point), while its Open() decides with MatchesOrParentMatches
// (each pattern is tried on the path and every parent directory, whenever it is consulted). With
// `a`, `!a/c`, `a` the walk sends a/c, and Open() refuses it: the last `a` matches its parent.

import { compileRules, type CompiledRules } from '../dockerignore/matcher.ts'
import type { DockerignoreRules } from '../dockerignore/parse.ts'
import type { ContextResult } from '../types.ts'

/** patternmatcher's MatchesOrParentMatches; a pattern Go cannot compile counts as an error (true). */
function matchesOrParentMatches(cr: CompiledRules, file: string): boolean {
  let matched = false
  const slash = file.lastIndexOf('/')
  const parents: string[] = []
  if (slash > 0) {
    const dirs = file.slice(0, slash).split('/')
    for (let i = 0; i < dirs.length; i++) parents.push(dirs.slice(0, i + 1).join('/'))
  }
  for (const r of cr.rules) {
    if (r.negated !== matched) continue
    let m: boolean
    try {
      m = r.matcher.test(file)
    } catch {
      return true // Open() fails as well
    }
    if (!m) {
      for (const p of parents) {
        try {
          if (r.matcher.test(p)) {
            m = true
            break
          }
        } catch {
          // Go ignores errors on parent directories here
        }
      }
    }
    if (m) matched = !r.negated
  }
  return matched
}

/** The sent files whose content BuildKit will not read (they arrive empty), sorted like `sent`. */
export function openDenied(rules: DockerignoreRules, context: ContextResult): string[] {
  const cr = compileRules(rules)
  return context.sent.filter((p) => !p.endsWith('/') && matchesOrParentMatches(cr, p))
}
