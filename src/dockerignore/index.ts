// STUB: replaced by the context-engine work (issue 3). Signatures are the contract of DESIGN.md.
import type { MatchResult } from '../types.ts'

export class DockerignoreError extends Error {
  constructor(public line: number, message: string) {
    super(message)
    this.name = 'DockerignoreError'
  }
}

export interface DockerignoreRules {
  patterns: { line: number; pattern: string; negated: boolean }[]
}

export function parseDockerignore(_text: string): DockerignoreRules {
  throw new Error('not implemented')
}

export function matchPath(_rules: DockerignoreRules, _path: string): MatchResult {
  throw new Error('not implemented')
}
