// Reading a .dockerignore as Docker does: moby/patternmatcher's ignorefile.ReadAll (the docker CLI and
// buildx read the file with it) followed by the checks of patternmatcher.New (run before anything is
// sent). Both stages can fail; a third kind of error only shows when a path is tested (see pattern.ts).

import { goClean, goGlobIsValid, goTrimSpace, utf8Length } from './gostd.ts'

export class DockerignoreError extends Error {
  constructor(
    /** 1-based line of the .dockerignore (0 when not tied to a line) */
    public line: number,
    message: string,
  ) {
    super(message)
    this.name = 'DockerignoreError'
  }
}

export interface DockerignorePattern {
  /** 1-based line of the file the pattern came from */
  line: number
  /** the pattern as ignorefile.ReadAll cleaned it, without its leading '!' */
  pattern: string
  negated: boolean
}

/**
 * A parsed .dockerignore: plain data, so it survives structuredClone / postMessage to a Web Worker
 * (compiled matchers are cached separately and rebuilt from these fields when missing).
 */
export interface DockerignoreRules {
  patterns: DockerignorePattern[]
}

/** Docker's wording of each failure. */
export const MESSAGES = {
  tooLong: 'bufio.Scanner: token too long',
  lonelyBang: 'illegal exclusion pattern: "!"',
  badPattern: 'syntax error in pattern',
} as const

/** bufio.Scanner's default limit: a line (without its '\n') of this many bytes or more fails. */
const MAX_LINE_BYTES = 64 * 1024

/** ignorefile.ReadAll: one entry per kept line, '!' included, with its line number. */
export function readIgnoreLines(text: string): { line: number; pattern: string }[] {
  const out: { line: number; pattern: string }[] = []
  // bufio.ScanLines: split on '\n' only, drop one '\r' before it; no token after a final '\n'.
  const lines = text.split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  if (text === '') lines.length = 0
  for (let n = 0; n < lines.length; n++) {
    let raw = lines[n]
    // The limit applies to the bytes before '\n', a trailing '\r' included.
    if (raw.length * 3 >= MAX_LINE_BYTES && utf8Length(raw) >= MAX_LINE_BYTES) {
      throw new DockerignoreError(n + 1, MESSAGES.tooLong)
    }
    if (raw.endsWith('\r')) raw = raw.slice(0, -1)
    if (n === 0 && raw.startsWith('\uFEFF')) raw = raw.slice(1)
    // A comment only when '#' is the very first character, before any trimming.
    if (raw.startsWith('#')) continue
    let pattern = goTrimSpace(raw)
    if (pattern === '') continue
    const invert = pattern[0] === '!'
    if (invert) pattern = goTrimSpace(pattern.slice(1))
    if (pattern.length > 0) {
      pattern = goClean(pattern)
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1)
    }
    out.push({ line: n + 1, pattern: invert ? '!' + pattern : pattern })
  }
  return out
}

/**
 * patternmatcher.New's view of one ReadAll entry: trimmed and cleaned again, '!' split off.
 * Returns null for an entry New skips (never produced by ReadAll, kept for completeness).
 */
export function effectivePattern(entry: string): { pattern: string; negated: boolean } | null {
  let p = goTrimSpace(entry)
  if (p === '') return null
  p = goClean(p)
  if (p[0] === '!') {
    if (p.length === 1) return { pattern: '', negated: true }
    return { pattern: p.slice(1), negated: true }
  }
  return { pattern: p, negated: false }
}

export function parseDockerignore(text: string): DockerignoreRules {
  const lines = readIgnoreLines(text)
  const patterns: DockerignorePattern[] = []
  for (const { line, pattern } of lines) {
    const eff = effectivePattern(pattern)
    if (eff === null) continue
    if (eff.negated && eff.pattern === '') throw new DockerignoreError(line, MESSAGES.lonelyBang)
    if (!goGlobIsValid(eff.pattern)) throw new DockerignoreError(line, MESSAGES.badPattern)
    const negated = eff.negated
    patterns.push({ line, pattern: pattern[0] === '!' ? pattern.slice(1) : pattern, negated })
  }
  return { patterns }
}
