// What every rule family gets: the parsed file, the model, the options, and a way to report a
// diagnostic together with the instruction whose `# check=` comment governs it.
import type { InstructionNode, ParsedDockerfile } from '../dockerfile/ast.ts'
import type { AnalyzeOptions } from '../dockerfile/index.ts'
import type { DockerfileModel } from '../dockerfile/model.ts'
import type { Diagnostic } from '../types.ts'

export interface ChecksInput {
  parsed: ParsedDockerfile
  model: DockerfileModel
  options: AnalyzeOptions
}

export interface CheckContext extends ChecksInput {
  escapeToken: '\\' | '`'
  /**
   * `governedBy`: the instruction whose comments BuildKit merges into the linter when it emits
   * this warning, or null when the rule runs with the file-level configuration only.
   */
  report(diagnostic: Diagnostic, governedBy: InstructionNode | null): void
}

/** Diagnostic → the comments above the instruction that governs it (see applyCheckDirectives). */
export const governingComments = new WeakMap<Diagnostic, readonly string[] | null>()

/** An instruction's lines, as BuildKit's Location() reports them. */
export function spanOf(node: InstructionNode): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: node.range.line, column: node.range.column, endLine: node.range.endLine, endColumn: node.range.endColumn }
}

/**
 * A narrower span for the editor: the first match of `needle` on the instruction's first line,
 * after its keyword. BuildKit reports whole instructions, so the line never changes; when the
 * text is elsewhere (a continuation line, or only present after expansion) the whole
 * instruction is kept.
 */
export function spanWithin(ctx: CheckContext, node: InstructionNode, needle: string | RegExp): ReturnType<typeof spanOf> {
  const whole = spanOf(node)
  const text = ctx.parsed.lines[node.range.line - 1]
  if (text === undefined || needle === '') return whole
  const start = node.keywordRange.line === node.range.line ? node.keywordRange.endColumn - 1 : 0
  let index = -1
  let length = 0
  if (typeof needle === 'string') {
    index = text.indexOf(needle, start)
    length = needle.length
  } else {
    const re = new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : needle.flags + 'g')
    re.lastIndex = start
    const m = re.exec(text)
    if (m) {
      index = m.index
      length = m[0].length
    }
  }
  if (index < 0 || length === 0) return whole
  return { line: node.range.line, column: index + 1, endLine: node.range.line, endColumn: index + 1 + length }
}

/** The keyword alone, for rules about the instruction's name. */
export function keywordSpan(node: InstructionNode): ReturnType<typeof spanOf> {
  const k = node.keywordRange
  return { line: k.line, column: k.column, endLine: k.endLine, endColumn: k.endColumn }
}

/** The arguments, when they start on the instruction's first line. */
export function argsSpan(node: InstructionNode): ReturnType<typeof spanOf> {
  const a = node.argsRange
  if (a.line !== node.range.line || a.endColumn === a.column && a.endLine === a.line) return spanOf(node)
  return { line: a.line, column: a.column, endLine: a.endLine, endColumn: a.endColumn }
}

/** A flag as written (`--platform=…`), when it is on the instruction's first line. */
export function flagSpan(node: InstructionNode, name: string): ReturnType<typeof spanOf> {
  const f = node.flags.find((x) => x.name === name)
  if (!f || f.range.line !== node.range.line) return spanOf(node)
  return { line: f.range.line, column: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `word` standing alone between whitespace (or `=` after it, for keys). */
export function wordPattern(word: string, followedBy = ''): RegExp {
  return new RegExp(`(?<![^\\s])${escapeRe(word)}(?=[\\s${escapeRe(followedBy)}]|$)`)
}

/** A reference to variable `name`: `$name` or `${name…`. */
export function variablePattern(name: string): RegExp {
  return new RegExp(`\\$\\{?${escapeRe(name)}(?![A-Za-z0-9_])`)
}
