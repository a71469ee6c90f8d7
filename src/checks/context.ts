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
