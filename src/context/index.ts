// STUB: replaced by the context-engine work (issue 3).
import type { DockerignoreRules } from '../dockerignore/index.ts'
import type { ContextResult, FileEntry } from '../types.ts'

export function computeContext(_rules: DockerignoreRules, _entries: FileEntry[]): ContextResult {
  throw new Error('not implemented')
}
