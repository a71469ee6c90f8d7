// STUB: replaced by the Dockerfile-model work (issue 4).
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
