// The one place the check tests run a Dockerfile through the engine: analyzeDockerfile, as the
// playground does, with the parse and model behind its result for the tests that need them.
import { analysisDetails, analyzeDockerfile } from '../../../src/analyze.ts'
import type { ParsedDockerfile } from '../../../src/dockerfile/ast.ts'
import type { AnalyzeOptions } from '../../../src/dockerfile/index.ts'
import type { DockerfileModel } from '../../../src/dockerfile/model.ts'
import type { Diagnostic } from '../../../src/types.ts'

export interface CheckRun {
  parsed: ParsedDockerfile
  model: DockerfileModel
  diagnostics: Diagnostic[]
}

export function analyzeForChecks(text: string, options: AnalyzeOptions = {}): CheckRun {
  const analysis = analyzeDockerfile(text, options)
  const details = analysisDetails(analysis)
  if (!details) throw new Error(analysis.diagnostics.map((d) => d.message).join('; '))
  return { parsed: details.parsed, model: details.model, diagnostics: analysis.diagnostics }
}

/** rule, message and line, ordered as BuildKit's tests order warnings: by line, then message */
export function byLineThenMessage(list: { rule: string; message: string; line: number }[]): { rule: string; message: string; line: number }[] {
  return list
    .map((d) => ({ rule: d.rule, message: d.message, line: d.line }))
    .sort((a, b) => a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0))
}
