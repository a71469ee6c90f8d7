// BuildKit's "did you mean …?" (util/suggest): the closest option by Levenshtein distance, if it is
// closer than 3 edits; an exact match means there is nothing to suggest.

function levenshtein(a: string, b: string): number {
  const s = [...a]
  const t = [...b]
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const cur = [i]
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[t.length]
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase()
  if (orig === orig.toUpperCase()) return val.toUpperCase()
  return val
}

/**
 * suggest.Search. BuildKit iterates a Go map, so among options at the same distance its pick
 * is not stable; `options` are taken in the order given (callers sort them).
 */
export function suggest(val: string, options: Iterable<string>, caseSensitive: boolean): string {
  const v = caseSensitive ? val : val.toLowerCase()
  let match = ''
  let mindist = 3
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase()
    if (v === opt) return ''
    const dist = levenshtein(v, opt)
    if (dist < mindist) {
      match = caseSensitive ? opt : matchCase(opt, val)
      mindist = dist
    }
  }
  return match
}
