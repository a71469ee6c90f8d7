// STUB: replaced by the build-checks work (issue 4).
import type { Diagnostic } from '../types.ts'

export function runChecks(_input: unknown): Diagnostic[] {
  return []
}
