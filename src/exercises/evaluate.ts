// The exercises judge a state by exactly what the playground shows for it: evaluateProject (ignore
// file picked as BuildKit does, context, analysis, every diagnostic), with the target an exercise names.
import { evaluateProject, type ProjectDiagnostic } from '../project/evaluate.ts'
import type { DockerignoreRules } from '../index.ts'
import type { ContextResult, DockerfileAnalysis } from '../types.ts'
import type { PlaygroundState, ProjectFile } from '../share/state.ts'

export interface ExerciseEvaluation {
  dockerfileText: string | null
  /** the ignore file BuildKit reads, or null when the project has none */
  ignoreFile: string | null
  rules: DockerignoreRules | null
  context: ContextResult | null
  analysis: DockerfileAnalysis | null
  /** everything the diagnostics panel lists: Dockerfile checks and .dockerignore checks */
  diagnostics: ProjectDiagnostic[]
  /** a .dockerignore Docker rejects: the build fails before anything is sent */
  ignoreError: { line: number; message: string } | null
  /** anything else that kept a step from finishing */
  failures: string[]
}

export function fileAt(state: PlaygroundState, path: string): ProjectFile | undefined {
  return state.files.find((f) => f.path === path)
}

export function evaluateState(state: PlaygroundState, target: string | undefined = state.target): ExerciseEvaluation {
  const input: PlaygroundState = { ...state }
  if (target === undefined) delete input.target
  else input.target = target
  const ev = evaluateProject(input)
  let ignoreError: ExerciseEvaluation['ignoreError'] = null
  const failures: string[] = []
  for (const e of ev.errors) {
    if (e.step === 'dockerignore' && e.line !== undefined) ignoreError = { line: e.line, message: e.message }
    // a missing Dockerfile is reported by the checks themselves, in the reader's language
    else if (!(e.step === 'dockerfile' && ev.dockerfileText === null)) failures.push(e.message)
  }
  return {
    dockerfileText: ev.dockerfileText,
    ignoreFile: ev.ignorePath,
    rules: ev.rules,
    context: ev.context,
    analysis: ev.analysis,
    diagnostics: ev.diagnostics,
    ignoreError,
    failures,
  }
}

/** Whether `path` (a file of the project) is sent to the builder. */
export function isSent(evaluation: ExerciseEvaluation, path: string): boolean {
  return evaluation.context !== null && evaluation.context.sent.includes(path)
}
