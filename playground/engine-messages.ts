// Messages between the page and engine.worker.ts. Copying a 200,000-entry project between threads costs
// the page time, so the worker keeps the last file list and the page sends only what changed.
import type { PlaygroundState, ProjectFile } from '../src/share/state.ts'
import type { ProjectEvaluation } from '../src/project/evaluate.ts'
import type { PackedTree } from '../src/project/tree.ts'
import type { PackedFiles } from '../src/project/file-list-pack.ts'

export interface EvaluateRequest {
  id: number
  state: Omit<PlaygroundState, 'files'>
  /** the whole list, or the entries that changed (by index) in a list of the same length */
  files: { kind: 'all'; files: PackedFiles } | { kind: 'patch'; changes: [number, ProjectFile][] }
}

/**
 * The evaluation without its per-path lists (context.sent/included/excluded, readPaths): the tree
 * carries each entry's state, and those lists would double the copy.
 */
export type EvaluateResponse =
  | { id: number; ok: true; evaluation: ProjectEvaluation; tree: PackedTree }
  | { id: number; ok: false; message: string }

/** The changes from `before` to `after` when only some entries were replaced in place, else null. */
export function filesPatch(before: readonly ProjectFile[] | null, after: readonly ProjectFile[]): [number, ProjectFile][] | null {
  if (!before || before.length !== after.length) return null
  const changes: [number, ProjectFile][] = []
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue
    if (before[i].path !== after[i].path || changes.length > 100) return null
    changes.push([i, after[i]])
  }
  return changes
}

/** The evaluation as the worker sends it back. */
export function slimEvaluation(ev: ProjectEvaluation): ProjectEvaluation {
  return {
    ...ev,
    context: ev.context ? { ...ev.context, sent: [], included: [], excluded: [] } : null,
    readPaths: [],
  }
}
