// Runs the engine off the page's thread for large projects (an imported folder of 200,000 files),
// so typing and scrolling stay responsive while the context is recomputed.
import type { ProjectFile } from '../src/share/state.ts'
import { evaluateProject } from '../src/project/evaluate.ts'
import { buildTree, packTree, packedTreeBuffers } from '../src/project/tree.ts'
import { unpackFiles } from '../src/project/file-list-pack.ts'
import { slimEvaluation, type EvaluateRequest, type EvaluateResponse } from './engine-messages.ts'

let files: ProjectFile[] = []

self.onmessage = (event: MessageEvent<EvaluateRequest>) => {
  const { id, state, files: update } = event.data
  let response: EvaluateResponse
  try {
    if (update.kind === 'all') files = unpackFiles(update.files)
    else {
      files = files.slice()
      for (const [i, f] of update.changes) files[i] = f
    }
    const evaluation = evaluateProject({ ...state, files })
    const tree = packTree(buildTree(files, evaluation.context, evaluation.readPaths))
    response = { id, ok: true, evaluation: slimEvaluation(evaluation), tree }
    ;(self as unknown as Worker).postMessage(response, packedTreeBuffers(tree))
  } catch (err) {
    response = { id, ok: false, message: err instanceof Error ? err.message : String(err) }
    ;(self as unknown as Worker).postMessage(response)
  }
}
