// Edits of a project's file list, as pure functions: each returns a new list or says why it cannot.
// A directory is addressed by its path with a trailing '/'; it holds every entry under that prefix.
import type { ProjectFile } from '../share/state.ts'

export type EditError = 'invalid-path' | 'exists' | 'missing' | 'invalid-size'
export type EditResult = { ok: true; files: ProjectFile[] } | { ok: false; error: EditError }

/** Normalise what a reader typed: backslashes to '/', no leading './' or '/', no empty or '.'/'..' segments. */
export function cleanPath(input: string, directory = false): string | null {
  const segs = input.trim().replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.')
  if (segs.length === 0 || segs.some((s) => s === '..')) return null
  return segs.join('/') + (directory ? '/' : '')
}

function under(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir)
}

/** Whether the path, or anything that would sit at it (a file at a directory's name), already exists. */
function occupied(files: readonly ProjectFile[], path: string): boolean {
  const bare = path.endsWith('/') ? path.slice(0, -1) : path
  return files.some((f) => f.path === bare || f.path === bare + '/' || f.path.startsWith(bare + '/'))
}

/** Parent folders of the path that are kept only as empty-directory entries: they are no longer empty. */
function dropEmptyParents(files: ProjectFile[], path: string): ProjectFile[] {
  return files.filter((f) => !(f.path.endsWith('/') && path.startsWith(f.path) && f.path !== path))
}

export function addFile(files: readonly ProjectFile[], input: string, init: { size?: number; content?: string } = {}): EditResult {
  const path = cleanPath(input)
  if (!path) return { ok: false, error: 'invalid-path' }
  if (occupied(files, path)) return { ok: false, error: 'exists' }
  return { ok: true, files: [...dropEmptyParents([...files], path), { path, ...init }] }
}

export function addFolder(files: readonly ProjectFile[], input: string): EditResult {
  const path = cleanPath(input, true)
  if (!path) return { ok: false, error: 'invalid-path' }
  if (occupied(files, path)) return { ok: false, error: 'exists' }
  return { ok: true, files: [...dropEmptyParents([...files], path), { path }] }
}

/** Remove a file, or a directory ('x/') with everything under it. */
export function removeEntry(files: readonly ProjectFile[], path: string): EditResult {
  const keep = files.filter((f) => !under(f.path, path))
  if (keep.length === files.length) return { ok: false, error: 'missing' }
  return { ok: true, files: keep }
}

/** Rename a file, or move a directory ('x/') with everything under it. */
export function renameEntry(files: readonly ProjectFile[], from: string, input: string): EditResult {
  const isDir = from.endsWith('/')
  const to = cleanPath(input, isDir)
  if (!to) return { ok: false, error: 'invalid-path' }
  if (!files.some((f) => under(f.path, from))) return { ok: false, error: 'missing' }
  if (to === from) return { ok: true, files: [...files] }
  if (isDir && to.startsWith(from)) return { ok: false, error: 'invalid-path' }
  if (occupied(files, to)) return { ok: false, error: 'exists' }
  const moved = files.map((f) => (under(f.path, from) ? { ...f, path: to + f.path.slice(from.length) } : f))
  return { ok: true, files: dropEmptyParents(moved, to) }
}

export function setSize(files: readonly ProjectFile[], path: string, size: number): EditResult {
  if (!Number.isSafeInteger(size) || size < 0) return { ok: false, error: 'invalid-size' }
  const i = files.findIndex((f) => f.path === path && !path.endsWith('/'))
  if (i < 0) return { ok: false, error: 'missing' }
  const next = [...files]
  // a stated size wins over the content's length, as for files imported from a folder
  next[i] = { ...files[i], size }
  return { ok: true, files: next }
}

/** Set a text file's content, creating the file when it does not exist yet (e.g. a new .dockerignore). */
export function setContent(files: readonly ProjectFile[], path: string, content: string): ProjectFile[] {
  const i = files.findIndex((f) => f.path === path)
  if (i < 0) return [...dropEmptyParents([...files], path), { path, content }]
  const next = [...files]
  const { size: _size, ...rest } = files[i]
  // the text now decides the size
  next[i] = { ...rest, content }
  return next
}
