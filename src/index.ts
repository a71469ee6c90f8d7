// The engine's public API (DESIGN.md). Tests outside the project import these names.
export type * from './types.ts'
export { parseDockerignore, matchPath, explainPath, DockerignoreError } from './dockerignore/index.ts'
export type { DockerignoreRules, PathExplanation } from './dockerignore/index.ts'
export {
  computeContext,
  computeContextAsync,
  pickIgnoreFile,
  contextStats,
  formatTransferSize,
  compareWithGitignore,
  checkDockerignore,
  lintDockerignore,
  openDenied,
} from './context/index.ts'
export type { ComputeContextOptions, IgnoreFilePick, ContextStats, GitignoreDifference } from './context/index.ts'
export { analyzeDockerfile, readPaths, analysisDetails } from './analyze.ts'
export type { AnalysisDetails } from './analyze.ts'
export type { AnalyzeOptions } from './dockerfile/index.ts'
export { evaluateProject } from './project/evaluate.ts'
export type { PlaygroundState, ProjectFile } from './share/state.ts'
