// A Dockerfile parser that follows BuildKit's frontend/dockerfile/parser line for line in its
// decisions (directives, escape token, continuations, comments, heredocs, JSON vs shell form),
// while keeping the source positions an editor needs. It never throws: what BuildKit rejects is
// reported in `errors`, and parsing stops there as BuildKit's does.
import type { Directive, Flag, Heredoc, InstructionNode, ParseError, ParseWarning, ParsedDockerfile, Range } from './ast.ts'
import { expandWord, isSpace } from './shell.ts'
import { utf8Length } from '../dockerignore/gostd.ts'

// Go's bufio.Scanner refuses longer lines (MaxScanTokenSize - 1).
const MAX_LINE_BYTES = 64 * 1024 - 1

/** One piece of a joined logical line: where its characters came from. */
interface Segment {
  /** offset of the piece in the joined line */
  offset: number
  line: number
  /** 1-based column of the piece's first character */
  column: number
}

interface SourceLine {
  /** the line without its '\n' */
  text: string
  /** the line as the scanner yields it, line ending included */
  raw: string
}

interface Directives {
  escapeToken: '\\' | '`'
  continuation: RegExp
  /** BuildKit's DirectiveParser state */
  done: boolean
  seen: Set<string>
}

function continuationRegex(escape: '\\' | '`'): RegExp {
  // ([^E])E[ \t]*$|^E[ \t]*$ — an escape preceded by an escape does not continue the line
  const e = escape === '\\' ? '\\\\' : '`'
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`)
}

const WHITESPACE_SPLIT = /[\t\v\f\r ]+/

// Go's `\s` in RE2 is [\t\n\f\r ]
function isRE2Space(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r'
}

/**
 * `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` without a backtracking RegExp (a long line of
 * spaces would take quadratic time): the key and the value, or null.
 */
function matchDirective(line: string): [string, string] | null {
  const key = /^[a-zA-Z][a-zA-Z0-9]*/.exec(line)
  if (!key) return null
  let i = key[0].length
  while (isRE2Space(line[i])) i++
  if (line[i] !== '=') return null
  i++
  const afterEq = i
  while (isRE2Space(line[i])) i++
  let end = line.length
  while (end > i && isRE2Space(line[end - 1])) end--
  if (end > i) return [key[0], line.slice(i, end)]
  // only spaces after "=": the lazy group still needs one character, the last space
  return line.length > afterEq ? [key[0], line[line.length - 1]] : null
}

/** `^(\d*)<<(-?)\s*([^<]*)$` without backtracking: fd digits, chomp, rest; or null. */
function matchHeredoc(word: string): [string, string, string] | null {
  const head = /^([0-9]*)<<(-?)/.exec(word)
  if (!head) return null
  let i = head[0].length
  if (word.indexOf('<', i) >= 0) return null
  while (isRE2Space(word[i])) i++
  return [head[1], head[2], word.slice(i)]
}

function trimLeftSpace(s: string): string {
  let i = 0
  while (i < s.length && isSpace(s.charCodeAt(i))) i++
  return i === 0 ? s : s.slice(i)
}

function trimSpace(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && isSpace(s.charCodeAt(a))) a++
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--
  return s.slice(a, b)
}

function trimNewline(s: string): string {
  let b = s.length
  while (b > 0 && (s.charCodeAt(b - 1) === 10 || s.charCodeAt(b - 1) === 13)) b--
  return s.slice(0, b)
}

function isComment(line: string): boolean {
  const t = trimLeftSpace(line)
  return t.length > 0 && t.charCodeAt(0) === 35
}

class LocationError extends Error {
  constructor(message: string, readonly line: number, readonly endLine: number = line) {
    super(message)
  }
}

/** BuildKit's parser.Node, the part of it the dump format and the instructions need. */
interface RawNode {
  value: string
  original: string
  flags: FlagWord[]
  /** Next chain values; for ONBUILD, the wrapped child */
  next: string[]
  child: RawNode | null
  json: boolean
  heredocs: Heredoc[]
  prevComments: string[]
  keywordStart: number
  keywordEnd: number
  argsStart: number
  argsEnd: number
  argsText: string
}

interface FlagWord {
  text: string
  start: number
  end: number
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const sourceLines = splitLines(text)
  const lines = sourceLines.map((l) => (l.text.endsWith('\r') ? l.text.slice(0, -1) : l.text))
  const d: Directives = { escapeToken: '\\', continuation: continuationRegex('\\'), done: false, seen: new Set() }
  const directives: Directive[] = []
  const instructions: InstructionNode[] = []
  const warnings: ParseWarning[] = []
  const errors: ParseError[] = []
  const result: ParsedDockerfile = { directives, escapeToken: '\\', instructions, warnings, errors, lines }

  try {
    parseInto(sourceLines, d, directives, instructions, warnings)
  } catch (e) {
    if (e instanceof LocationError) {
      const line = Math.max(1, Math.min(e.line, Math.max(1, lines.length)))
      errors.push({ message: e.message, line, range: lineRange(lines, line) })
    } else {
      errors.push({ message: String(e instanceof Error ? e.message : e), line: 1, range: lineRange(lines, 1) })
    }
  }
  result.escapeToken = d.escapeToken
  // `# syntax` and `# check` are read by BuildKit's ParseDirective, which skips a shebang line
  for (const key of ['syntax', 'check']) {
    if (directives.some((x) => x.name === key)) continue
    const found = detectDirective(key, text)
    if (found) directives.push(found)
  }
  directives.sort((a, b) => a.line - b.line)
  return result
}

function lineRange(lines: string[], line: number): Range {
  const text = lines[line - 1] ?? ''
  return { line, column: 1, endLine: line, endColumn: text.length + 1 }
}

function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = []
  let start = 0
  while (start < text.length) {
    const nl = text.indexOf('\n', start)
    if (nl < 0) {
      const t = text.slice(start)
      out.push({ text: t, raw: t })
      break
    }
    out.push({ text: text.slice(start, nl), raw: text.slice(start, nl + 1) })
    start = nl + 1
  }
  return out
}

/** BuildKit's DirectiveParser.ParseLine; returns the directive or null, throws on a repeated one. */
function parseDirectiveLine(d: Directives, line: string, lineNo: number, directives: Directive[]): boolean {
  if (d.done) return false
  if (!line.startsWith('#')) {
    d.done = true
    return false
  }
  const rest = trimLeftSpace(line.slice(1))
  const m = matchDirective(rest)
  if (!m) {
    d.done = true
    return false
  }
  const key = m[0].toLowerCase()
  if (key !== 'syntax' && key !== 'escape' && key !== 'check') {
    d.done = true
    return false
  }
  if (d.seen.has(key)) throw new LocationError(`only one ${key} parser directive can be used`, lineNo)
  d.seen.add(key)
  const value = m[1]
  if (key === 'escape') {
    if (value !== '`' && value !== '\\') throw new LocationError(`invalid escape token '${value}' does not match \` or \\`, lineNo)
    d.escapeToken = value
    d.continuation = continuationRegex(value)
  }
  directives.push({ name: key, value, line: lineNo })
  return true
}

// processLine: trim the line ending (and leading space on an instruction's first line), feed the
// directive parser, drop comments.
function processLine(d: Directives, token: string, stripLeft: boolean, lineNo: number, directives: Directive[]): { text: string; directive: boolean; stripped: number } {
  let t = trimNewline(token)
  let stripped = 0
  if (stripLeft) {
    const before = t.length
    t = trimLeftSpace(t)
    stripped = before - t.length
  }
  const directive = parseDirectiveLine(d, t, lineNo, directives)
  return { text: isComment(t) ? '' : t, directive, stripped }
}

function trimContinuation(line: string, d: Directives): { text: string; end: boolean } {
  const m = d.continuation.exec(line)
  if (!m) return { text: line, end: true }
  return { text: line.slice(0, m.index) + (m[1] ?? ''), end: false }
}

function parseInto(src: SourceLine[], d: Directives, directives: Directive[], out: InstructionNode[], warnings: ParseWarning[]): void {
  let currentLine = 0
  let comments: string[] = []
  let i = 0
  for (const l of src) {
    if (utf8Length(trimNewline(l.raw)) > MAX_LINE_BYTES) {
      // the scanner stops at the first over-long line; BuildKit then fails the whole parse
      throw new LocationError(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, src.indexOf(l) + 1)
    }
  }
  while (i < src.length) {
    let raw = src[i].raw
    i++
    let bomOffset = 0
    if (currentLine === 0 && raw.charCodeAt(0) === 0xfeff) {
      raw = raw.slice(1)
      bomOffset = 1
    }
    if (isComment(raw)) {
      const comment = trimSpace(trimLeftSpace(raw).slice(1))
      if (comment === '') comments = []
      else comments.push(comment)
    }
    const first = processLine(d, raw, true, currentLine + 1, directives)
    if (first.directive) comments.pop()
    currentLine++
    const startLine = currentLine
    const firstCont = trimContinuation(first.text, d)
    if (firstCont.end && firstCont.text.length === 0) continue

    let joined = firstCont.text
    const segments: Segment[] = [{ offset: 0, line: startLine, column: 1 + bomOffset + first.stripped }]
    let isEnd = firstCont.end
    let hasEmptyContinuation = false
    while (!isEnd && i < src.length) {
      const rawNext = src[i].raw
      i++
      const next = processLine(d, rawNext, false, currentLine + 1, directives)
      currentLine++
      if (isComment(rawNext)) continue
      if (trimLeftSpace(trimNewline(next.text)).length === 0) {
        hasEmptyContinuation = true
        continue
      }
      const c = trimContinuation(next.text, d)
      segments.push({ offset: joined.length, line: currentLine, column: 1 })
      joined += c.text
      isEnd = c.end
    }

    if (hasEmptyContinuation) {
      warnings.push({
        rule: 'NoEmptyContinuation',
        message: 'Empty continuation line',
        line: currentLine,
      })
    }

    let node: RawNode
    try {
      node = newNodeFromLine(joined, d, comments)
    } catch (e) {
      throw new LocationError(e instanceof Error ? e.message : String(e), startLine, currentLine)
    }

    if (canContainHeredoc(node) && joined.includes('<<')) {
      const docs = heredocsFromLine(joined)
      for (const doc of docs) {
        const terminator = doc.name
        let terminated = false
        let content = ''
        const docStart = currentLine + 1
        while (i < src.length) {
          const bodyRaw = src[i].raw
          i++
          currentLine++
          let possible = trimNewline(bodyRaw)
          if (doc.chomp) possible = possible.replace(/^\t+/, '')
          if (possible === terminator) {
            terminated = true
            break
          }
          content += bodyRaw
        }
        if (!terminated) throw new LocationError('unterminated heredoc', startLine, currentLine)
        doc.content = content
        doc.startLine = docStart
        doc.endLine = currentLine
        node.heredocs.push(doc)
      }
    }

    out.push(toInstruction(node, segments, startLine, currentLine, src))
    comments = []
  }
  if (out.length === 0) throw new LocationError('file with no instructions', Math.max(1, currentLine))
}

function positionAt(segments: Segment[], offset: number): { line: number; column: number } {
  let s = segments[0]
  for (let k = 1; k < segments.length; k++) {
    if (segments[k].offset <= offset) s = segments[k]
    else break
  }
  return { line: s.line, column: s.column + (offset - s.offset) }
}

function rangeOf(segments: Segment[], start: number, end: number): Range {
  const a = positionAt(segments, start)
  // the end is exclusive: place it right after the last character
  const b = end > start ? positionAt(segments, end - 1) : a
  return { line: a.line, column: a.column, endLine: b.line, endColumn: end > start ? b.column + 1 : b.column }
}

function toInstruction(node: RawNode, segments: Segment[], startLine: number, endLine: number, src: SourceLine[]): InstructionNode {
  const lastText = trimNewline(src[endLine - 1]?.raw ?? '')
  const start = positionAt(segments, 0)
  const inst = buildInstruction(node, segments)
  inst.range = { line: start.line, column: start.column, endLine, endColumn: lastText.length + 1 }
  return inst
}

function buildInstruction(node: RawNode, segments: Segment[]): InstructionNode {
  const flags: Flag[] = node.flags.map((f) => {
    const body = f.text.startsWith('--') ? f.text.slice(2) : f.text
    const eq = body.indexOf('=')
    return {
      name: eq < 0 ? body : body.slice(0, eq),
      value: eq < 0 ? null : body.slice(eq + 1),
      raw: f.text,
      range: rangeOf(segments, f.start, f.end),
    }
  })
  const inst: InstructionNode = {
    keyword: node.value.toLowerCase(),
    rawKeyword: node.value,
    original: node.original,
    flags,
    args: node.child ? [node.child.value, ...flattenArgs(node.child)] : node.next,
    json: node.json,
    heredocs: node.heredocs,
    range: rangeOf(segments, 0, node.original.length),
    keywordRange: rangeOf(segments, node.keywordStart, node.keywordEnd),
    argsText: node.argsText,
    argsRange: rangeOf(segments, node.argsStart, node.argsEnd),
    prevComments: node.prevComments,
  }
  if (node.child) {
    inst.inner = buildInstruction(node.child, segments)
    inst.inner.range = inst.argsRange
  }
  return inst
}

// instructions.nodeArgs: the child's own arguments follow its keyword
function flattenArgs(node: RawNode): string[] {
  return node.child ? [node.child.value, ...flattenArgs(node.child)] : node.next
}

function canContainHeredoc(node: RawNode): boolean {
  let n = node
  if (n.value.toLowerCase() === 'onbuild' && n.child) n = n.child
  const v = n.value.toLowerCase()
  if (v !== 'add' && v !== 'copy' && v !== 'run') return false
  return !n.json
}

function heredocsFromLine(line: string): Heredoc[] {
  // BuildKit lexes the line with a backslash escape whatever the escape directive says
  const words = expandWord(line, new Map(), '\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).words
  const docs: Heredoc[] = []
  for (const word of words) {
    const h = parseHeredoc(word)
    if (h) docs.push(h)
  }
  return docs
}

/** BuildKit's parser.ParseHeredoc: null when the word is not a heredoc. Throws on a lexing error. */
export function parseHeredoc(src: string): Heredoc | null {
  const m = matchHeredoc(src)
  if (!m) return null
  const rest = m[2]
  if (rest.length === 0) return null
  const plain = expandWord(rest, new Map(), '\\', { skipUnsetEnv: true })
  if (plain.error) throw new Error(plain.error)
  if (plain.words.length !== 1) return null
  const raw = expandWord(rest, new Map(), '\\', { skipUnsetEnv: true, rawQuotes: true })
  if (raw.error) throw new Error(raw.error)
  if (raw.words.length !== plain.words.length) throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`)
  const count = (s: string) => s.split("'").length - 1 + s.split('"').length - 1
  const word = plain.words[0]
  const fd = m[0] === '' ? 0 : Number.parseInt(m[0], 10)
  return {
    name: word,
    fileDescriptor: Number.isFinite(fd) ? fd : 0,
    expand: count(word) === count(raw.words[0]),
    chomp: m[1] === '-',
    content: '',
    startLine: 0,
    endLine: 0,
  }
}

// ---- newNodeFromLine and the per-instruction line parsers (line_parsers.go) ----

type ArgParse = { next: string[]; json: boolean; child?: RawNode | null }

function newNodeFromLine(line: string, d: Directives, comments: string[]): RawNode {
  // splitCommand: the keyword, then flags, then the rest
  let lead = 0
  while (lead < line.length && isSpace(line.charCodeAt(lead))) lead++
  const trimmed = trimSpace(line)
  const ws = WHITESPACE_SPLIT.exec(trimmed)
  const cmd = ws ? trimmed.slice(0, ws.index) : trimmed
  let flags: FlagWord[] = []
  let rest = ''
  let restOffset = lead + trimmed.length
  if (ws) {
    const afterWs = ws.index + ws[0].length
    const extracted = extractBuilderFlags(trimmed.slice(afterWs), d)
    flags = extracted.flags.map((f) => ({ text: f.text, start: lead + afterWs + f.start, end: lead + afterWs + f.end }))
    rest = extracted.rest
    restOffset = lead + afterWs + extracted.restOffset
  }
  const args = trimSpace(rest)
  let argsStart = restOffset
  while (argsStart - restOffset < rest.length && isSpace(rest.charCodeAt(argsStart - restOffset))) argsStart++
  const argsEnd = argsStart + args.length

  const parsed = dispatchArgs(cmd.toLowerCase(), args, d, argsStart)
  return {
    value: cmd,
    original: line,
    flags,
    next: parsed.next,
    child: parsed.child ?? null,
    json: parsed.json,
    heredocs: [],
    prevComments: comments,
    keywordStart: lead,
    keywordEnd: lead + cmd.length,
    argsStart,
    argsEnd,
    argsText: args,
  }
}

function dispatchArgs(cmd: string, rest: string, d: Directives, restOffset: number): ArgParse {
  switch (cmd) {
    case 'add':
    case 'copy':
    case 'volume':
      return parseMaybeJSONToList(rest)
    case 'arg':
      return { next: parseWords(rest, d), json: false }
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return parseMaybeJSON(rest)
    case 'env':
      return { next: parseNameVal(rest, 'ENV', d), json: false }
    case 'label':
      return { next: parseNameVal(rest, 'LABEL', d), json: false }
    case 'expose':
    case 'from':
      return { next: parseStringsWhitespaceDelimited(rest), json: false }
    case 'healthcheck':
      return parseHealthConfig(rest)
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { next: rest === '' ? [] : [rest], json: false }
    case 'onbuild': {
      if (rest === '') return { next: [], json: false }
      const child = newNodeFromLine(rest, d, [])
      shiftNode(child, restOffset)
      return { next: [], json: false, child }
    }
    default:
      // parseIgnore: an unknown instruction keeps an empty argument node
      return { next: [''], json: false }
  }
}

function shiftNode(node: RawNode, by: number): void {
  node.keywordStart += by
  node.keywordEnd += by
  node.argsStart += by
  node.argsEnd += by
  for (const f of node.flags) {
    f.start += by
    f.end += by
  }
}

/** extractBuilderFlags: leading `--flag` words, quotes and escapes processed, byte by byte as Go does. */
function extractBuilderFlags(line: string, d: Directives): { flags: FlagWord[]; rest: string; restOffset: number } {
  // Go walks bytes and widens each byte to a rune; mirror that on non-ASCII input
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(line)
  const units: number[] = []
  const toStringOffset: number[] = []
  if (ascii) {
    for (let k = 0; k < line.length; k++) {
      units.push(line.charCodeAt(k))
      toStringOffset.push(k)
    }
  } else {
    const enc = new TextEncoder()
    let so = 0
    for (const ch of line) {
      const bytes = enc.encode(ch)
      for (const b of bytes) {
        units.push(b)
        toStringOffset.push(so)
      }
      so += ch.length
    }
  }
  toStringOffset.push(line.length)
  const decodeFrom = (pos: number): string => {
    if (ascii) return line.slice(pos)
    return new TextDecoder().decode(new Uint8Array(units.slice(pos)))
  }
  const esc = d.escapeToken.charCodeAt(0)
  const flags: FlagWord[] = []
  const IN_SPACES = 0
  const IN_WORD = 1
  const IN_QUOTE = 2
  let phase = IN_SPACES
  // each byte becomes one UTF-16 unit, as Go's WriteRune(rune(byte)) does
  let word = ''
  let quote = 0
  let blankOK = false
  let wordStart = 0
  const n = units.length
  const pushWord = (endPos: number) => {
    flags.push({ text: word, start: toStringOffset[wordStart], end: toStringOffset[endPos] })
  }
  for (let pos = 0; pos <= n; pos++) {
    let ch = pos !== n ? units[pos] : 0
    if (phase === IN_SPACES) {
      if (pos === n) break
      if (isSpace(ch)) continue
      if (ch !== 45 || pos + 1 === n || units[pos + 1] !== 45) {
        return { flags, rest: decodeFrom(pos), restOffset: toStringOffset[pos] }
      }
      phase = IN_WORD
      wordStart = pos
    }
    if ((phase === IN_WORD || phase === IN_QUOTE) && pos === n) {
      const w = word
      if (w !== '--' && (blankOK || w.length > 0)) pushWord(pos)
      break
    }
    if (phase === IN_WORD) {
      if (isSpace(ch)) {
        const w = word
        phase = IN_SPACES
        if (w === '--') return { flags, rest: decodeFrom(pos), restOffset: toStringOffset[pos] }
        if (blankOK || w.length > 0) pushWord(pos)
        word = ''
        blankOK = false
        continue
      }
      if (ch === 39 || ch === 34) {
        quote = ch
        blankOK = true
        phase = IN_QUOTE
        continue
      }
      if (ch === esc) {
        if (pos + 1 === n) continue
        pos++
        ch = units[pos]
      }
      word += String.fromCharCode(ch)
      continue
    }
    if (phase === IN_QUOTE) {
      if (ch === quote) {
        phase = IN_WORD
        continue
      }
      if (ch === esc) {
        if (pos + 1 === n) {
          phase = IN_WORD
          continue
        }
        pos++
        ch = units[pos]
      }
      word += String.fromCharCode(ch)
    }
  }
  return { flags, rest: '', restOffset: line.length }
}

/** parseWords: split on whitespace, keeping quotes and escapes for later processing. */
export function parseWords(rest: string, d: { escapeToken: string }): string[] {
  const words: string[] = []
  const IN_SPACES = 0
  const IN_WORD = 1
  const IN_QUOTE = 2
  let phase = IN_SPACES
  let quote = ''
  let blankOK = false
  let sb = ''
  const cps = Array.from(rest)
  const n = cps.length
  const esc = d.escapeToken
  for (let pos = 0; pos <= n; pos++) {
    let ch = pos !== n ? cps[pos] : ''
    if (phase === IN_SPACES) {
      if (pos === n) break
      if (isSpace(ch.codePointAt(0)!)) continue
      phase = IN_WORD
    }
    if ((phase === IN_WORD || phase === IN_QUOTE) && pos === n) {
      if (blankOK || sb.length > 0) words.push(sb)
      break
    }
    if (phase === IN_WORD) {
      if (isSpace(ch.codePointAt(0)!)) {
        phase = IN_SPACES
        if (blankOK || sb.length > 0) words.push(sb)
        sb = ''
        blankOK = false
        continue
      }
      if (ch === "'" || ch === '"') {
        quote = ch
        blankOK = true
        phase = IN_QUOTE
      }
      if (ch === esc) {
        if (pos + 1 === n) continue
        sb += ch
        pos++
        ch = cps[pos]
      }
      sb += ch
      continue
    }
    if (phase === IN_QUOTE) {
      if (ch === quote) phase = IN_WORD
      if (ch === esc && quote !== "'") {
        if (pos + 1 === n) {
          phase = IN_WORD
          continue
        }
        pos++
        sb += ch
        ch = cps[pos]
      }
      sb += ch
    }
  }
  return words
}

function parseNameVal(rest: string, key: string, d: Directives): string[] {
  const words = parseWords(rest, d)
  if (words.length === 0) return []
  if (!words[0].includes('=')) {
    const m = WHITESPACE_SPLIT.exec(rest)
    if (!m) throw new Error(`${key} must have two arguments`)
    return [rest.slice(0, m.index), rest.slice(m.index + m[0].length), '']
  }
  const out: string[] = []
  for (const word of words) {
    const eq = word.indexOf('=')
    if (eq < 0) throw new Error(`Syntax error - can't find = in ${goQuoteString(word)}. Must be of the form: name=value`)
    out.push(word.slice(0, eq), word.slice(eq + 1), '=')
  }
  return out
}

function parseStringsWhitespaceDelimited(rest: string): string[] {
  if (rest === '') return []
  return rest.split(WHITESPACE_SPLIT)
}

class NotStringArray extends Error {}

/** parseJSON: an exec-form array of strings, or null when the text is not a JSON array. */
function parseJSON(rest: string): string[] | null {
  const t = trimLeftSpace(rest)
  if (!t.startsWith('[')) return null
  let value: unknown
  try {
    value = JSON.parse(t)
  } catch {
    return null
  }
  if (!Array.isArray(value)) return null
  const out: string[] = []
  for (const item of value) {
    if (typeof item !== 'string') {
      // Go cannot hold a number outside float64's range and fails to decode before the type check
      if (typeof item === 'number' && !Number.isFinite(item)) return null
      throw new NotStringArray('when using JSON array syntax, arrays must be comprised of strings only')
    }
    out.push(item)
  }
  return out
}

function parseMaybeJSON(rest: string): ArgParse {
  if (rest === '') return { next: [], json: false }
  const j = parseJSON(rest)
  if (j) return { next: j, json: true }
  return { next: [rest], json: false }
}

function parseMaybeJSONToList(rest: string): ArgParse {
  const j = parseJSON(rest)
  if (j) return { next: j, json: true }
  return { next: parseStringsWhitespaceDelimited(rest), json: false }
}

function parseHealthConfig(rest: string): ArgParse {
  // Go indexes bytes here; for ASCII whitespace the result is the same
  let sep = 0
  while (sep < rest.length && !isSpace(rest.charCodeAt(sep))) sep++
  let next = sep
  while (next < rest.length && isSpace(rest.charCodeAt(next))) next++
  if (sep === 0) return { next: [], json: false }
  const typ = rest.slice(0, sep)
  const cmd = parseMaybeJSON(rest.slice(next))
  return { next: [typ, ...cmd.next], json: cmd.json }
}

// strconv.Quote, as Go prints strings in BuildKit's messages and dumps
export function goQuoteString(s: string): string {
  let out = '"'
  for (const c of s) {
    const cp = c.codePointAt(0)!
    switch (c) {
      case '"': out += '\\"'; continue
      case '\\': out += '\\\\'; continue
      case '\n': out += '\\n'; continue
      case '\t': out += '\\t'; continue
      case '\r': out += '\\r'; continue
      case '\x07': out += '\\a'; continue
      case '\b': out += '\\b'; continue
      case '\f': out += '\\f'; continue
      case '\v': out += '\\v'; continue
    }
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0')
    else if ((cp >= 0x80 && cp < 0xa0) || cp === 0xad || cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0')
    } else out += c
  }
  return out + '"'
}

/** BuildKit's parser.ParseDirective / DetectSyntax for one key: a shebang line is skipped. */
function detectDirective(key: string, text: string): Directive | null {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let line = 0
  const nl = t.indexOf('\n')
  const firstLine = nl < 0 ? t : t.slice(0, nl)
  if (firstLine.startsWith('#!')) {
    t = nl < 0 ? '' : t.slice(nl + 1)
    line = 1
  }
  const d: Directives = { escapeToken: '\\', continuation: continuationRegex('\\'), done: false, seen: new Set() }
  const found: Directive[] = []
  for (const rawLine of t.split('\n')) {
    if (d.done) break
    line++
    // bufio.ScanLines drops a trailing \r
    const l = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    try {
      parseDirectiveLine(d, l, line, found)
    } catch {
      break
    }
  }
  return found.find((x) => x.name === key) ?? null
}

// ---- BuildKit's Node.Dump, for checking the parser against BuildKit's own test files ----

/** The parse in BuildKit's dump format (parser.Node.Dump of the root), one instruction a line. */
export function dumpParsed(parsed: ParsedDockerfile): string {
  return parsed.instructions.map((n) => '(' + dumpNode(n) + ')').join('\n')
}

function dumpNode(n: InstructionNode): string {
  let s = n.rawKeyword.toLowerCase()
  if (n.flags.length > 0) s += ' [' + n.flags.map((f) => goQuoteString(f.raw)).join(' ') + ']'
  if (n.inner) {
    s += ' (' + dumpNode(n.inner) + ')'
  } else {
    for (const a of n.args) s += ' ' + goQuoteString(a)
  }
  return s.trim()
}
