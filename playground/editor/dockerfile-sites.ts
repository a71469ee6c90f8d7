// Where the cursor is in a Dockerfile, in the terms hover and completion need: in a parser directive, typing an
// instruction flag, or inside a `--mount=` value. Pure text inspection so it can be tested without Monaco.

export type CompletionSite =
  | { kind: 'directive'; prefix: string }
  | { kind: 'flag'; instruction: string; prefix: string }
  | { kind: 'flag-value'; instruction: string; flag: string; prefix: string }
  | { kind: 'mount-key'; mountType: string | null; prefix: string }
  | { kind: 'mount-value'; key: string; prefix: string }
  | { kind: 'check-key'; prefix: string }
  | { kind: 'check-value'; key: string; prefix: string }
  | { kind: 'none' }

export type HoverSite =
  | { kind: 'directive'; name: string }
  | { kind: 'flag'; instruction: string; flag: string }
  | { kind: 'mount-key'; key: string; mountType: string | null }
  | { kind: 'mount-type'; mountType: string }
  | { kind: 'check-rule'; rule: string }

const DIRECTIVE_LINE = /^#\s*([a-zA-Z]+)\s*=/

/** Directives are only read at the very top: every earlier line must itself be a directive. */
function inDirectiveHeader(lines: readonly string[], lineIndex: number): boolean {
  for (let i = 0; i < lineIndex; i++) if (!DIRECTIVE_LINE.test(lines[i])) return false
  return true
}

function escapeChar(lines: readonly string[]): string {
  for (const line of lines) {
    const m = /^#\s*escape\s*=\s*(\S)/i.exec(line)
    if (m) return m[1] === '`' ? '`' : '\\'
    if (!DIRECTIVE_LINE.test(line)) break
  }
  return '\\'
}

/** The instruction keyword of the logical line that contains `lineIndex`, following line continuations back. */
export function instructionAt(lines: readonly string[], lineIndex: number): { instruction: string; start: number } | null {
  const esc = escapeChar(lines)
  let start = lineIndex
  while (start > 0) {
    const prev = lines[start - 1].replace(/\s+$/, '')
    // Comment lines inside a continued instruction are skipped by the parser; they do not end it.
    if (/^\s*#/.test(lines[start - 1]) && start - 2 >= 0 && lines[start - 2].trimEnd().endsWith(esc)) { start--; continue }
    if (prev.endsWith(esc)) start--
    else break
  }
  const m = /^\s*([A-Za-z]+)(?:\s+([A-Za-z]+))?/.exec(lines[start] ?? '')
  if (!m) return null
  let instruction = m[1].toUpperCase()
  if (instruction === 'ONBUILD' && m[2]) instruction = m[2].toUpperCase()
  return { instruction, start }
}

function mountTypeOf(value: string): string | null {
  const m = /(?:^|,)type=([a-z]+)/.exec(value)
  return m ? m[1] : null
}

/** `lineNumber` and `column` are 1-based, `column` is where the caret sits (before that character). */
export function completionSite(lines: readonly string[], lineNumber: number, column: number): CompletionSite {
  const i = lineNumber - 1
  const line = lines[i] ?? ''
  const before = line.slice(0, column - 1)
  if (/^#\s*[a-zA-Z]*$/.test(before) && inDirectiveHeader(lines, i)) {
    return { kind: 'directive', prefix: before.replace(/^#\s*/, '') }
  }
  // `# check=skip=A,B;error=true`: settings separated by `;`, values by `,`
  const check = /^#\s*check\s*=(.*)$/i.exec(before)
  if (check && inDirectiveHeader(lines, i)) {
    const setting = check[1].slice(check[1].lastIndexOf(';') + 1).trimStart()
    const eq = setting.indexOf('=')
    if (eq < 0) return { kind: 'check-key', prefix: setting }
    const value = setting.slice(eq + 1)
    return { kind: 'check-value', key: setting.slice(0, eq).trim().toLowerCase(), prefix: value.slice(value.lastIndexOf(',') + 1).trimStart() }
  }
  if (/^\s*#/.test(line)) return { kind: 'none' }
  const at = instructionAt(lines, i)
  if (!at) return { kind: 'none' }
  const token = /(\S*)$/.exec(before)?.[1] ?? ''
  // On the instruction's own line the first word is the keyword itself, never a flag.
  if (at.start === i && /^\s*\S*$/.test(before)) return { kind: 'none' }
  const mount = /^--mount=(.*)$/.exec(token)
  if (mount) {
    const value = mount[1]
    const segment = value.slice(value.lastIndexOf(',') + 1)
    const eq = segment.indexOf('=')
    if (eq < 0) return { kind: 'mount-key', mountType: mountTypeOf(value), prefix: segment }
    return { kind: 'mount-value', key: segment.slice(0, eq), prefix: segment.slice(eq + 1) }
  }
  const valued = /^--([a-z-]+)=(.*)$/.exec(token)
  if (valued) return { kind: 'flag-value', instruction: at.instruction, flag: valued[1], prefix: valued[2] }
  if (/^-{1,2}[a-z-]*$/.test(token)) return { kind: 'flag', instruction: at.instruction, prefix: token.replace(/^-+/, '') }
  return { kind: 'none' }
}

/** What a hover at (lineNumber, column) points at, or null to leave it to the language service. */
export function hoverSite(lines: readonly string[], lineNumber: number, column: number): HoverSite | null {
  const i = lineNumber - 1
  const line = lines[i] ?? ''
  const directive = DIRECTIVE_LINE.exec(line)
  if (directive && inDirectiveHeader(lines, i)) {
    const nameStart = line.indexOf(directive[1])
    if (column - 1 >= nameStart && column - 1 <= nameStart + directive[1].length) return { kind: 'directive', name: directive[1].toLowerCase() }
    if (directive[1].toLowerCase() !== 'check') return null
    // a rule name in the check directive's value
    let s = column - 1
    let e = column - 1
    while (s > 0 && /\w/.test(line[s - 1])) s--
    while (e < line.length && /\w/.test(line[e])) e++
    const word = line.slice(s, e)
    return /^[A-Z]\w+$/.test(word) ? { kind: 'check-rule', rule: word } : null
  }
  // Find the whitespace-separated token under the caret.
  let s = column - 1
  let e = column - 1
  while (s > 0 && !/\s/.test(line[s - 1])) s--
  while (e < line.length && !/\s/.test(line[e])) e++
  const token = line.slice(s, e)
  const offset = column - 1 - s
  const flag = /^--([a-z-]+)/.exec(token)
  if (!flag) return null
  const at = instructionAt(lines, i)
  if (!at) return null
  const nameEnd = 2 + flag[1].length
  if (offset <= nameEnd) return { kind: 'flag', instruction: at.instruction, flag: flag[1] }
  if (flag[1] !== 'mount') return null
  const value = token.slice(nameEnd + 1)
  const inValue = offset - (nameEnd + 1)
  const segStart = value.lastIndexOf(',', inValue - 1) + 1
  let segEnd = value.indexOf(',', inValue)
  if (segEnd < 0) segEnd = value.length
  const segment = value.slice(segStart, segEnd)
  const eq = segment.indexOf('=')
  const key = eq < 0 ? segment : segment.slice(0, eq)
  if (key === 'type' && eq >= 0 && inValue - segStart > eq) return { kind: 'mount-type', mountType: segment.slice(eq + 1) }
  return { kind: 'mount-key', key, mountType: mountTypeOf(value) }
}
