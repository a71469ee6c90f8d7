// Starts and cancels the reading of a folder in folder-import.worker.ts, from a directory picker, an
// <input webkitdirectory> or a drop, and hands the result to the store as a new project.
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import type { PlaygroundState, ProjectFile } from '../../src/share/state.ts'
import { unpackFiles } from '../../src/project/file-list-pack.ts'
import { dockerfileCandidates } from '../dockerfile-info.ts'
import type { PlaygroundStore } from '../store.ts'
import { FILES_PER_MESSAGE, type FolderRequest, type FolderResponse } from './folder-messages.ts'

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; count: number; total: number | null }
  | { kind: 'done'; name: string; count: number; truncated: boolean; hasDockerfile: boolean }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }

interface EntryLike {
  isFile: boolean
  isDirectory: boolean
  name: string
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void
  createReader?(): { readEntries(ok: (e: EntryLike[]) => void, fail: (e: unknown) => void): void }
}

/** The state for a folder: its files, the root Dockerfile (or the first one found), nothing else set. */
export function folderState(files: ProjectFile[]): PlaygroundState {
  const candidates = dockerfileCandidates(files.map((f) => f.path))
  const dockerfile = candidates.includes('Dockerfile') ? 'Dockerfile' : (candidates.find((c) => !c.includes('/')) ?? candidates[0] ?? 'Dockerfile')
  return { files, dockerfile, buildArgs: {} }
}

export function useFolderImport(store: PlaygroundStore) {
  const status = shallowRef<ImportStatus>({ kind: 'idle' })
  const busy = ref(false)
  let worker: Worker | null = null

  function stop(): void {
    worker?.terminate()
    worker = null
    busy.value = false
  }

  function run(request: FolderRequest | { kind: 'list'; name: string; files: File[]; paths: string[] }): void {
    stop()
    busy.value = true
    status.value = { kind: 'reading', count: 0, total: null }
    worker = new Worker(new URL('./folder-import.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<FolderResponse>) => {
      const m = e.data
      if (m.type === 'progress') status.value = { kind: 'reading', count: m.count, total: m.total }
      else if (m.type === 'error') {
        status.value = { kind: 'failed', message: m.message }
        stop()
      } else {
        const files = unpackFiles(m.files)
        const state = folderState(files)
        store.setState(state, { kind: 'folder', name: m.name })
        status.value = {
          kind: 'done',
          name: m.name,
          count: files.length,
          truncated: m.truncated,
          hasDockerfile: files.some((f) => f.path === state.dockerfile),
        }
        stop()
      }
    }
    worker.onerror = (e) => {
      status.value = { kind: 'failed', message: e.message || 'worker failed' }
      stop()
    }
    if (request.kind !== 'list') {
      worker.postMessage(request)
      return
    }
    // hand the list over in chunks, yielding to the page between them
    const w = worker
    const { name, files, paths } = request
    let at = 0
    const next = () => {
      if (worker !== w) return
      const end = Math.min(at + FILES_PER_MESSAGE, files.length)
      const chunk: FolderRequest = { kind: 'files', name, files: files.slice(at, end), paths: paths.slice(at, end), done: end === files.length }
      w.postMessage(chunk)
      at = end
      if (at < files.length) setTimeout(next, 0)
    }
    next()
  }

  function cancel(): void {
    if (!busy.value) return
    stop()
    status.value = { kind: 'cancelled' }
  }

  async function pickDirectory(): Promise<boolean> {
    const picker = (window as unknown as { showDirectoryPicker?: (o?: object) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker
    if (!picker) return false
    try {
      const handle = await picker({ mode: 'read' })
      run({ kind: 'handle', handle })
    } catch (err) {
      // the reader closed the picker
      if (!(err instanceof DOMException && err.name === 'AbortError')) status.value = { kind: 'failed', message: String(err) }
    }
    return true
  }

  /** From <input webkitdirectory>: paths come as "<folder>/<path>". */
  function fromFileList(list: FileList): void {
    const files = Array.from(list)
    if (files.length === 0) return
    const first = files[0].webkitRelativePath
    const name = first.slice(0, first.indexOf('/')) || 'folder'
    const paths = files.map((f) => {
      const rel = f.webkitRelativePath || f.name
      return rel.slice(rel.indexOf('/') + 1)
    })
    run({ kind: 'list', name, files, paths })
  }

  async function walkEntry(root: EntryLike): Promise<{ files: File[]; paths: string[] }> {
    const files: File[] = []
    const paths: string[] = []
    const readAll = (dir: EntryLike) =>
      new Promise<EntryLike[]>((resolve, reject) => {
        const reader = dir.createReader!()
        const out: EntryLike[] = []
        const next = () => reader.readEntries((batch) => (batch.length ? (out.push(...batch), next()) : resolve(out)), reject)
        next()
      })
    async function walk(e: EntryLike, prefix: string): Promise<void> {
      if (e.isFile) {
        const f = await new Promise<File>((res, rej) => e.file!(res, rej))
        files.push(f)
        paths.push(prefix + e.name)
      } else if (e.isDirectory) {
        for (const c of await readAll(e)) await walk(c, prefix + e.name + '/')
      }
    }
    for (const c of await readAll(root)) await walk(c, '')
    return { files, paths }
  }

  /** A drop: a handle where the browser gives one (read in the worker), else the entry API. */
  function fromDrop(items: DataTransferItemList): void {
    const item = Array.from(items).find((i) => i.kind === 'file')
    if (!item) return
    const withHandle = item as DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> }
    const entry = item.webkitGetAsEntry() as EntryLike | null
    if (withHandle.getAsFileSystemHandle) {
      void withHandle.getAsFileSystemHandle().then((h) => {
        if (h && h.kind === 'directory') run({ kind: 'handle', handle: h as FileSystemDirectoryHandle })
        else if (entry) void viaEntries(entry)
      })
    } else if (entry) void viaEntries(entry)
  }

  async function viaEntries(entry: EntryLike): Promise<void> {
    if (!entry.isDirectory) return
    busy.value = true
    status.value = { kind: 'reading', count: 0, total: null }
    try {
      const { files, paths } = await walkEntry(entry)
      if (busy.value) run({ kind: 'list', name: entry.name, files, paths })
    } catch (err) {
      status.value = { kind: 'failed', message: String(err) }
      busy.value = false
    }
  }

  onBeforeUnmount(stop)
  return { status, busy, pickDirectory, fromFileList, fromDrop, cancel }
}
