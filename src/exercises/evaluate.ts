// Runs the engine over a whole playground state the way `docker build -f <dockerfile> .` would see it:
// pick the ignore file, compute the context, analyse the Dockerfile with that context.
import { DockerignoreError, analyzeDockerfile, computeContext, parseDockerignore } from '../index.ts'
import type { DockerignoreRules } from '../index.ts'
import type { ContextResult, DockerfileAnalysis, FileEntry } from '../types.ts'
import type { PlaygroundState, ProjectFile } from '../share/state.ts'

export interface ProjectEvaluation {
  dockerfileText: string | null
  /** the ignore file BuildKit reads, or null when the project has none */
  ignoreFile: string | null
  rules: DockerignoreRules | null
  context: ContextResult | null
  analysis: DockerfileAnalysis | null
  /** a .dockerignore Docker rejects: the build fails before anything is sent */
  ignoreError: { line: number; message: string } | null
}

const encoder = new TextEncoder()

export function sizeOf(file: ProjectFile): number {
  if (file.size !== undefined) return file.size
  return file.content === undefined ? 0 : encoder.encode(file.content).length
}

export function fileAt(state: PlaygroundState, path: string): ProjectFile | undefined {
  return state.files.find((f) => f.path === path)
}

/**
 * BuildKit reads `<Dockerfile>.dockerignore` next to the Dockerfile when it exists, else
 * `.dockerignore` at the context root; nested `.dockerignore` files mean nothing.
 */
export function ignoreFileFor(state: PlaygroundState): string | null {
  const specific = `${state.dockerfile}.dockerignore`
  if (fileAt(state, specific)) return specific
  return fileAt(state, '.dockerignore') ? '.dockerignore' : null
}

export function evaluateState(state: PlaygroundState, target: string | undefined = state.target): ProjectEvaluation {
  const dockerfileText = fileAt(state, state.dockerfile)?.content ?? null
  const ignoreFile = ignoreFileFor(state)
  let rules: DockerignoreRules | null = null
  let context: ContextResult | null = null
  let ignoreError: ProjectEvaluation['ignoreError'] = null
  try {
    rules = parseDockerignore(ignoreFile === null ? '' : (fileAt(state, ignoreFile)?.content ?? ''))
    const entries: FileEntry[] = state.files.map((f) => ({ path: f.path, size: sizeOf(f) }))
    context = computeContext(rules, entries)
  } catch (error) {
    // Only Docker's own refusals are the reader's to fix; anything else is a bug and must surface.
    if (!(error instanceof DockerignoreError)) throw error
    ignoreError = { line: error.line, message: error.message }
    rules = null
    context = null
  }
  let analysis: DockerfileAnalysis | null = null
  if (dockerfileText !== null) {
    const options: Parameters<typeof analyzeDockerfile>[1] = { buildArgs: state.buildArgs }
    if (target !== undefined) options.target = target
    if (state.platform !== undefined) options.platform = state.platform
    if (rules && context) {
      options.dockerignore = rules
      options.context = context
    }
    analysis = analyzeDockerfile(dockerfileText, options)
  }
  return { dockerfileText, ignoreFile, rules, context, analysis, ignoreError }
}

/** Whether `path` (a file of the project) is sent to the builder. */
export function isSent(evaluation: ProjectEvaluation, path: string): boolean {
  return evaluation.context !== null && evaluation.context.sent.includes(path)
}
