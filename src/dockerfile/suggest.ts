// BuildKit's util/suggest: "did you mean …?" hints for names within edit distance 2.

function levenshtein(a: string, b: string): number {
  const s = Array.from(a)
  const t = Array.from(b)
  if (s.length === 0) return t.length
  if (t.length === 0) return s.length
  let prev = new Array<number>(t.length + 1)
  let cur = new Array<number>(t.length + 1)
  for (let j = 0; j <= t.length; j++) prev[j] = j
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[t.length]
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase()
  if (orig === orig.toUpperCase()) return val.toUpperCase()
  return val
}

/** suggest.Search: the closest option (distance < 3), or null; an exact match means no suggestion. */
export function suggestName(value: string, options: readonly string[], caseSensitive: boolean): string | null {
  const val = caseSensitive ? value : value.toLowerCase()
  let match = ''
  let min = 3
  for (const o of options) {
    const opt = caseSensitive ? o : o.toLowerCase()
    if (val === opt) return null
    const dist = levenshtein(val, opt)
    if (dist < min) {
      match = caseSensitive ? opt : matchCase(opt, value)
      min = dist
    }
  }
  return match === '' ? null : match
}

/** suggest.WrapError: append " (did you mean X?)" when a close option exists. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const m = suggestName(value, options, caseSensitive)
  return m === null ? message : `${message} (did you mean ${m}?)`
}
