// The file tree a build context is walked over, built lazily from a flat list of entries.
//
// A directory's children are only sorted out when the walk enters it: BuildKit does not walk into
// an excluded directory that no exception can reach, and neither do we, so the 93,000 paths of a
// skipped node_modules cost one comparison each and nothing more. Entries are referred to by index;
// a directory not yet entered keeps the runs of its parent's entry list that lie below it.

import type { FileEntry } from '../types.ts'
import { compareCodePoints } from '../dockerignore/gostd.ts'

export type NodeState =
  /** sent for its own sake */
  | 'sent'
  /** excluded, but sent without its other contents because a descendant is re-included */
  | 'parent'
  /** excluded (and not needed as a parent) */
  | 'excluded'

export interface TreeNode {
  name: string
  /** relative path without a trailing '/' */
  path: string
  dir: boolean
  /** bytes of a file (0 for directories) */
  size: number
  /** index of the input entry naming this node, -1 when it is only implied (or not sorted out yet) */
  entry: number
  /** further input entries naming the same node (a repeated path), rarely any */
  dups: number[] | null
  /** entries below (or naming) this directory, as [start, end) runs of `src`, until sorted out */
  runs: number[] | null
  /** the list `runs` index into; null for the identity list (entry k at position k) */
  src: ArrayLike<number> | null
  /** the children in walk order, once sorted out */
  kids: TreeNode[] | null
  /** what the last walk decided for this node; null when it never reached it (skipped directory) */
  state: NodeState | null
}

export interface Tree {
  root: TreeNode
  entries: readonly FileEntry[]
  /** cleaned paths of the entries that needed cleaning ('./a', '/a', 'a//b'); sparse */
  cleaned: (string | undefined)[] | null
}

/** Whether a path needs cleaning: './', leading, doubled or '.' segments (a trailing '/' is fine). */
export function needsCleaning(p: string): boolean {
  const c0 = p.charCodeAt(0)
  return (
    c0 === 47 ||
    (c0 === 46 && (p.length === 1 || p.charCodeAt(1) === 47)) ||
    p.includes('//') ||
    p.includes('/./') ||
    p.endsWith('/.')
  )
}

/** Removes empty and '.' segments, keeping a trailing '/' (which marks a directory). */
function cleanPath(p: string): string {
  if (!needsCleaning(p)) return p
  const dir = p.endsWith('/') || p.endsWith('/.')
  const body = p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')
  return body === '' ? '' : dir ? body + '/' : body
}

/** Strips what a path may carry that is not part of its name: './', leading and doubled '/'. */
export function normalizeEntryPath(path: string): { path: string; dir: boolean } {
  const c = cleanPath(path)
  const dir = c.endsWith('/')
  return { path: dir ? c.slice(0, -1) : c, dir }
}

export function buildTree(entries: readonly FileEntry[]): Tree {
  const root: TreeNode = {
    name: '',
    path: '',
    dir: true,
    size: 0,
    entry: -1,
    dups: null,
    runs: [0, entries.length],
    src: null,
    kids: null,
    state: null,
  }
  return { root, entries, cleaned: null }
}

function pathOf(tree: Tree, i: number): string {
  const c = tree.cleaned
  if (c !== null) {
    const p = c[i]
    if (p !== undefined) return p
  }
  return tree.entries[i].path
}

/** The children of a directory in the order Go's WalkDir visits them (by name, byte order). */
export function childrenOf(tree: Tree, node: TreeNode): TreeNode[] {
  if (node.kids) return node.kids
  const runs = node.runs
  if (!node.dir || runs === null) return (node.kids = [])
  const offset = node.path === '' ? 0 : node.path.length + 1
  // The positions to scan: one run of the source list is scanned in place (the root's source is
  // the identity, all entries in order); several runs are first flattened into a list of their own,
  // and the children's runs then index into that list.
  let list: ArrayLike<number> | null = node.src
  let from = runs[0]
  let to = runs[1]
  if (runs.length > 2) {
    const flat: number[] = []
    for (let r = 0; r < runs.length; r += 2) {
      for (let k = runs[r]; k < runs[r + 1]; k++) flat.push(list === null ? k : list[k])
    }
    list = flat
    from = 0
    to = flat.length
  }
  const kids: TreeNode[] = []
  // Small directories are searched linearly; a map only pays off for large ones.
  let byName: Map<string, TreeNode> | null = null
  let last: TreeNode | null = null
  let lastLen = -1
  const entries = tree.entries
  for (let k = from; k < to; k++) {
    const i = list === null ? k : list[k]
    let p = tree.cleaned === null ? entries[i].path : pathOf(tree, i)
    // Entries usually come grouped by directory: the previous child, found without slicing.
    if (last !== null && p.startsWith(last.name, offset)) {
      const end = offset + lastLen
      if (p.length > end && p.charCodeAt(end) === 47) {
        last.dir = true
        addRun(last, k)
        continue
      }
      if (p.length === end) {
        ownEntry(last, i, false, entries[i].size)
        continue
      }
    }
    let slash = p.indexOf('/', offset)
    let name = slash < 0 ? p.slice(offset) : p.slice(offset, slash)
    if (name === '' || name === '.') {
      // './a', 'a//b', 'a/./b', or 'a/' naming this directory itself
      if (p.length === offset || (p.length === offset + 1 && name === '.')) {
        if (offset > 0) ownDirEntry(node, i)
        continue
      }
      const c = cleanPath(p)
      if (c === p) continue
      ;(tree.cleaned ??= new Array(entries.length))[i] = c
      p = c
      if (p.length <= offset || (offset > 0 && !p.startsWith(node.path + '/'))) {
        if (p === node.path + '/' && offset > 0) ownDirEntry(node, i)
        continue
      }
      slash = p.indexOf('/', offset)
      name = slash < 0 ? p.slice(offset) : p.slice(offset, slash)
      if (name === '') continue
    }
    let child: TreeNode | undefined
    if (byName) child = byName.get(name)
    else {
      for (const kid of kids) if (kid.name === name) { child = kid; break }
      if (kids.length >= 16) byName = new Map(kids.map((kid) => [kid.name, kid]))
    }
    if (!child) {
      child = {
        name,
        path: offset === 0 ? name : p.slice(0, offset + name.length),
        dir: false,
        size: 0,
        entry: -1,
        dups: null,
        runs: null,
        src: list,
        kids: null,
        state: null,
      }
      kids.push(child)
      byName?.set(name, child)
    }
    last = child
    lastLen = name.length
    if (slash < 0) ownEntry(child, i, false, entries[i].size)
    else {
      child.dir = true
      addRun(child, k)
    }
  }
  node.runs = null
  node.src = null
  for (const kid of kids) if (kid.dir) kid.size = 0
  if (kids.length > 1) kids.sort((a, b) => compareCodePoints(a.name, b.name))
  return (node.kids = kids)
}

/** Records list position k as below `node`, extending its last run when contiguous. */
function addRun(node: TreeNode, k: number): void {
  const runs = (node.runs ??= [])
  const n = runs.length
  if (n > 0 && runs[n - 1] === k) runs[n - 1] = k + 1
  else runs.push(k, k + 1)
}

function ownEntry(node: TreeNode, i: number, dir: boolean, size: number | undefined): void {
  if (node.entry < 0) node.entry = i
  else (node.dups ??= []).push(i)
  if (dir) node.dir = true
  else if (!node.dir) node.size = size ?? 0
}

/** An entry 'a/b/' seen when sorting out 'a/b' itself: it names the directory. */
function ownDirEntry(node: TreeNode, i: number): void {
  ownEntry(node, i, true, 0)
}

/** Number of entries at or below a node that the walk has not reached yet (for progress). */
export function entriesBelow(node: TreeNode): number {
  let n = entryCount(node)
  if (node.runs) for (let r = 0; r < node.runs.length; r += 2) n += node.runs[r + 1] - node.runs[r]
  if (node.kids) for (const k of node.kids) n += entriesBelow(k)
  return n
}

/** Number of input entries naming the node itself. */
export function entryCount(node: TreeNode): number {
  return (node.entry >= 0 ? 1 : 0) + (node.dups?.length ?? 0)
}

/** Every node of the tree, depth first in walk order (sorts out the whole tree). */
export function allNodes(tree: Tree): TreeNode[] {
  const out: TreeNode[] = []
  const stack: TreeNode[] = [tree.root]
  while (stack.length) {
    const node = stack.pop() as TreeNode
    if (node !== tree.root) out.push(node)
    const kids = childrenOf(tree, node)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  return out
}
