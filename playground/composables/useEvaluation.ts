// The engine's view of the current state. Small projects are evaluated on every change, synchronously,
// so panels follow each keystroke; large ones (an imported folder) in a worker, the last result kept
// on screen meanwhile.
import { onBeforeUnmount, shallowRef, watch, type ShallowRef } from 'vue'
import type { PlaygroundState } from '../../src/share/state.ts'
import { evaluateProject, type ProjectEvaluation } from '../../src/project/evaluate.ts'
import { buildTree, unpackTree, type TreeNode } from '../../src/project/tree.ts'
import { packFiles } from '../../src/project/file-list-pack.ts'
import { filesPatch, type EvaluateRequest, type EvaluateResponse } from '../engine-messages.ts'
import type { ProjectFile } from '../../src/share/state.ts'

/** Above this many entries the engine runs in the worker. */
export const WORKER_THRESHOLD = 5000

export interface Evaluated {
  evaluation: ShallowRef<ProjectEvaluation | null>
  tree: ShallowRef<TreeNode | null>
  /** the worker is computing a newer state than the one shown */
  pending: ShallowRef<boolean>
  /** an unexpected failure outside the engine's own error reporting */
  failure: ShallowRef<string | null>
}

export function useEvaluation(state: ShallowRef<PlaygroundState>): Evaluated {
  const evaluation = shallowRef<ProjectEvaluation | null>(null)
  const tree = shallowRef<TreeNode | null>(null)
  const pending = shallowRef(false)
  const failure = shallowRef<string | null>(null)
  let worker: Worker | null = null
  let lastId = 0
  /** the file list the worker holds */
  let workerFiles: readonly ProjectFile[] | null = null

  function inWorker(s: PlaygroundState): void {
    if (!worker) {
      worker = new Worker(new URL('../engine.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (e: MessageEvent<EvaluateResponse>) => {
        if (e.data.id !== lastId) return
        pending.value = false
        if (e.data.ok) {
          evaluation.value = e.data.evaluation
          tree.value = unpackTree(e.data.tree)
          failure.value = null
        } else failure.value = e.data.message
      }
      worker.onerror = (e) => {
        pending.value = false
        workerFiles = null
        failure.value = e.message || 'worker failed'
      }
    }
    pending.value = true
    const { files, ...rest } = s
    const changes = filesPatch(workerFiles, files)
    workerFiles = files
    const packed = changes ? null : packFiles(files)
    const request: EvaluateRequest = {
      id: ++lastId,
      state: rest,
      files: packed ? { kind: 'all', files: packed } : { kind: 'patch', changes: changes! },
    }
    worker.postMessage(request, packed ? [packed.sizes.buffer] : [])
  }

  function here(s: PlaygroundState): void {
    lastId++
    pending.value = false
    try {
      const ev = evaluateProject(s)
      evaluation.value = ev
      tree.value = buildTree(s.files, ev.context, ev.readPaths)
      failure.value = null
    } catch (err) {
      failure.value = err instanceof Error ? err.message : String(err)
    }
  }

  // copying a huge state to the worker costs the page time too: send it once typing pauses
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    state,
    (s) => {
      clearTimeout(timer)
      if (s.files.length > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
        pending.value = true
        timer = setTimeout(() => inWorker(s), evaluation.value ? 200 : 0)
      } else here(s)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    clearTimeout(timer)
    worker?.terminate()
  })
  return { evaluation, tree, pending, failure }
}
