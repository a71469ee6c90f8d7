// The Dockerfile as BuildKit's dockerfile2llb sees it after parsing: global ARGs, stages with the
// variables in scope at each instruction, and the build graph. Shared contract with src/checks/.
import type { Diagnostic, Stage, StageEdge } from '../types.ts'
import type { InstructionNode } from './ast.ts'

/** An ARG declared before the first FROM (BuildKit's metaArgs); visible only to FROM lines. */
export interface GlobalArg {
  name: string
  /**
   * the default as written (quotes included, not expanded), what BuildKit's checks expand again with
   * defaults only; null for `ARG NAME`
   */
  default: string | null
  /**
   * the default BuildKit applies when no --build-arg names this ARG: `default` after shell word
   * processing, so quotes removed and earlier global ARGs expanded (`ARG X="x y"` → `x y`); '' when that
   * expansion fails; null for `ARG NAME`
   */
  defaultValue: string | null
  /** the value FROM lines see: build arg, else the expanded default; null when neither exists */
  value: string | null
  line: number
  node: InstructionNode
}

/**
 * The variables BuildKit knows when it expands one instruction's words (dispatchState).
 * `env` is getEnv(d.state): ENV values and ARG values, inherited from an in-file base stage.
 * `buildArgs` is d.buildArgs: the names declared by ARG in this stage (with or without a value),
 * which BuildKit's UndefinedVar check treats as defined even when they have no value.
 */
export interface Scope {
  env: ReadonlyMap<string, string>
  buildArgs: ReadonlySet<string>
}

export interface ModelInstruction {
  node: InstructionNode
  /** the variables in scope before this instruction runs */
  scope: Scope
}

export interface ModelStage {
  stage: Stage
  from: InstructionNode
  /** the FROM argument as written (before expansion) */
  baseRaw: string
  /** every instruction after FROM up to the next FROM, FROM itself excluded */
  instructions: ModelInstruction[]
  /**
   * the variables in scope when the stage starts, before the ONBUILD triggers of an in-file base
   * run (they run first, at the FROM line, and may change it)
   */
  entryScope: Scope
  /**
   * the ONBUILD triggers of an in-file base as this stage runs them, first, in order: each parsed
   * on its own, with the variables in scope before it (entryScope, then the effects of the
   * triggers before it); their nodes keep the positions of the trigger's own text
   */
  triggers: ModelInstruction[]
  /**
   * true when the stage starts from an image outside this file (directly or through in-file
   * base stages): its ENV and default CMD/SHELL are unknown here, so checks that depend on the
   * image config should say so rather than guess.
   */
  imageConfigUnknown: boolean
  /** the stage's --platform flag as written, null if none */
  platformRaw: string | null
}

export interface DockerfileModel {
  globalArgs: GlobalArg[]
  /**
   * The variables a FROM line is expanded with: global ARGs with their values, build args that
   * name a global ARG, and the automatic platform args (BUILDPLATFORM, TARGETPLATFORM, …, TARGETSTAGE).
   */
  fromEnv: ReadonlyMap<string, string>
  stages: ModelStage[]
  edges: StageEdge[]
  /** the stage built: --target (case-insensitive), else the last */
  target: number
  /** every stage the target needs, ascending */
  built: number[]
  /**
   * the stages whose instructions are dispatched (expanded, checked), ascending. The analysis
   * reports what `docker build --check` reports: BuildKit's lint request dispatches every stage
   * when no target is given (DockerfileLint sets AllStages), and only `built` for a target, which
   * is also all that a plain `docker build` dispatches.
   */
  dispatched: number[]
  /**
   * where dispatching stops: 0 when BuildKit fails before it dispatches any stage (FROM expansion,
   * target, --from resolution, cycles, image references, ONBUILD triggers), the line of the first
   * error raised while dispatching, null when nothing fails
   */
  dispatchStop: number | null
  /** BuildKit's errors found while building the model (unknown target, forward --from, cycles, blank base…) */
  diagnostics: Diagnostic[]
  escapeToken: '\\' | '`'
}
