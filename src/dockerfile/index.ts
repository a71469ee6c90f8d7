// The Dockerfile layer: BuildKit-faithful parsing, word expansion and the build model.
import type { DockerignoreRules } from '../dockerignore/index.ts'
import type { ContextResult } from '../types.ts'

export interface AnalyzeOptions {
  target?: string
  buildArgs?: Record<string, string>
  /** default linux/amd64 */
  platform?: string
  dockerignore?: DockerignoreRules
  context?: ContextResult
}

export { parseDockerfile, dumpParsed } from './parser.ts'
export { expandWord, expandWords } from './shell.ts'
export type { WordExpansion, LexOptions, Env } from './shell.ts'
export { buildModel } from './graph.ts'
export type { ContextRead, ModelResult } from './graph.ts'
export type { DockerfileModel, ModelStage, ModelInstruction, GlobalArg, Scope } from './model.ts'
