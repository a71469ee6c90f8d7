// computeContext's fast path: the walk's decisions taken entry by entry, in input order, without a
// tree of nodes.
//
// A path's result depends only on its own text and its parent directory's per-pattern bits, and a
// directory skipped by the walk only hides what lies below it; so the walk's order matters for
// nothing but which bad pattern fails first. Each directory is decided once and files get no object
// at all. Consecutive entries usually share their leading directories, so the chain of the previous
// entry's directories is reused and only the differing tail is looked up, by name, without slicing.
// Inputs this path does not handle exactly (paths to clean, a file also named as a directory, a
// repeated file, a bad pattern reached) return null, and the caller runs the tree walk, which handles
// them in walk order.

import { matchWithParent, skipsExcludedDir, type CompiledRules } from '../dockerignore/matcher.ts'
import { DockerignoreError } from '../dockerignore/parse.ts'
import { sortByCodePoint } from '../dockerignore/gostd.ts'
import type { ContextResult, FileEntry } from '../types.ts'

interface Dir {
  /** 0 for the root, else 1 + its index in the list of directories */
  id: number
  path: string
  parent: Dir | null
  /** offset of its per-pattern bits in the shared pool (-1: the root, which has none) */
  bits: number
  excluded: boolean
  /** the walk enters it: its children are tested (not at or below a skipped excluded directory) */
  open: boolean
  /** sent: for its own sake, or bare as the parent of something sent (fsutil's calledFn) */
  sent: boolean
  /** subdirectories as a linked list (no array per directory: there may be 60,000 of them) */
  firstKid: Dir | null
  next: Dir | null
  kidCount: number
  /** subdirectories by path, once there are many */
  byPath: Map<string, Dir> | null
}

/** Whether a[from, to) and b[from, to) hold the same code units (no builtin call per comparison). */
function sameRange(a: string, b: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false
  return true
}

/** Beyond this many subdirectories a directory looks its children up in a map. */
const LINEAR = 16

export function computeContextFlat(cr: CompiledRules, entries: readonly FileEntry[]): ContextResult | null {
  const n = cr.rules.length
  const root: Dir = {
    id: 0,
    path: '',
    parent: null,
    bits: -1,
    excluded: false,
    open: true,
    sent: true,
    firstKid: null,
    next: null,
    kidCount: 0,
    byPath: null,
  }
  const allDirs: Dir[] = []
  let pool = new Uint8Array(Math.max(n, 1) * 1024)
  let poolUsed = 0
  const scratch = new Uint8Array(n)

  const sendUp = (d: Dir | null) => {
    while (d !== null && !d.sent) {
      d.sent = true
      d = d.parent
    }
  }

  // p[0, start) is known to be d's path: a child's path matches p[0, end) when the name part does.
  const childOf = (d: Dir, p: string, start: number, end: number): Dir | undefined => {
    if (d.byPath !== null) return d.byPath.get(p.slice(0, end))
    for (let kid = d.firstKid; kid !== null; kid = kid.next) {
      if (kid.path.length === end && sameRange(kid.path, p, start, end)) return kid
    }
    return undefined
  }

  const newDir = (parent: Dir, p: string, end: number): Dir => {
    if (poolUsed + n > pool.length) {
      const bigger = new Uint8Array(pool.length * 2)
      bigger.set(pool)
      pool = bigger
    }
    const path = p.slice(0, end)
    const bits = poolUsed
    poolUsed += n
    const excluded = matchWithParent(cr, path, parent.bits < 0 ? null : pool, pool, parent.bits, bits)
    const d: Dir = {
      id: allDirs.length + 1,
      path,
      parent,
      bits,
      excluded,
      open: !excluded || !skipsExcludedDir(cr, path),
      sent: !excluded,
      firstKid: null,
      next: parent.firstKid,
      kidCount: 0,
      byPath: null,
    }
    if (!excluded) sendUp(parent)
    parent.firstKid = d
    parent.kidCount++
    if (parent.byPath !== null) parent.byPath.set(path, d)
    else if (parent.kidCount > LINEAR) {
      const m = (parent.byPath = new Map<string, Dir>())
      for (let kid: Dir | null = d; kid !== null; kid = kid.next) m.set(kid.path, kid)
    }
    allDirs.push(d)
    return d
  }

  // The directories of the last path resolved, by depth (chain[0] is the root).
  const chain: Dir[] = [root]
  /**
   * The directory p[0:end) names (end at a '/', or 0 for the root), or the skipped directory it
   * lies in: nothing below a skipped directory is looked at, it stands for all of them.
   */
  const dirAt = (p: string, end: number): Dir => {
    let depth = 0
    let pos = 0
    // Reuse the previous chain as far as it matches.
    while (depth + 1 < chain.length && pos < end) {
      const d = chain[depth + 1]
      const stop = d.path.length
      if (stop > end || (stop < end && p.charCodeAt(stop) !== 47) || !sameRange(d.path, p, pos, stop)) break
      depth++
      pos = stop + 1
    }
    let cur = chain[depth]
    chain.length = depth + 1
    while (pos < end && cur.open) {
      let stop = p.indexOf('/', pos)
      if (stop < 0 || stop > end) stop = end
      cur = childOf(cur, p, pos, stop) ?? newDir(cur, p, stop)
      chain.push(cur)
      pos = stop + 1
    }
    return cur
  }

  const isSent = new Uint8Array(entries.length)
  const sent: string[] = []
  // entries naming a directory ('a/'), with the directory that decides them
  const dirEntries: Dir[] = []
  const dirEntryIndex: number[] = []
  // files tested, with their directory: checked at the end for a directory of the same name
  const visitedIn = new Int32Array(entries.length) // 1 + the directory's id; 0 when not tested
  let fileCount = 0
  let totalBytes = 0
  // The last skipped directory met: entries below it (a skipped node_modules holds 93% of a typical
  // tree) are excluded with one comparison.
  let closed = ''
  let closedLen = -1
  try {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]
      const p = e.path
      const len = p.length
      // lastIndexOf(…, 0) compares at offset 0 only: V8's fastest way to ask startsWith
      if (len > closedLen && p.charCodeAt(closedLen) === 47 && p.lastIndexOf(closed, 0) === 0) continue
      // One pass for the last '/' and for what needs cleaning (an empty or '.' segment): string
      // builtins cost a call each, a scan of code units does not.
      let slash = -1
      for (let k = 0; k < len; k++) {
        if (p.charCodeAt(k) !== 47) continue
        if (k === slash + 1 || (k === slash + 2 && p.charCodeAt(k - 1) === 46)) return null
        slash = k
      }
      if (len === 0 || (len === slash + 2 && p.charCodeAt(len - 1) === 46)) return null
      if (slash === len - 1) {
        dirEntries.push(dirAt(p, slash))
        dirEntryIndex.push(i)
        continue
      }
      const parent = slash < 0 ? root : dirAt(p, slash)
      if (!parent.open) {
        let top = parent
        while (top.parent !== null && !top.parent.open) top = top.parent
        closed = top.path
        closedLen = closed.length
        continue
      }
      visitedIn[i] = parent.id + 1
      if (matchWithParent(cr, p, parent.bits < 0 ? null : pool, scratch, parent.bits, 0)) continue
      sendUp(parent)
      isSent[i] = 1
      sent.push(p)
      fileCount++
      totalBytes += e.size ?? 0
    }
  } catch (err) {
    // Which bad pattern fails first depends on the walk's order: let the tree walk say.
    if (err instanceof DockerignoreError) return null
    throw err
  }
  for (let i = 0; i < entries.length; i++) {
    const v = visitedIn[i]
    if (v === 0) continue
    const parent = v === 1 ? root : allDirs[v - 2]
    if (parent.kidCount === 0) continue
    const p = entries[i].path
    if (childOf(parent, p, parent.path.length === 0 ? 0 : parent.path.length + 1, p.length) !== undefined) return null
  }
  for (const d of allDirs) if (d.sent) sent.push(d.path + '/')
  for (let k = 0; k < dirEntries.length; k++) {
    const d = dirEntries[k]
    const path = entries[dirEntryIndex[k]].path
    if (d.sent && d.path.length === path.length - 1) isSent[dirEntryIndex[k]] = 1
  }
  sortByCodePoint(sent)
  // A repeated file is one node of the walk: not handled here.
  for (let k = 1; k < sent.length; k++) if (sent[k - 1] === sent[k]) return null
  let nIncluded = 0
  for (let i = 0; i < entries.length; i++) nIncluded += isSent[i]
  // Sized up front: growing a 93,000-string list by doubling copies it a dozen times.
  const excluded = new Array<string>(entries.length - nIncluded)
  for (let i = 0, b = 0; i < entries.length; i++) if (!isSent[i]) excluded[b++] = entries[i].path
  let included: string[]
  if (dirEntries.length === 0) {
    // Only files were listed: the entries sent are the sent paths that are not directories, in
    // the same order — no second sort.
    included = new Array<string>(nIncluded)
    for (let k = 0, a = 0; k < sent.length; k++) if (sent[k].charCodeAt(sent[k].length - 1) !== 47) included[a++] = sent[k]
  } else {
    included = []
    for (let i = 0; i < entries.length; i++) if (isSent[i]) included.push(entries[i].path)
    sortByCodePoint(included)
  }
  return { sent, included, excluded, fileCount, totalBytes }
}
