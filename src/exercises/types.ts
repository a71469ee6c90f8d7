// An exercise of the guide: a starting project, a goal, and a pure check of any state against it.
import type { Localized } from '../examples/types.ts'
import type { PlaygroundState } from '../share/state.ts'

export interface CheckResult {
  passed: boolean
  /** what is still wrong, in the reader's language; empty when passed */
  problems: Localized[]
}

export interface Exercise {
  /** stable id, used in `<DockerExercise id="…">` and as the localStorage key of its progress */
  id: string
  /** the chapter page it belongs to, e.g. '02-dockerignore' */
  chapter: string
  title: Localized
  /** the playground panels the exercise needs (`<DockerPlayground panels>`); all of them when absent */
  panels?: string
  task: Localized
  start: PlaygroundState
  hint: Localized
  solution: PlaygroundState
  /** pure: the same state always gives the same result; never throws for a reader's typing */
  check(state: PlaygroundState): CheckResult
}
