// Figures about a computed build context: what the tree view and the summary line show.

import type { ContextResult, FileEntry } from '../types.ts'
import { compareCodePoints } from '../dockerignore/gostd.ts'
import { normalizeEntryPath } from './tree.ts'

export interface DirTotal {
  /** directory path without trailing '/'; '' is the context root */
  path: string
  /** files below it (at any depth), all and sent */
  files: number
  bytes: number
  sentFiles: number
  sentBytes: number
}

export interface ContextStats {
  /** files and bytes BuildKit sends */
  files: number
  bytes: number
  /** files and bytes in the tree, sent or not */
  totalFiles: number
  totalBytes: number
  /** the sent files by size, largest first */
  largestFiles: { path: string; size: number }[]
  /** the sent directories by bytes sent below them, largest first (root excluded) */
  largestDirs: { path: string; bytes: number; files: number }[]
  /** per directory, for a tree view: keyed by path ('' = root) */
  dirs: Map<string, DirTotal>
  /** Docker's progress line, e.g. `transferring context: 12.30MB` */
  transferring: string
}

/**
 * A byte count as BuildKit's progress output prints it (`%.2f` of tonistiigi/units.Bytes): whole
 * bytes below 1000 (`34B`), else two decimals with decimal units (`1.23kB`, `12.30MB`).
 */
export function formatTransferSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB']
  let i = 0
  let base = 1
  while (bytes >= base * 1000 && i < units.length - 1) {
    base *= 1000
    i++
  }
  if (i === 0) return `${Math.trunc(bytes)}B`
  const v = bytes / base
  // Go's big.Float rounds an exact tie to even; toFixed would round it up.
  const scaled = v * 100
  let text: string
  if (scaled - Math.floor(scaled) === 0.5 && v * 8 === Math.round(v * 8)) {
    const down = Math.floor(scaled)
    text = ((down % 2 === 0 ? down : down + 1) / 100).toFixed(2)
  } else text = v.toFixed(2)
  return text + units[i]
}

/** Statistics of a context computed by computeContext over the same entries. */
export function contextStats(entries: readonly FileEntry[], result: ContextResult, top = 10): ContextStats {
  const sent = new Set(result.sent)
  const dirs = new Map<string, DirTotal>()
  const dir = (path: string): DirTotal => {
    let d = dirs.get(path)
    if (!d) {
      d = { path, files: 0, bytes: 0, sentFiles: 0, sentBytes: 0 }
      dirs.set(path, d)
    }
    return d
  }
  dir('')
  const seen = new Set<string>()
  const files: { path: string; size: number }[] = []
  let totalFiles = 0
  let totalBytes = 0
  for (const e of entries) {
    const { path, dir: isDir } = normalizeEntryPath(e.path)
    if (path === '') continue
    const parts = path.split('/')
    for (let k = 1; k < parts.length; k++) dir(parts.slice(0, k).join('/'))
    if (isDir) {
      dir(path)
      continue
    }
    if (seen.has(path)) continue
    seen.add(path)
    const size = e.size ?? 0
    const isSent = sent.has(path)
    totalFiles++
    totalBytes += size
    if (isSent) files.push({ path, size })
    let prefix = ''
    for (let k = 0; k < parts.length; k++) {
      const d = dirs.get(prefix) as DirTotal
      d.files++
      d.bytes += size
      if (isSent) {
        d.sentFiles++
        d.sentBytes += size
      }
      prefix = k === 0 ? parts[0] : prefix + '/' + parts[k]
    }
  }
  files.sort((a, b) => b.size - a.size || compareCodePoints(a.path, b.path))
  const largestDirs = [...dirs.values()]
    .filter((d) => d.path !== '' && d.sentBytes > 0)
    .sort((a, b) => b.sentBytes - a.sentBytes || compareCodePoints(a.path, b.path))
    .slice(0, top)
    .map((d) => ({ path: d.path, bytes: d.sentBytes, files: d.sentFiles }))
  return {
    files: result.fileCount,
    bytes: result.totalBytes,
    totalFiles,
    totalBytes,
    largestFiles: files.slice(0, top),
    largestDirs,
    dirs,
    transferring: `transferring context: ${formatTransferSize(result.totalBytes)}`,
  }
}
