// computeContext: what BuildKit sends for `COPY . .`, from a file tree and a .dockerignore.

import type { DockerignoreRules } from '../dockerignore/parse.ts'
import { sortByCodePoint } from '../dockerignore/gostd.ts'
import type { ContextResult, FileEntry } from '../types.ts'
import { compileRules } from '../dockerignore/matcher.ts'
import { computeContextFlat } from './flat.ts'
import { buildTree } from './tree.ts'
import { walkTree, walkTreeSync, type WalkResult } from './walk.ts'


function toResult(entries: readonly FileEntry[], walk: WalkResult): ContextResult {
  const sent: string[] = []
  const isSent = new Uint8Array(entries.length)
  let fileCount = 0
  let totalBytes = 0
  for (const node of walk.sent) {
    if (node.entry >= 0) isSent[node.entry] = 1
    if (node.dups) for (const i of node.dups) isSent[i] = 1
    if (node.dir) sent.push(node.path + '/')
    else {
      sent.push(node.path)
      fileCount++
      totalBytes += node.size
    }
  }
  sortByCodePoint(sent)
  const included: string[] = []
  const excluded: string[] = []
  for (let i = 0; i < entries.length; i++) (isSent[i] ? included : excluded).push(entries[i].path)
  // `included` is sorted like `sent` (Docker's view is a sorted set); `excluded` keeps the input
  // order, which is cheaper for a large skipped node_modules and what a tree view iterates anyway.
  sortByCodePoint(included)
  return { sent, included, excluded, fileCount, totalBytes }
}

/**
 * The build context BuildKit transfers for `COPY . .`: every sent path (directories end in '/'),
 * sorted by code point; the input entries sent (sorted the same way) and not sent (in input order);
 * and the count and bytes of the files sent.
 * Throws DockerignoreError when the walk reaches a pattern Go's regexp rejects, as the build would fail.
 */
export function computeContext(rules: DockerignoreRules, entries: FileEntry[]): ContextResult {
  const fast = computeContextFlat(compileRules(rules), entries)
  if (fast !== null) return fast
  const tree = buildTree(entries)
  return toResult(entries, walkTreeSync(rules, tree))
}

export interface ComputeContextOptions {
  /** called about every `chunkSize` entries with (entries decided, entries in total) */
  onProgress?: (visited: number, total: number) => void
  /** aborts the walk between chunks; the promise then rejects with the signal's reason */
  signal?: AbortSignal
  /** paths visited between two yields to the event loop (default 8192) */
  chunkSize?: number
}

/**
 * computeContext for large trees (a Web Worker with 200,000 paths): the same result, computed in
 * chunks that yield to the event loop so that progress can be reported and a newer request can
 * cancel this one through `signal`.
 */
export async function computeContextAsync(
  rules: DockerignoreRules,
  entries: FileEntry[],
  options: ComputeContextOptions = {},
): Promise<ContextResult> {
  const { onProgress, signal, chunkSize = 8192 } = options
  signal?.throwIfAborted()
  const tree = buildTree(entries)
  const total = entries.length
  const it = walkTree(rules, tree, chunkSize)
  for (;;) {
    const r = it.next()
    if (r.done) {
      onProgress?.(total, total)
      return toResult(entries, r.value)
    }
    onProgress?.(r.value, total)
    await new Promise<void>((resolve) => setTimeout(resolve, 0))
    signal?.throwIfAborted()
  }
}
