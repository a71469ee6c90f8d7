// STUB: analyzeDockerfile = parse (src/dockerfile) → model (src/dockerfile) → checks (src/checks).
import type { AnalyzeOptions } from './dockerfile/index.ts'
import type { ContextResult, DockerfileAnalysis } from './types.ts'

export function analyzeDockerfile(_text: string, _options: AnalyzeOptions = {}): DockerfileAnalysis {
  throw new Error('not implemented')
}

/** For the stages built for the target: the context paths their COPY/ADD/RUN --mount=type=bind read. */
export function readPaths(_analysis: DockerfileAnalysis, _context: ContextResult): string[] {
  throw new Error('not implemented')
}
