// The one place the check tests get a parsed Dockerfile and its model from.
import type { ParsedDockerfile } from '../../../src/dockerfile/ast.ts'
import type { AnalyzeOptions } from '../../../src/dockerfile/index.ts'
import type { DockerfileModel } from '../../../src/dockerfile/model.ts'
import { parseDockerfile } from '../../../src/dockerfile/parser.ts'
import { standInModel } from './stand-in-model.ts'

export function analyzeForChecks(text: string, options: AnalyzeOptions = {}): { parsed: ParsedDockerfile; model: DockerfileModel } {
  const parsed = parseDockerfile(text)
  return { parsed, model: standInModel(parsed, options) }
}
