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
  /** bytes BuildKit's progress counts on a first build: the files plus the protocol's packets */
  transferBytes: number
  /** Docker's progress line, e.g. `transferring context: 12.30MB` */
  transferring: string
}

const varintLength = (n: number): number => {
  let len = 1
  while (n >= 128) {
    n = Math.floor(n / 128)
    len++
  }
  return len
}

const utf8 = new TextEncoder()

/** fsutil reads and sends files in chunks of this size (its copy buffer). */
const CHUNK = 32 * 1024
/** Stat.modTime: nanoseconds since 1970, nine bytes as a varint for any date after 2004. */
const MODTIME_BYTES = 1 + 9
/** Go FileMode bits of a 0644 file and a 0755 directory (os.ModeDir is 1 << 31). */
const FILE_MODE = 0o644
const DIR_MODE = 2 ** 31 + 0o755
/** A directory's st_size on common Linux filesystems. */
const DIR_SIZE = 4096

/**
 * What the "transferring context" counter reaches on a first build. fsutil's sender adds the
 * protobuf size of every packet: one STAT packet per sent entry (path, mode, size, mtime; uid and
 * gid reset to 0 are omitted), then DATA packets of at most 32 KiB per file (ID = the entry's
 * position in the walk). Later builds only send the files that changed, so Docker then shows less.
 * An estimate: modes, extended attributes and owners on the reader's disk may add a few bytes.
 */
export function estimateTransferBytes(sent: readonly string[], sizeOf: (path: string) => number): number {
  let total = 0
  sent.forEach((entry, id) => {
    const dir = entry.endsWith('/')
    const path = dir ? entry.slice(0, -1) : entry
    const pathBytes = utf8.encode(path).length
    const size = dir ? DIR_SIZE : sizeOf(path)
    const stat =
      1 + varintLength(pathBytes) + pathBytes + 1 + varintLength(dir ? DIR_MODE : FILE_MODE) + (size > 0 ? 1 + varintLength(size) : 0) + MODTIME_BYTES
    total += 1 + varintLength(stat) + stat // Packet.stat; type STAT is 0 and omitted
    if (dir) return
    for (let left = size; left > 0; left -= CHUNK) {
      const chunk = Math.min(left, CHUNK)
      total += 2 + (id > 0 ? 1 + varintLength(id) : 0) + 1 + varintLength(chunk) + chunk
    }
  })
  return total
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
  const sizes = new Map<string, number>()
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
    sizes.set(path, size)
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
  const transferBytes = estimateTransferBytes(result.sent, (p) => sizes.get(p) ?? 0)
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
    transferBytes,
    transferring: `transferring context: ${formatTransferSize(transferBytes)}`,
  }
}
