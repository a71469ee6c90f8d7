// The few Go standard-library behaviours Docker's ignore-file handling depends on, reproduced exactly:
// strings.TrimSpace, path/filepath.Clean (Unix) and the syntax check of path/filepath.Match.

/** unicode.IsSpace: Latin-1 spaces plus the White_Space property (not U+FEFF, not U+200B). */
export function isGoSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

/** strings.TrimSpace. JavaScript's trim() differs: it also strips U+FEFF. */
export function goTrimSpace(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && isGoSpace(s.charCodeAt(a))) a++
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--
  return a === 0 && b === s.length ? s : s.slice(a, b)
}

/** len() of the string's UTF-8 encoding, as Go measures a line: a surrogate pair is 4 bytes. */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** filepath.Clean with '/' as separator. */
export function goClean(p: string): string {
  if (p === '') return '.'
  const rooted = p[0] === '/'
  const out: string[] = []
  let dotdots = 0 // leading '..' elements of a relative path, which cannot be removed
  for (const el of p.split('/')) {
    if (el === '' || el === '.') continue
    if (el === '..') {
      if (out.length > dotdots) out.pop()
      else if (!rooted) {
        out.push('..')
        dotdots++
      }
      continue
    }
    out.push(el)
  }
  const joined = out.join('/')
  if (rooted) return '/' + joined
  return joined === '' ? '.' : joined
}

/**
 * Whether filepath.Match(pattern, ".") — the check patternmatcher.New runs — returns ErrBadPattern.
 * Match stops at the first chunk that fails to match, so a syntax error after it goes unnoticed
 * here (filepath.Match, unlike path.Match, does not validate the rest); such a pattern fails later,
 * when Go compiles its regexp.
 */
export function goGlobIsValid(pattern: string): boolean {
  return goFilepathMatch(pattern, '.') !== 'bad'
}

/** filepath.Match on Unix, over code units (names here are ASCII); 'bad' is ErrBadPattern. */
export function goFilepathMatch(pattern: string, name: string): boolean | 'bad' {
  let rest = pattern
  outer: while (rest.length > 0) {
    let star = false
    while (rest.length > 0 && rest[0] === '*') {
      rest = rest.slice(1)
      star = true
    }
    let inrange = false
    let i = 0
    for (; i < rest.length; i++) {
      const c = rest[i]
      if (c === '\\') {
        if (i + 1 < rest.length) i++
      } else if (c === '[') inrange = true
      else if (c === ']') inrange = false
      else if (c === '*' && !inrange) break
    }
    const chunk = rest.slice(0, i)
    rest = rest.slice(i)
    if (star && chunk === '') return !name.includes('/')
    const first = matchChunk(chunk, name)
    if (first !== null && first !== 'bad' && (first.length === 0 || rest.length > 0)) {
      name = first
      continue
    }
    if (first === 'bad') return 'bad'
    if (star) {
      for (let k = 0; k < name.length && name[k] !== '/'; k++) {
        const t = matchChunk(chunk, name.slice(k + 1))
        if (t === 'bad') return 'bad'
        if (t !== null) {
          if (rest.length === 0 && t.length > 0) continue
          name = t
          continue outer
        }
      }
    }
    return false
  }
  return name.length === 0
}

/** matchChunk: the rest of `s` after the chunk, null when it does not match, 'bad' for a bad chunk. */
function matchChunk(chunk: string, s: string): string | null | 'bad' {
  const n = chunk.length
  // getEsc: one class character; returns [code point, index after it], or null for a bad pattern
  const getEsc = (i: number): [number, number] | null => {
    if (i >= n || chunk[i] === '-' || chunk[i] === ']') return null
    if (chunk[i] === '\\') {
      i++
      if (i >= n) return null
    }
    const cp = chunk.codePointAt(i) as number
    i += cp > 0xffff ? 2 : 1
    return i >= n ? null : [cp, i]
  }
  let failed = false
  let i = 0
  while (i < n) {
    if (!failed && s.length === 0) failed = true
    const c = chunk[i]
    if (c === '[') {
      let r = -1
      if (!failed) {
        r = s.codePointAt(0) as number
        s = s.slice(r > 0xffff ? 2 : 1)
      }
      i++
      let negated = false
      if (i < n && chunk[i] === '^') {
        negated = true
        i++
      }
      let match = false
      let nrange = 0
      for (;;) {
        if (i < n && chunk[i] === ']' && nrange > 0) {
          i++
          break
        }
        const lo = getEsc(i)
        if (lo === null) return 'bad'
        let hi = lo
        i = lo[1]
        if (chunk[i] === '-') {
          const h = getEsc(i + 1)
          if (h === null) return 'bad'
          hi = h
          i = h[1]
        }
        if (lo[0] <= r && r <= hi[0]) match = true
        nrange++
      }
      if (match === negated) failed = true
    } else if (c === '?') {
      if (!failed) {
        if (s[0] === '/') failed = true
        const cp = s.codePointAt(0) as number
        s = s.slice(cp > 0xffff ? 2 : 1)
      }
      i++
    } else {
      if (c === '\\') {
        i++
        if (i >= n) return 'bad'
      }
      if (!failed) {
        if (chunk[i] !== s[0]) failed = true
        s = s.slice(1)
      }
      i++
    }
  }
  return failed ? null : s
}

/** Orders strings by Unicode code point (UTF-8 byte order), as Go sorts and compares them. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    // Surrogates (astral code points) sort after U+E000–U+FFFF in code point order.
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800
    return x - y
  }
  return a.length - b.length
}

const SURROGATE = /[\uD800-\uDFFF]/

/**
 * Sorts strings by code point in place. Without astral characters UTF-16 order is code point order,
 * and the engine's built-in comparison is much faster than a comparator function.
 */
export function sortByCodePoint(xs: string[]): string[] {
  for (const x of xs) if (SURROGATE.test(x)) return xs.sort(compareCodePoints)
  return xs.sort()
}
