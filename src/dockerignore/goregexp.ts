// A linear-time matcher for the regular expressions moby/patternmatcher builds from patterns.
//
// patternmatcher turns a pattern into a Go regexp string and lets user text through: character
// classes (`[^a]`, `[[:digit:]]`), backslash escapes (`\d`, `\pL`, `\Q…\E`) and `^`. To agree with
// Docker we parse that string with Go's RE2 syntax rules (Perl flags: `^`/`$` anchor the whole text,
// negated classes match `\n`, `.` does not) and report the same compile failures. Matching runs a
// Thompson NFA through a lazily built DFA, so time is linear in the path length whatever the pattern:
// JavaScript's backtracking RegExp is never used on user input.

/** A set of code points: ranges plus Unicode property tests, optionally negated. */
interface CharClass {
  ranges: number[] // [lo0, hi0, lo1, hi1, …]
  tests: ((cp: number) => boolean)[]
  negated: boolean
}

type Node =
  | { t: 'char'; cp: number }
  | { t: 'class'; cls: CharClass }
  | { t: 'any' } // `.`: anything but \n
  | { t: 'assert'; kind: AssertKind }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'repeat'; op: '*' | '+' | '?'; sub: Node }
  | { t: 'empty' }

type AssertKind = 'begin' | 'end' | 'wordb' | 'nowordb'

/** Thrown when Go's regexp.Compile would fail; patternmatcher reports it as ErrBadPattern. */
export class RegexpSyntaxError extends Error {}

const fail = (what: string): never => {
  throw new RegexpSyntaxError(what)
}

// ---------------------------------------------------------------------------------------------
// Parser (Go regexp/syntax, flags syntax.Perl)

const POSIX: Record<string, number[]> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
}

const PERL: Record<string, number[]> = {
  d: [0x30, 0x39],
  s: [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20],
  w: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
}

function negateRanges(r: number[]): number[] {
  const sorted: [number, number][] = []
  for (let i = 0; i < r.length; i += 2) sorted.push([r[i], r[i + 1]])
  sorted.sort((a, b) => a[0] - b[0])
  const out: number[] = []
  let next = 0
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push(next, lo - 1)
    next = Math.max(next, hi + 1)
  }
  if (next <= 0x10ffff) out.push(next, 0x10ffff)
  return out
}

const GO_CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
)
/** ISO 15924 four-letter codes, which JavaScript accepts as script names and Go does not. */
const isScriptCode = (name: string) =>
  /^[A-Z][a-z]{3}$/.test(name) && !['Thai', 'Cham', 'Lisu', 'Modi', 'Newa', 'Toto'].includes(name)

const unicodeTestCache = new Map<string, ((cp: number) => boolean) | null>()

/** Go's \p{Name}: a general category, a script, or Any. Checked with the engine's own Unicode tables. */
function unicodeTest(name: string): ((cp: number) => boolean) | null {
  const hit = unicodeTestCache.get(name)
  if (hit !== undefined) return hit
  let test: ((cp: number) => boolean) | null = null
  if (name === 'Any') test = () => true
  else if (name === 'C') {
    // Go's unicode.C is Cc, Cf, Co and Cs; JavaScript's C also holds the unassigned code points (Cn).
    const re = /^[\p{gc=Cc}\p{gc=Cf}\p{gc=Co}\p{gc=Cs}]$/u
    test = (cp) => re.test(String.fromCodePoint(cp))
  } else if (/^[A-Za-z_]+$/.test(name)) {
    // Go knows the short category names and the long script names only.
    const props = GO_CATEGORIES.has(name) ? [`gc=${name}`] : isScriptCode(name) ? [] : [`sc=${name}`]
    for (const prop of props) {
      try {
        // A one-code-point test built from a validated name: no backtracking is possible.
        const re = new RegExp(`^\\p{${prop}}$`, 'u')
        test = (cp) => re.test(String.fromCodePoint(cp))
        break
      } catch {
        // not a property of this kind
      }
    }
  }
  unicodeTestCache.set(name, test)
  return test
}

class Parser {
  private i = 0
  private readonly s: number[]

  constructor(src: string) {
    this.s = Array.from(src, (c) => c.codePointAt(0) as number)
  }

  parse(): Node {
    const node = this.alt(0)
    if (this.i < this.s.length) fail('unexpected )')
    return node
  }

  private peek(off = 0): number {
    return this.i + off < this.s.length ? this.s[this.i + off] : -1
  }

  private alt(depth: number): Node {
    const items = [this.concat(depth)]
    while (this.peek() === 0x7c /* | */) {
      this.i++
      items.push(this.concat(depth))
    }
    return items.length === 1 ? items[0] : { t: 'alt', items }
  }

  private concat(depth: number): Node {
    const items: Node[] = []
    let lastWasRepeat = false
    for (;;) {
      const c = this.peek()
      if (c === -1 || c === 0x7c) break
      if (c === 0x29 /* ) */) {
        if (depth === 0) fail('unexpected )')
        break
      }
      if (c === 0x2a || c === 0x2b || c === 0x3f) {
        // * + ?
        this.i++
        if (items.length === 0) fail('missing argument to repetition operator')
        if (lastWasRepeat) fail('invalid nested repetition operator')
        if (this.peek() === 0x3f) this.i++ // non-greedy: same language
        const sub = items.pop() as Node
        items.push({ t: 'repeat', op: String.fromCodePoint(c) as '*' | '+' | '?', sub })
        lastWasRepeat = true
        continue
      }
      lastWasRepeat = false
      if (c === 0x28 /* ( */) {
        this.i++
        if (this.peek() === 0x3f) fail('flags and named groups are not produced by patterns')
        const inner = this.alt(depth + 1)
        if (this.peek() !== 0x29) fail('missing closing )')
        this.i++
        items.push(inner)
      } else if (c === 0x5e /* ^ */) {
        this.i++
        items.push({ t: 'assert', kind: 'begin' })
      } else if (c === 0x24 /* $ */) {
        this.i++
        items.push({ t: 'assert', kind: 'end' })
      } else if (c === 0x2e /* . */) {
        this.i++
        items.push({ t: 'any' })
      } else if (c === 0x5b /* [ */) {
        items.push({ t: 'class', cls: this.parseClass() })
      } else if (c === 0x5c /* \ */) {
        const n = this.backslash()
        if (n !== null) items.push(...n)
      } else {
        this.i++
        items.push({ t: 'char', cp: c })
      }
    }
    if (items.length === 0) return { t: 'empty' }
    return items.length === 1 ? items[0] : { t: 'cat', items }
  }

  /** A backslash outside a class. Returns the nodes it stands for. */
  private backslash(): Node[] | null {
    const n = this.peek(1)
    switch (n) {
      case 0x41: // \A
        this.i += 2
        return [{ t: 'assert', kind: 'begin' }]
      case 0x7a: // \z
        this.i += 2
        return [{ t: 'assert', kind: 'end' }]
      case 0x62: // \b
        this.i += 2
        return [{ t: 'assert', kind: 'wordb' }]
      case 0x42: // \B
        this.i += 2
        return [{ t: 'assert', kind: 'nowordb' }]
      case 0x43: // \C
        return fail('invalid escape sequence: \\C')
      case 0x51: {
        // \Q … \E: everything between is literal
        this.i += 2
        const out: Node[] = []
        while (this.i < this.s.length) {
          if (this.s[this.i] === 0x5c && this.peek(1) === 0x45) {
            this.i += 2
            break
          }
          out.push({ t: 'char', cp: this.s[this.i++] })
        }
        return out
      }
    }
    const uc = this.unicodeClass()
    if (uc) return [{ t: 'class', cls: uc }]
    const pc = this.perlClass()
    if (pc) return [{ t: 'class', cls: pc }]
    return [{ t: 'char', cp: this.escape() }]
  }

  /** \pL, \p{Greek}, \PL, \p{^Greek}; null when not at one. */
  private unicodeClass(): CharClass | null {
    if (this.peek() !== 0x5c) return null
    const p = this.peek(1)
    if (p !== 0x70 && p !== 0x50) return null
    let negated = p === 0x50
    this.i += 2
    let name: string
    const c = this.peek()
    if (c === -1) return fail('invalid character class range')
    if (c === 0x7b /* { */) {
      const start = this.i + 1
      let end = start
      while (end < this.s.length && this.s[end] !== 0x7d) end++
      if (end >= this.s.length) return fail('invalid character class range')
      name = String.fromCodePoint(...this.s.slice(start, end))
      this.i = end + 1
    } else {
      name = String.fromCodePoint(c)
      this.i++
    }
    if (name.startsWith('^')) {
      negated = !negated
      name = name.slice(1)
    }
    const test = unicodeTest(name)
    if (!test) return fail('invalid character class range')
    return { ranges: [], tests: [test], negated }
  }

  /** \d \s \w and their negations; null when not at one. */
  private perlClass(): CharClass | null {
    if (this.peek() !== 0x5c) return null
    const c = this.peek(1)
    if (c === -1) return null
    const name = String.fromCodePoint(c)
    const r = PERL[name.toLowerCase()]
    if (!r || (name !== name.toLowerCase() && name.toUpperCase() !== name)) return null
    this.i += 2
    return { ranges: r.slice(), tests: [], negated: name !== name.toLowerCase() }
  }

  /** Go's parseEscape: one escaped code point. */
  private escape(): number {
    this.i++ // the backslash
    const c = this.peek()
    if (c === -1) return fail('trailing backslash at end of expression')
    this.i++
    if (c < 0x80 && !isAlnum(c)) return c
    const isOct = (x: number) => x >= 0x30 && x <= 0x37
    if ((c >= 0x31 && c <= 0x37 && isOct(this.peek())) || c === 0x30) {
      let r = c - 0x30
      for (let k = 1; k < 3 && isOct(this.peek()); k++) r = r * 8 + (this.s[this.i++] - 0x30)
      return r
    }
    if (c === 0x78 /* x */) {
      const x = this.peek()
      if (x === -1) return fail('invalid escape sequence')
      this.i++
      if (x === 0x7b) {
        let r = 0
        let nhex = 0
        for (;;) {
          const d = this.peek()
          if (d === -1) return fail('invalid escape sequence')
          this.i++
          if (d === 0x7d) break
          const v = unhex(d)
          if (v < 0) return fail('invalid escape sequence')
          r = r * 16 + v
          if (r > 0x10ffff) return fail('invalid escape sequence')
          nhex++
        }
        if (nhex === 0) return fail('invalid escape sequence')
        return r
      }
      const y = this.peek()
      if (y !== -1) this.i++
      const hx = unhex(x)
      const hy = y === -1 ? -1 : unhex(y)
      if (hx < 0 || hy < 0) return fail('invalid escape sequence')
      return hx * 16 + hy
    }
    const simple: Record<number, number> = { 0x61: 7, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 }
    if (c in simple) return simple[c]
    return fail('invalid escape sequence')
  }

  private parseClass(): CharClass {
    this.i++ // [
    const cls: CharClass = { ranges: [], tests: [], negated: false }
    if (this.peek() === 0x5e) {
      cls.negated = true
      this.i++
    }
    let first = true
    while (this.peek() !== 0x5d || first) {
      if (this.peek() === -1) return fail('missing closing ]')
      first = false
      // [:alnum:]
      if (this.peek() === 0x5b && this.peek(1) === 0x3a) {
        let end = this.i + 2
        while (end + 1 < this.s.length && !(this.s[end] === 0x3a && this.s[end + 1] === 0x5d)) end++
        if (end + 1 < this.s.length) {
          let name = String.fromCodePoint(...this.s.slice(this.i + 2, end))
          let neg = false
          if (name.startsWith('^')) {
            neg = true
            name = name.slice(1)
          }
          const r = Object.prototype.hasOwnProperty.call(POSIX, name) ? POSIX[name] : undefined
          if (!r) return fail('invalid character class range')
          cls.ranges.push(...(neg ? negateRanges(r) : r))
          this.i = end + 2
          continue
        }
      }
      const uc = this.unicodeClass()
      if (uc) {
        const t = uc.tests[0]
        cls.tests.push(uc.negated ? (cp) => !t(cp) : t)
        continue
      }
      const pc = this.perlClass()
      if (pc) {
        cls.ranges.push(...(pc.negated ? negateRanges(pc.ranges) : pc.ranges))
        continue
      }
      const lo = this.classChar()
      let hi = lo
      if (this.peek() === 0x2d && this.peek(1) !== 0x5d && this.peek(1) !== -1) {
        this.i++
        hi = this.classChar()
        if (hi < lo) return fail('invalid character class range')
      }
      cls.ranges.push(lo, hi)
    }
    this.i++ // ]
    return cls
  }

  private classChar(): number {
    const c = this.peek()
    if (c === -1) return fail('missing closing ]')
    if (c === 0x5c) return this.escape()
    this.i++
    return c
  }
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10
  return -1
}

// ---------------------------------------------------------------------------------------------
// NFA

const K_CHAR = 0
const K_CLASS = 1
const K_ANY = 2
const K_SPLIT = 3
const K_ASSERT = 4
const K_MATCH = 5
const K_EMPTY = 6

interface State {
  k: number
  cp: number
  cls: CharClass | null
  assert: AssertKind | null
  out: number
  out1: number
}

function classHas(cls: CharClass, cp: number): boolean {
  let hit = false
  const r = cls.ranges
  for (let i = 0; i < r.length; i += 2) {
    if (cp >= r[i] && cp <= r[i + 1]) {
      hit = true
      break
    }
  }
  if (!hit) for (const t of cls.tests) if (t(cp)) { hit = true; break }
  return hit !== cls.negated
}

class NfaBuilder {
  states: State[] = []

  add(k: number, extra: Partial<State> = {}): number {
    this.states.push({ k, cp: -1, cls: null, assert: null, out: -1, out1: -1, ...extra })
    return this.states.length - 1
  }

  /** Builds `node` so that it continues at `next`; returns its entry state. */
  build(node: Node, next: number): number {
    switch (node.t) {
      case 'char':
        return this.add(K_CHAR, { cp: node.cp, out: next })
      case 'class':
        return this.add(K_CLASS, { cls: node.cls, out: next })
      case 'any':
        return this.add(K_ANY, { out: next })
      case 'assert':
        return this.add(K_ASSERT, { assert: node.kind, out: next })
      case 'empty':
        return next
      case 'cat': {
        let entry = next
        for (let i = node.items.length - 1; i >= 0; i--) entry = this.build(node.items[i], entry)
        return entry
      }
      case 'alt': {
        let entry = this.build(node.items[node.items.length - 1], next)
        for (let i = node.items.length - 2; i >= 0; i--) {
          entry = this.add(K_SPLIT, { out: this.build(node.items[i], next), out1: entry })
        }
        return entry
      }
      case 'repeat': {
        if (node.op === '?') return this.add(K_SPLIT, { out: this.build(node.sub, next), out1: next })
        const loop = this.add(K_SPLIT, { out: -1, out1: next })
        const body = this.build(node.sub, loop)
        this.states[loop].out = body
        return node.op === '*' ? loop : body
      }
    }
  }
}

const isWordChar = (cp: number) =>
  cp === 0x5f || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)

// ---------------------------------------------------------------------------------------------
// Lazy DFA over the NFA

interface DState {
  nfa: number[]
  accepting: boolean
  /** acceptance once the input ends here (end-of-text assertions pass); computed on demand */
  endAccepting: boolean | undefined
  ascii: Int32Array
  other: Map<number, number>
}

const MAX_DFA_STATES = 4096

/** A compiled Go regexp, matched as Go's `regexp.MatchString` would. */
export class GoRegexp {
  private readonly states: State[]
  private readonly start: number
  private readonly hasWordAssert: boolean
  private dfa: DState[] = []
  private dfaIndex = new Map<string, number>()

  constructor(source: string) {
    const ast = new Parser(source).parse()
    const b = new NfaBuilder()
    const match = b.add(K_MATCH)
    this.start = b.build(ast, match)
    this.states = b.states
    this.hasWordAssert = b.states.some((s) => s.assert === 'wordb' || s.assert === 'nowordb')
    this.mark = new Int32Array(this.states.length)
  }

  // The states a closure has reached, stamped with the closure's generation: one array for the
  // regexp's lifetime instead of one per step.
  private readonly mark: Int32Array
  private gen = 0
  private readonly stack: number[] = []

  /** A new generation for `mark` (every state unmarked). */
  private nextGen(): number {
    if (this.gen === 0x7fffffff) {
      this.mark.fill(0)
      this.gen = 0
    }
    return ++this.gen
  }

  /** Adds the closure of `s` to `set`; end-of-text assertions stay pending unless atEnd. */
  private closure(
    s: number,
    set: number[],
    gen: number,
    atStart: boolean,
    atEnd: boolean,
    prev: number,
    next: number,
  ): void {
    const stack = this.stack
    const mark = this.mark
    stack.length = 0
    stack.push(s)
    while (stack.length) {
      const id = stack.pop() as number
      if (mark[id] === gen) continue
      mark[id] = gen
      const st = this.states[id]
      if (st.k === K_SPLIT) {
        stack.push(st.out1, st.out)
        continue
      }
      if (st.k === K_ASSERT) {
        let ok: boolean
        switch (st.assert) {
          case 'begin':
            ok = atStart
            break
          case 'end':
            ok = atEnd
            break
          default: {
            const b = (prev >= 0 && isWordChar(prev)) !== (next >= 0 && isWordChar(next))
            ok = st.assert === 'wordb' ? b : !b
          }
        }
        if (ok) stack.push(st.out)
        else if (st.assert === 'end' && !atEnd) set.push(id) // may pass once the input ends
        continue
      }
      if (st.k === K_EMPTY) {
        stack.push(st.out)
        continue
      }
      set.push(id)
    }
  }

  private stateFor(nfa: number[]): number {
    nfa.sort((a, b) => a - b)
    const key = nfa.join(',')
    const hit = this.dfaIndex.get(key)
    if (hit !== undefined) return hit
    if (this.dfa.length >= MAX_DFA_STATES) {
      // Bound memory like RE2 does: start the cache over (results stay the same).
      this.dfa = []
      this.dfaIndex.clear()
      this.initialIdx = -1
    }
    const d: DState = {
      nfa,
      accepting: nfa.some((id) => this.states[id].k === K_MATCH),
      endAccepting: undefined,
      ascii: new Int32Array(128).fill(-1),
      other: new Map(),
    }
    this.dfa.push(d)
    this.dfaIndex.set(key, this.dfa.length - 1)
    return this.dfa.length - 1
  }

  private initialIdx = -1

  private initial(): number {
    if (this.initialIdx >= 0) return this.initialIdx
    const set: number[] = []
    this.closure(this.start, set, this.nextGen(), true, false, -1, -1)
    this.initialIdx = this.stateFor(set)
    return this.initialIdx
  }

  private step(from: number, cp: number): number {
    const d = this.dfa[from]
    const set: number[] = []
    const gen = this.nextGen()
    for (const id of d.nfa) {
      const st = this.states[id]
      let ok = false
      if (st.k === K_CHAR) ok = st.cp === cp
      else if (st.k === K_ANY) ok = cp !== 0x0a
      else if (st.k === K_CLASS) ok = classHas(st.cls as CharClass, cp)
      if (ok) this.closure(st.out, set, gen, false, false, -1, -1)
    }
    // Unanchored search: a match may start at any position (the leading `^` rejects later starts).
    this.closure(this.start, set, gen, false, false, -1, -1)
    return this.stateFor(set)
  }

  private endAccepts(d: DState, atStart: boolean): boolean {
    if (d.endAccepting !== undefined && !atStart) return d.endAccepting
    const set: number[] = []
    const gen = this.nextGen()
    for (const id of d.nfa) {
      const st = this.states[id]
      if (st.k === K_ASSERT && st.assert === 'end') this.closure(st.out, set, gen, atStart, true, -1, -1)
    }
    const ok = set.some((id) => this.states[id].k === K_MATCH)
    if (!atStart) d.endAccepting = ok
    return ok
  }

  /** Whether `text` contains a match, as Go's MatchString. Linear in text length. */
  test(text: string): boolean {
    if (this.hasWordAssert) return this.simulate(text)
    let cur = this.initial()
    if (this.dfa[cur].accepting) return true
    const n = text.length
    for (let i = 0; i < n; i++) {
      let cp = text.charCodeAt(i)
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1)
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00)
          i++
        }
      }
      const d = this.dfa[cur]
      let nxt = cp < 128 ? d.ascii[cp] : (d.other.get(cp) ?? -1)
      if (nxt < 0) {
        // step() may reset the cache; `d` is then an orphan and caching on it is harmless.
        nxt = this.step(cur, cp)
        if (cp < 128) d.ascii[cp] = nxt
        else d.other.set(cp, nxt)
      }
      cur = nxt
      if (this.dfa[cur].accepting) return true
    }
    return this.endAccepts(this.dfa[cur], n === 0)
  }

  /** Plain NFA simulation with full context, for word-boundary assertions. */
  private simulate(text: string): boolean {
    const n = text.length
    // Two state lists swapped at each step; code points decoded as the scan goes.
    let set = this.simA
    let next = this.simB
    set.length = 0
    let i = 0
    let cp = n > 0 ? (text.codePointAt(0) as number) : -1
    this.closure(this.start, set, this.nextGen(), true, n === 0, -1, cp)
    for (;;) {
      for (let k = 0; k < set.length; k++) if (this.states[set[k]].k === K_MATCH) return true
      if (i >= n) return false
      i += cp > 0xffff ? 2 : 1
      const atEnd = i >= n
      const following = atEnd ? -1 : (text.codePointAt(i) as number)
      next.length = 0
      const gen = this.nextGen()
      for (let k = 0; k < set.length; k++) {
        const st = this.states[set[k]]
        let ok = false
        if (st.k === K_CHAR) ok = st.cp === cp
        else if (st.k === K_ANY) ok = cp !== 0x0a
        else if (st.k === K_CLASS) ok = classHas(st.cls as CharClass, cp)
        if (ok) this.closure(st.out, next, gen, false, atEnd, cp, following)
      }
      this.closure(this.start, next, gen, false, atEnd, cp, following)
      const t = set
      set = next
      next = t
      cp = following
    }
  }

  private readonly simA: number[] = []
  private readonly simB: number[] = []
}
