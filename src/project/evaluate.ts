// The whole project, evaluated at once: the ignore file's rules, the build context, the Dockerfile's
// analysis, what the build reads, and every diagnostic tagged with the file it belongs to.
// Pure: the playground, its worker and the exercises all call this on a PlaygroundState.
import { parseDockerignore, matchPath, DockerignoreError, type DockerignoreRules } from '../dockerignore/index.ts'
import { computeContext, checkDockerignore, contextStats, type ContextStats } from '../context/index.ts'
import { analyzeDockerfile, readPaths as engineReadPaths } from '../analyze.ts'
import type { ContextResult, Diagnostic, DockerfileAnalysis } from '../types.ts'
import type { PlaygroundState } from '../share/state.ts'
import { findFile, pickIgnoreFile, toEntries } from './files.ts'
import { manifestDiagnostics } from './manifests.ts'

/** A diagnostic and the project file it belongs to (the Dockerfile's path or the ignore file's path). */
export interface ProjectDiagnostic extends Diagnostic {
  file: string
}

/** Which step of the evaluation failed, so each panel can show its own error and keep the rest working. */
export type EvaluationStep = 'dockerignore' | 'context' | 'dockerfile' | 'readPaths' | 'checks'

export interface EvaluationError {
  step: EvaluationStep
  message: string
  /** the file the error is in, when it is in one */
  file?: string
  line?: number
}

export interface ProjectEvaluation {
  dockerfilePath: string
  /** null when the project has no file at `state.dockerfile` */
  dockerfileText: string | null
  /** the ignore file BuildKit would use, null when there is none (everything is sent) */
  ignorePath: string | null
  ignoreText: string
  /** null when the ignore file fails to parse (see errors) */
  rules: DockerignoreRules | null
  context: ContextResult | null
  /** sizes and counts of the context, Docker's `transferring context` line */
  stats: ContextStats | null
  analysis: DockerfileAnalysis | null
  /** context paths the built stages read (COPY/ADD/RUN --mount=type=bind) */
  readPaths: string[]
  /** diagnostics about the ignore file against the tree */
  ignoreDiagnostics: Diagnostic[]
  /** every diagnostic, each with its file, sorted by file then line */
  diagnostics: ProjectDiagnostic[]
  errors: EvaluationError[]
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function stepError(step: EvaluationStep, err: unknown, file?: string): EvaluationError {
  if (err instanceof DockerignoreError) return { step, message: err.message, file, line: err.line }
  return { step, message: messageOf(err), file }
}

/** An error with a line becomes a diagnostic too, so it shows as a marker in its editor. */
function errorDiagnostic(e: EvaluationError): ProjectDiagnostic | null {
  if (e.file === undefined || e.line === undefined) return null
  return { rule: 'SyntaxError', severity: 'error', message: e.message, line: e.line, file: e.file }
}

export function evaluateProject(state: PlaygroundState): ProjectEvaluation {
  const errors: EvaluationError[] = []
  const dockerfilePath = state.dockerfile || 'Dockerfile'
  const dockerfileText = findFile(state.files, dockerfilePath)?.content ?? null
  const ignorePath = pickIgnoreFile(state.files, dockerfilePath)
  const ignoreText = ignorePath === null ? '' : (findFile(state.files, ignorePath)?.content ?? '')

  let rules: DockerignoreRules | null = null
  try {
    rules = parseDockerignore(ignoreText)
  } catch (err) {
    errors.push(stepError('dockerignore', err, ignorePath ?? undefined))
  }

  const entries = toEntries(state.files)
  let context: ContextResult | null = null
  let stats: ContextStats | null = null
  if (rules) {
    try {
      context = computeContext(rules, entries)
      stats = contextStats(entries, context)
    } catch (err) {
      errors.push(stepError('context', err, ignorePath ?? undefined))
    }
  }

  let analysis: DockerfileAnalysis | null = null
  if (dockerfileText === null) {
    errors.push({ step: 'dockerfile', message: `${dockerfilePath}: no such file in the project`, file: dockerfilePath })
  } else {
    try {
      analysis = analyzeDockerfile(dockerfileText, {
        target: state.target,
        buildArgs: state.buildArgs,
        platform: state.platform,
        ...(rules ? { dockerignore: rules } : {}),
        ...(context ? { context } : {}),
      })
    } catch (err) {
      errors.push(stepError('dockerfile', err, dockerfilePath))
    }
  }

  let reads: string[] = []
  if (analysis && context) {
    try {
      reads = engineReadPaths(analysis, context)
    } catch (err) {
      errors.push(stepError('readPaths', err))
    }
  }

  // with no ignore file the checks still apply (secrets and heavy folders sent): they belong to the
  // .dockerignore the reader would create
  const ignoreFile = ignorePath ?? '.dockerignore'
  const ignoreDiagnostics: Diagnostic[] = []
  if (rules && context) {
    try {
      ignoreDiagnostics.push(...checkDockerignore(rules, entries, context))
      ignoreDiagnostics.push(
        ...manifestDiagnostics({ files: state.files, rules, context, dockerfileText: dockerfileText ?? '', match: matchPath }),
      )
    } catch (err) {
      errors.push(stepError('checks', err, ignoreFile))
    }
  }

  const diagnostics: ProjectDiagnostic[] = []
  for (const e of errors) {
    const d = errorDiagnostic(e)
    if (d) diagnostics.push(d)
  }
  if (analysis) for (const d of analysis.diagnostics) diagnostics.push({ ...d, file: dockerfilePath })
  for (const d of ignoreDiagnostics) diagnostics.push({ ...d, file: ignoreFile })
  // stable: within a file by line, the engine's order kept for equal lines
  diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === dockerfilePath ? -1 : 1))

  return {
    dockerfilePath,
    dockerfileText,
    ignorePath,
    ignoreText,
    rules,
    context,
    stats,
    analysis,
    readPaths: reads,
    ignoreDiagnostics,
    diagnostics,
    errors,
  }
}
