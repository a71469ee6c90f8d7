// The engine's public data shapes (see DESIGN.md). Outside tests depend on these names and shapes.

/** One entry of a build context: relative, '/'-separated; a trailing '/' marks an (empty) directory. */
export interface FileEntry {
  path: string
  size?: number
}

export interface TraceStep {
  /** 1-based line of the .dockerignore the pattern came from */
  line: number
  /** the pattern as Docker cleaned it, without its leading '!' */
  pattern: string
  negated: boolean
}

export interface MatchResult {
  excluded: boolean
  /** every rule that matched the path, in file order */
  trace: TraceStep[]
}

export interface ContextResult {
  /** every path BuildKit transfers for `COPY . .`, sorted by code point; directories end in '/' */
  sent: string[]
  /** the input entries that are sent */
  included: string[]
  /** the input entries that are not sent */
  excluded: string[]
  fileCount: number
  totalBytes: number
}

export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  rule: string
  severity: Severity
  message: string
  line: number
  column?: number
  endLine?: number
  endColumn?: number
  url?: string
}

export interface Stage {
  index: number
  /** lower-cased, as BuildKit stores it */
  name: string | null
  /** FROM argument after ARG expansion */
  base: string
  baseStage: number | null
  platform: string | null
  line: number
}

export type EdgeKind = 'from' | 'copy' | 'mount' | 'onbuild-copy' | 'onbuild-mount'

export interface StageEdge {
  /** stage index, or image reference */
  from: number | string
  to: number
  kind: EdgeKind
  line: number
}

export interface DockerfileAnalysis {
  stages: Stage[]
  edges: StageEdge[]
  /** the stage built (--target, else the last) */
  target: number
  /** every stage the target needs, ascending */
  built: number[]
  diagnostics: Diagnostic[]
}
