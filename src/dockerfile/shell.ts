// Word expansion as BuildKit's shell lexer does it (frontend/dockerfile/shell/lex.go): quotes,
// escapes, $VAR and ${VAR…} with the modifiers :- :+ - + :? ? # ## % %% / //, and word splitting.
// It is not a POSIX shell: BuildKit's rules (and its error messages) win wherever they differ.

export type Env = ReadonlyMap<string, string>

export interface LexOptions {
  /** keep quote characters in the result (BuildKit's RawQuotes) */
  rawQuotes?: boolean
  /** keep escape characters in the result (RawEscapes) */
  rawEscapes?: boolean
  /** quotes are ordinary characters (SkipProcessQuotes) */
  skipProcessQuotes?: boolean
  /** leave references to unset variables as written (SkipUnsetEnv) */
  skipUnsetEnv?: boolean
}

export interface WordExpansion {
  /** the expanded text ('' when `error` is set) */
  value: string
  /** the expanded text split in words, quotes respected (ProcessWords) */
  words: string[]
  /** variables referenced and defined */
  matched: string[]
  /** variables referenced but not defined (for UndefinedVar and friends) */
  unmatched: string[]
  /** BuildKit's error, e.g. `failed to process "${a": syntax error: missing '}'` */
  error: string | null
}

const EOF = -1

class LexError extends Error {}

/** Expand one word as BuildKit's ProcessWordWithMatches does; never throws. */
export function expandWord(word: string, env: Env, escapeToken: string = '\\', options: LexOptions = {}): WordExpansion {
  const lexer = new ShellWord(word, env, escapeToken.codePointAt(0) ?? 92, options)
  try {
    const [value, words] = lexer.processStopOn(EOF, options.rawEscapes ?? false)
    return { value, words, matched: [...lexer.matches], unmatched: [...lexer.nonmatches], error: null }
  } catch (e) {
    const message = e instanceof LexError ? e.message : String(e)
    return {
      value: '',
      words: [],
      matched: [...lexer.matches],
      unmatched: [...lexer.nonmatches],
      error: `failed to process ${goQuote(word)}: ${message}`,
    }
  }
}

/** ProcessWords: the expanded words, split on unquoted whitespace. */
export function expandWords(word: string, env: Env, escapeToken: string = '\\', options: LexOptions = {}): { words: string[]; error: string | null } {
  const r = expandWord(word, env, escapeToken, options)
  return { words: r.words, error: r.error }
}

/** Go's unicode.IsSpace */
export function isSpace(ch: number): boolean {
  switch (ch) {
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0x85: case 0xa0:
      return true
  }
  if (ch < 0x1680) return false
  return ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000
}

const LETTER = /^\p{L}$/u
const DIGIT = /^\p{Nd}$/u
function isLetter(ch: number): boolean {
  if (ch < 128) return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)
  return LETTER.test(String.fromCodePoint(ch))
}
function isDigit(ch: number): boolean {
  if (ch < 128) return ch >= 48 && ch <= 57
  return DIGIT.test(String.fromCodePoint(ch))
}

function isSpecialParam(ch: number): boolean {
  // @ * # ? - $ ! 0
  return ch === 64 || ch === 42 || ch === 35 || ch === 63 || ch === 45 || ch === 36 || ch === 33 || ch === 48
}

class Words {
  buf = ''
  words: string[] = []
  inWord = false
  addChar(ch: number): void {
    if (isSpace(ch) && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf)
        this.buf = ''
        this.inWord = false
      }
    } else if (!isSpace(ch)) {
      this.addRawChar(ch)
    }
  }
  addRawChar(ch: number): void {
    this.buf += String.fromCodePoint(ch)
    this.inWord = true
  }
  addString(s: string): void {
    for (const c of s) this.addChar(c.codePointAt(0)!)
  }
  addRawString(s: string): void {
    this.buf += s
    this.inWord = true
  }
  getWords(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf)
      this.buf = ''
      this.inWord = false
    }
    return this.words
  }
}

class ShellWord {
  private readonly src: number[]
  private pos = 0
  private rawEscapes: boolean
  readonly matches = new Set<string>()
  readonly nonmatches = new Set<string>()

  constructor(
    word: string,
    private readonly env: Env,
    private readonly escapeToken: number,
    private readonly opts: LexOptions,
  ) {
    this.src = []
    for (const c of word) this.src.push(c.codePointAt(0)!)
    // Go's text/scanner skips a byte order mark at the start of its input
    if (this.src[0] === 0xfeff) this.pos = 1
    this.rawEscapes = opts.rawEscapes ?? false
  }

  private peek(): number {
    return this.pos < this.src.length ? this.src[this.pos] : EOF
  }
  private next(): number {
    return this.pos < this.src.length ? this.src[this.pos++] : EOF
  }

  processStopOn(stopChar: number, rawEscapes: boolean): [string, string[]] {
    let result = ''
    const words = new Words()
    const saved = this.rawEscapes
    this.rawEscapes = rawEscapes
    try {
      while (this.peek() !== EOF) {
        let ch = this.peek()
        if (stopChar !== EOF && ch === stopChar) {
          this.next()
          return [result, words.getWords()]
        }
        if (ch === 36 /* $ */) {
          const tmp = this.processDollar()
          result += tmp
          words.addString(tmp)
        } else if (ch === 60 /* < */) {
          const tmp = this.processPossibleHeredoc()
          result += tmp
          words.addRawString(tmp)
        } else if (!this.opts.skipProcessQuotes && (ch === 39 || ch === 34)) {
          const tmp = ch === 39 ? this.processSingleQuote() : this.processDoubleQuote()
          result += tmp
          words.addRawString(tmp)
        } else {
          ch = this.next()
          if (ch === this.escapeToken) {
            if (this.rawEscapes) {
              words.addRawChar(ch)
              result += String.fromCodePoint(ch)
            }
            ch = this.next()
            if (ch === EOF) break
            words.addRawChar(ch)
          } else {
            words.addChar(ch)
          }
          result += String.fromCodePoint(ch)
        }
      }
      if (stopChar !== EOF) {
        throw new LexError(`unexpected end of statement while looking for matching ${String.fromCodePoint(stopChar)}`)
      }
      return [result, words.getWords()]
    } finally {
      this.rawEscapes = saved
    }
  }

  private processSingleQuote(): string {
    let result = ''
    let ch = this.next()
    if (this.opts.rawQuotes) result += String.fromCodePoint(ch)
    for (;;) {
      ch = this.next()
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote')
      if (ch === 39) {
        if (this.opts.rawQuotes) result += "'"
        return result
      }
      result += String.fromCodePoint(ch)
    }
  }

  private processDoubleQuote(): string {
    let result = ''
    const open = this.next()
    if (this.opts.rawQuotes) result += String.fromCodePoint(open)
    for (;;) {
      const p = this.peek()
      if (p === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote')
      if (p === 34) {
        this.next()
        if (this.opts.rawQuotes) result += '"'
        return result
      }
      if (p === 36) {
        result += this.processDollar()
        continue
      }
      let ch = this.next()
      if (ch === this.escapeToken) {
        if (this.rawEscapes) result += String.fromCodePoint(ch)
        const q = this.peek()
        if (q === EOF) continue
        if (q === 34 || q === 36 || q === this.escapeToken) ch = this.next()
      }
      result += String.fromCodePoint(ch)
    }
  }

  private processDollar(): string {
    this.next()
    if (this.peek() !== 123 /* { */) {
      const name = this.processName()
      if (name === '') return '$'
      const [value, found] = this.getEnv(name)
      if (!found && this.opts.skipUnsetEnv) return '$' + name
      return value
    }
    this.next()
    const p = this.peek()
    if (p === EOF) throw new LexError("syntax error: missing '}'")
    if (p === 123 || p === 125 || p === 58) throw new LexError('syntax error: bad substitution')
    const name = this.processName()
    let ch = this.next()
    let chs = ch === EOF ? '\uFFFD' : String.fromCodePoint(ch)
    let nullIsUnset = false
    switch (ch) {
      case 125: {
        const [value, set] = this.getEnv(name)
        if (!set && this.opts.skipUnsetEnv) return `\${${name}}`
        return value
      }
      case 58: // ':'
      case 43: case 45: case 63: case 35: case 37: {
        if (ch === 58) {
          nullIsUnset = true
          ch = this.next()
          chs += ch === EOF ? '\uFFFD' : String.fromCodePoint(ch)
        }
        const rawEscapes = ch === 35 || ch === 37
        if (nullIsUnset && rawEscapes) throw new LexError(`unsupported modifier (${chs}) in substitution`)
        let word: string
        try {
          word = this.processStopOn(125, rawEscapes)[0]
        } catch (e) {
          if (this.peek() === EOF) throw new LexError("syntax error: missing '}'")
          throw e
        }
        const [value, set] = this.getEnv(name)
        if (this.opts.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`
        switch (ch) {
          case 45:
            return !set || (nullIsUnset && value === '') ? word : value
          case 43:
            return !set || (nullIsUnset && value === '') ? '' : word
          case 63:
            if (!set) throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`)
            if (nullIsUnset && value === '') throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`)
            return value
          case 35: case 37: {
            let greedy = false
            // Go compares the first byte; a modifier character is ASCII so the first char is the same test
            if (word.length > 0 && word.codePointAt(0) === ch) {
              greedy = true
              word = word.slice(1)
            }
            return ch === 37 ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy)
          }
          default:
            throw new LexError(`unsupported modifier (${chs}) in substitution`)
        }
      }
      case 47: { // '/'
        const replaceAll = this.peek() === 47
        if (replaceAll) this.next()
        let pattern: string
        try {
          pattern = this.processStopOn(47, true)[0]
        } catch (e) {
          if (this.peek() === EOF) throw new LexError("syntax error: missing '/' in ${}")
          throw e
        }
        let replacement: string
        try {
          replacement = this.processStopOn(125, true)[0]
        } catch (e) {
          if (this.peek() === EOF) throw new LexError("syntax error: missing '}'")
          throw e
        }
        const [value, set] = this.getEnv(name)
        if (this.opts.skipUnsetEnv && !set) return `\${${name}/${pattern}/${replacement}}`
        const pat = compileShellPattern(pattern)
        if (typeof pat === 'string') throw new LexError(`invalid pattern (${pattern}) in substitution: ${pat}`)
        return replaceAll ? goReplaceAll(pat, value, replacement) : replaceFirst(pat, value, replacement)
      }
      default:
        throw new LexError(`unsupported modifier (${chs}) in substitution`)
    }
  }

  private processName(): string {
    let name = ''
    while (this.peek() !== EOF) {
      let ch = this.peek()
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) {
          ch = this.next()
          name += String.fromCodePoint(ch)
        }
        return name
      }
      if (name.length === 0 && isSpecialParam(ch)) {
        return String.fromCodePoint(this.next())
      }
      if (!isLetter(ch) && !isDigit(ch) && ch !== 95) break
      name += String.fromCodePoint(this.next())
    }
    return name
  }

  private processPossibleHeredoc(): string {
    this.next()
    if (this.peek() !== 60) return '<'
    this.next()
    let space = ''
    for (let c = this.peek(); c === 9 || c === 13 || c === 32; c = this.peek()) {
      space += String.fromCodePoint(c)
      this.next()
    }
    return '<<' + space
  }

  private getEnv(name: string): [string, boolean] {
    const v = this.env.get(name)
    if (v !== undefined) {
      this.matches.add(name)
      return [v, true]
    }
    this.nonmatches.add(name)
    return ['', false]
  }
}

// convertShellPatternToRegex turns `*` into `.*` (or `.*?`) and `?` into `.`; Go runs the result
// in linear time. A backtracking RegExp could take exponential time on patterns like `*a*a*a*b`,
// so the pattern is matched here directly: it is a row of fixed-width chunks joined by stars,
// never anchored at the end, which leftmost-first matching resolves chunk by chunk.

type Tok = string | null // a literal code point, or null for `?` (any code point but \n)

interface ShellPattern {
  /** the chunks between stars; chunks.length - 1 stars */
  chunks: Tok[][]
}

function compileShellPattern(pattern: string): ShellPattern | string {
  const cps = Array.from(pattern)
  const chunks: Tok[][] = [[]]
  for (let i = 0; i < cps.length; i++) {
    const tok = cps[i]
    if (tok === '*') {
      // consecutive stars are one star
      if (chunks[chunks.length - 1].length > 0 || chunks.length === 1) chunks.push([])
      continue
    }
    if (tok === '?') {
      chunks[chunks.length - 1].push(null)
      continue
    }
    if (tok === '\\') {
      const nx = cps[i + 1]
      // "}" and "/" are escaped for ${}, the escape is not part of the pattern
      if (nx === '}' || nx === '/') continue
      i++
      const esc = cps[i]
      if (esc !== '*' && esc !== '?' && esc !== '\\') return `invalid escape '\\${esc === undefined ? '\uFFFD' : esc}'`
      chunks[chunks.length - 1].push(esc)
      continue
    }
    chunks[chunks.length - 1].push(tok)
  }
  // a leading star leaves chunks[0] empty, a trailing one the last chunk
  return { chunks }
}

function chunkAt(chunk: Tok[], v: string[], q: number, bound: number): boolean {
  if (q + chunk.length > bound) return false
  for (let j = 0; j < chunk.length; j++) {
    const t = chunk[j]
    const c = v[q + j]
    if (t === null ? c === '\n' : c !== t) return false
  }
  return true
}

/** The end of the leftmost-first match starting at p, or -1. */
function matchFrom(pat: ShellPattern, v: string[], p: number, greedy: boolean): number {
  const { chunks } = pat
  const m = chunks.length - 1
  // stars and `?` stop at a newline; literal newlines in a pattern are matched as written
  let bound = v.length
  if (m > 0) {
    for (let k = p; k < v.length; k++) {
      if (v[k] === '\n') {
        bound = k
        break
      }
    }
  }
  if (!chunkAt(chunks[0], v, p, m === 0 ? v.length : bound)) return -1
  const pos = p + chunks[0].length
  if (m === 0) return pos
  // earliest places of chunks from..to-1, in order, within [start, limit): the end, or -1
  const fitEarliest = (from: number, to: number, start: number, limit: number): number => {
    let cur = start
    for (let i = from; i < to; i++) {
      let q = cur
      while (q <= limit && !chunkAt(chunks[i], v, q, limit)) q++
      if (q > limit) return -1
      cur = q + chunks[i].length
    }
    return cur
  }
  // lazy stars take as little as they can: every chunk at its earliest place
  if (!greedy) return fitEarliest(1, m + 1, pos, bound)
  // a greedy trailing star runs to the end of the line once the chunks before it fit
  if (chunks[m].length === 0) return fitEarliest(1, m, pos, bound) < 0 ? -1 : bound
  // greedy stars take as much as they can: chunks at their latest places, placed from the right
  let limit = bound
  let end = -1
  for (let i = m; i >= 1; i--) {
    const c = chunks[i]
    let q = limit - c.length
    while (q >= pos && !chunkAt(c, v, q, limit)) q--
    if (q < pos) return -1
    if (i === m) end = q + c.length
    limit = q
  }
  return end
}

function findShellMatch(pat: ShellPattern, v: string[], from: number, anchored: boolean, greedy: boolean): [number, number] | null {
  const last = anchored ? from : v.length
  for (let p = from; p <= last; p++) {
    const e = matchFrom(pat, v, p, greedy)
    if (e >= 0) return [p, e]
  }
  return null
}

function trimPrefix(word: string, value: string, greedy: boolean): string {
  const pat = compileShellPattern(word)
  if (typeof pat === 'string') throw new LexError(`invalid pattern (${word}) in substitution: ${pat}`)
  const v = Array.from(value)
  const m = findShellMatch(pat, v, 0, true, greedy)
  return m ? v.slice(m[1]).join('') : value
}

// Reverse by code point, keeping `\x` escapes in order (a\*c → c\*a).
function reversePattern(pattern: string): string {
  const p = Array.from(pattern)
  const out: string[] = new Array(p.length)
  const last = p.length - 1
  for (let i = 0; i <= last; ) {
    const tok = p[i]
    const o = last - i
    if (tok === '\\' && i !== last) {
      out[o - 1] = tok
      out[o] = p[i + 1]
      i += 2
    } else {
      out[o] = tok
      i++
    }
  }
  return out.join('')
}

function reverseString(s: string): string {
  return Array.from(s).reverse().join('')
}

function trimSuffix(pattern: string, word: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(word), greedy))
}

// Go's Regexp.Expand template: $name / ${name} refer to groups (none here), $$ is a dollar.
function goExpandTemplate(template: string, match: string): string {
  let out = ''
  for (let i = 0; i < template.length; i++) {
    const c = template[i]
    if (c !== '$') {
      out += c
      continue
    }
    const rest = template.slice(i + 1)
    if (rest[0] === '$') {
      out += '$'
      i++
      continue
    }
    let name: string | null = null
    let len = 0
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest)
    if (braced) {
      name = braced[1]
      len = braced[0].length
    } else {
      const bare = /^[A-Za-z0-9_]+/.exec(rest)
      if (bare) {
        name = bare[0]
        len = bare[0].length
      }
    }
    if (name === null) {
      out += '$'
      continue
    }
    if (name === '0') out += match
    i += len
  }
  return out
}

function replaceFirst(pat: ShellPattern, value: string, replacement: string): string {
  const v = Array.from(value)
  const m = findShellMatch(pat, v, 0, false, true)
  if (!m) return value
  // Go's non-"All" path splices the replacement in literally
  return v.slice(0, m[0]).join('') + replacement + v.slice(m[1]).join('')
}

// Go's ReplaceAllString: empty matches right after a previous match are skipped.
function goReplaceAll(pat: ShellPattern, value: string, replacement: string): string {
  const v = Array.from(value)
  let out = ''
  let last = 0
  let prevEnd = -1
  let search = 0
  while (search <= v.length) {
    const m = findShellMatch(pat, v, search, false, true)
    if (!m) break
    const [start, end] = m
    if (!(end === start && start === prevEnd)) {
      out += v.slice(last, start).join('') + goExpandTemplate(replacement, v.slice(start, end).join(''))
      last = end
      prevEnd = end
    }
    search = end > search ? end : search + 1
  }
  return out + v.slice(last).join('')
}

// Go's %q for the error messages BuildKit prints.
export function goQuote(s: string): string {
  let out = '"'
  for (const c of s) {
    const cp = c.codePointAt(0)!
    if (c === '"') out += '\\"'
    else if (c === '\\') out += '\\\\'
    else if (c === '\n') out += '\\n'
    else if (c === '\t') out += '\\t'
    else if (c === '\r') out += '\\r'
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0')
    else out += c
  }
  return out + '"'
}
