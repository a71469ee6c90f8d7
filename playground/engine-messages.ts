// Messages between the page and engine.worker.ts.
import type { PlaygroundState } from '../src/share/state.ts'
import type { ProjectEvaluation } from '../src/project/evaluate.ts'
import type { TreeNode } from '../src/project/tree.ts'

export interface EvaluateRequest {
  id: number
  state: PlaygroundState
}

export type EvaluateResponse =
  | { id: number; ok: true; evaluation: ProjectEvaluation; tree: TreeNode }
  | { id: number; ok: false; message: string }
