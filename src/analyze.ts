// analyzeDockerfile = parse (src/dockerfile) → model (src/dockerfile) → checks (src/checks).
// It never throws: whatever BuildKit would refuse becomes a diagnostic at its line.
import { applyCheckDirectives, runChecks } from './checks/index.ts'
import { checkCopySources } from './checks/copy-sources.ts'
import type { ParsedDockerfile } from './dockerfile/ast.ts'
import { buildModel, type ContextRead } from './dockerfile/graph.ts'
import type { AnalyzeOptions } from './dockerfile/index.ts'
import type { DockerfileModel } from './dockerfile/model.ts'
import { parseDockerfile } from './dockerfile/parser.ts'
import { contextPathsRead } from './dockerfile/read-paths.ts'
import type { ContextResult, Diagnostic, DockerfileAnalysis } from './types.ts'

/** What an analysis was computed from; the public DockerfileAnalysis shape stays as DESIGN.md fixes it. */
export interface AnalysisDetails {
  parsed: ParsedDockerfile
  model: DockerfileModel
  contextReads: ContextRead[]
}

const details = new WeakMap<DockerfileAnalysis, AnalysisDetails>()

/** The parse and model behind an analysis returned by analyzeDockerfile (undefined for other objects). */
export function analysisDetails(analysis: DockerfileAnalysis): AnalysisDetails | undefined {
  return details.get(analysis)
}

export function analyzeDockerfile(text: string, options: AnalyzeOptions = {}): DockerfileAnalysis {
  try {
    return analyze(text, options)
  } catch (e) {
    // a bug of ours must not take the playground down: report it where the reader can see it
    const message = e instanceof Error ? e.message : String(e)
    return { stages: [], edges: [], target: -1, built: [], diagnostics: [{ rule: 'InternalError', severity: 'error', message, line: 1 }] }
  }
}

function analyze(text: string, options: AnalyzeOptions): DockerfileAnalysis {
  if (text.length === 0) {
    return { stages: [], edges: [], target: -1, built: [], diagnostics: [{ rule: 'SyntaxError', severity: 'error', message: 'the Dockerfile cannot be empty', line: 1 }] }
  }
  const parsed = parseDockerfile(text)
  const { model, contextReads } = buildModel(parsed, options)
  let diagnostics: Diagnostic[] = [...model.diagnostics]
  diagnostics.push(...runChecks({ parsed, model, options }))
  if (options.context || options.dockerignore) {
    diagnostics.push(...checkCopySources({ parsed, model, contextReads, options }))
  }
  diagnostics = applyCheckDirectives(diagnostics, parsed, options)
  diagnostics = diagnostics.map((d) => clampToText(d, parsed.lines)).sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
  const analysis: DockerfileAnalysis = {
    stages: model.stages.map((s) => s.stage),
    edges: model.edges,
    target: model.target,
    built: model.built,
    diagnostics,
  }
  details.set(analysis, { parsed, model, contextReads })
  return analysis
}

// Editors reject markers outside the text; keep every position within it.
function clampToText(d: Diagnostic, lines: string[]): Diagnostic {
  const count = Math.max(1, lines.length)
  const line = Math.min(Math.max(1, d.line), count)
  const out: Diagnostic = { ...d, line }
  const width = (l: number) => (lines[l - 1] ?? '').length + 1
  if (d.column !== undefined) out.column = Math.min(Math.max(1, d.column), width(line))
  if (d.endLine !== undefined) {
    out.endLine = Math.min(Math.max(line, d.endLine), count)
    if (d.endColumn !== undefined) {
      out.endColumn = Math.min(Math.max(1, d.endColumn), width(out.endLine))
      if (out.endLine === line && out.column !== undefined && out.endColumn < out.column) out.endColumn = out.column
    }
  } else if (d.endColumn !== undefined) {
    out.endColumn = Math.min(Math.max(1, d.endColumn), width(line))
  }
  return out
}

/** For the stages built for the target: the context paths their COPY/ADD/RUN --mount=type=bind read. */
export function readPaths(analysis: DockerfileAnalysis, context: ContextResult): string[] {
  const d = details.get(analysis)
  if (!d) return []
  return contextPathsRead(d.contextReads.filter((r) => r.built), context)
}
