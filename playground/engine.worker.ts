// Runs the engine off the page's thread for large projects (an imported folder of 200,000 files),
// so typing and scrolling stay responsive while the context is recomputed.
import { evaluateProject } from '../src/project/evaluate.ts'
import { buildTree } from '../src/project/tree.ts'
import type { EvaluateRequest, EvaluateResponse } from './engine-messages.ts'

self.onmessage = (event: MessageEvent<EvaluateRequest>) => {
  const { id, state } = event.data
  let response: EvaluateResponse
  try {
    const evaluation = evaluateProject(state)
    const tree = buildTree(state.files, evaluation.context, evaluation.readPaths)
    response = { id, ok: true, evaluation, tree }
  } catch (err) {
    response = { id, ok: false, message: err instanceof Error ? err.message : String(err) }
  }
  ;(self as unknown as Worker).postMessage(response)
}
