// The engine's public API (DESIGN.md). Tests outside the project import these names.
export type * from './types.ts'
export { parseDockerignore, matchPath, DockerignoreError } from './dockerignore/index.ts'
export type { DockerignoreRules } from './dockerignore/index.ts'
export { computeContext } from './context/index.ts'
export { analyzeDockerfile, readPaths } from './analyze.ts'
export type { AnalyzeOptions } from './dockerfile/index.ts'
