// Reads a folder the reader chose, inside the browser and off the page's thread: every path and size,
// and the content of Dockerfiles and ignore files only. Nothing leaves the machine.
import type { ProjectFile } from '../../src/share/state.ts'
import { packFiles } from '../../src/project/file-list-pack.ts'
import { isEngineText, MAX_FOLDER_FILES, MAX_TEXT_BYTES, type FolderRequest, type FolderResponse } from './folder-messages.ts'

interface DirectoryHandle {
  name: string
  kind: 'directory'
  values(): AsyncIterable<DirectoryHandle | FileHandle>
}
interface FileHandle {
  name: string
  kind: 'file'
  getFile(): Promise<File>
}

const post = (m: FolderResponse) => (self as unknown as Worker).postMessage(m)

async function entry(path: string, file: File): Promise<ProjectFile> {
  if (isEngineText(path) && file.size <= MAX_TEXT_BYTES) return { path, content: await file.text() }
  return { path, size: file.size }
}

async function walkHandle(root: DirectoryHandle): Promise<{ files: ProjectFile[]; truncated: boolean }> {
  const files: ProjectFile[] = []
  let truncated = false
  let lastReport = 0
  async function walk(dir: DirectoryHandle, prefix: string): Promise<void> {
    const subdirs: [DirectoryHandle, string][] = []
    const pending: Promise<ProjectFile>[] = []
    let any = false
    for await (const h of dir.values()) {
      any = true
      if (files.length + pending.length >= MAX_FOLDER_FILES) {
        truncated = true
        break
      }
      if (h.kind === 'directory') subdirs.push([h, prefix + h.name + '/'])
      else pending.push(h.getFile().then((f) => entry(prefix + h.name, f)))
    }
    files.push(...(await Promise.all(pending)))
    if (!any && prefix !== '') files.push({ path: prefix })
    if (files.length - lastReport >= 2000) {
      lastReport = files.length
      post({ type: 'progress', count: files.length, total: null })
    }
    for (const [d, p] of subdirs) {
      if (truncated) return
      await walk(d, p)
    }
  }
  await walk(root, '')
  return { files, truncated }
}

async function readList(list: File[], paths: string[]): Promise<{ files: ProjectFile[]; truncated: boolean }> {
  const n = Math.min(list.length, MAX_FOLDER_FILES)
  const files: ProjectFile[] = new Array(n)
  for (let i = 0; i < n; i++) {
    files[i] = isEngineText(paths[i]) && list[i].size <= MAX_TEXT_BYTES ? await entry(paths[i], list[i]) : { path: paths[i], size: list[i].size }
    if (i % 5000 === 4999) post({ type: 'progress', count: i + 1, total: n })
  }
  return { files, truncated: list.length > n }
}

const pendingList: { files: File[]; paths: string[] } = { files: [], paths: [] }

self.onmessage = async (event: MessageEvent<FolderRequest>) => {
  try {
    const req = event.data
    if (req.kind === 'files') {
      pendingList.files.push(...req.files)
      pendingList.paths.push(...req.paths)
      if (!req.done) return
    }
    const r = req.kind === 'handle'
      ? await walkHandle(req.handle as unknown as DirectoryHandle)
      : await readList(pendingList.files, pendingList.paths)
    const files = packFiles(r.files)
    const done: FolderResponse = { type: 'done', name: req.kind === 'handle' ? req.handle.name : req.name, files, truncated: r.truncated }
    ;(self as unknown as Worker).postMessage(done, [files.sizes.buffer])
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
