// The file tree a build context is walked over, built lazily from a flat list of entries.
//
// A directory's children are only sorted out when the walk enters it: BuildKit does not walk into
// an excluded directory that no exception can reach, and neither do we, so the 93,000 paths of a
// skipped node_modules cost one scan of their first segment and nothing more.

import type { FileEntry } from '../types.ts'
import { compareCodePoints } from '../dockerignore/gostd.ts'

export interface TreeNode {
  name: string
  /** relative path without a trailing '/' */
  path: string
  dir: boolean
  /** bytes of a file (0 for directories) */
  size: number
  /** index of the input entry naming this node, -1 when the directory is only implied */
  entry: number
  /** further input entries naming the same node (a repeated path), rarely any */
  dups: number[] | null
  /** entries strictly below this directory whose children are not sorted out yet */
  pending: number[] | null
  /** the children in walk order, once sorted out */
  kids: TreeNode[] | null
  /** what the last walk decided for this node; null when it never reached it (skipped directory) */
  state: NodeState | null
}

export type NodeState =
  /** sent for its own sake */
  | 'sent'
  /** excluded, but sent without its other contents because a descendant is re-included */
  | 'parent'
  /** excluded (and not needed as a parent) */
  | 'excluded'

export interface Tree {
  root: TreeNode
  /** normalized entry paths, without trailing '/' ('' for an entry that names nothing) */
  paths: string[]
  /** 1 where the entry was given as a directory (trailing '/') */
  dirFlags: Uint8Array
  sizes: number[]
}

/** Whether a path (without its trailing '/') needs cleaning: './', leading or doubled '/'. */
function needsCleaning(p: string): boolean {
  const c0 = p.charCodeAt(0)
  return (
    c0 === 47 ||
    (c0 === 46 && (p.length === 1 || p.charCodeAt(1) === 47)) ||
    p.includes('//') ||
    p.includes('/./') ||
    p.endsWith('/.') ||
    p.endsWith('/')
  )
}

function cleanPath(p: string): string {
  if (!needsCleaning(p)) return p
  return p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')
}

/** Strips what a path may carry that is not part of its name: './', leading and doubled '/'. */
export function normalizeEntryPath(path: string): { path: string; dir: boolean } {
  const dir = path.endsWith('/')
  return { path: cleanPath(dir ? path.slice(0, -1) : path), dir }
}

export function buildTree(entries: readonly FileEntry[]): Tree {
  const n = entries.length
  const paths = new Array<string>(n)
  const dirFlags = new Uint8Array(n)
  const sizes = new Array<number>(n)
  const pending: number[] = []
  for (let i = 0; i < n; i++) {
    const raw = entries[i].path
    const dir = raw.charCodeAt(raw.length - 1) === 47
    const path = cleanPath(dir ? raw.slice(0, -1) : raw)
    paths[i] = path
    dirFlags[i] = dir ? 1 : 0
    sizes[i] = entries[i].size ?? 0
    if (path !== '') pending.push(i)
  }
  const root: TreeNode = { name: '', path: '', dir: true, size: 0, entry: -1, dups: null, pending, kids: null, state: null }
  return { root, paths, dirFlags, sizes }
}

/** The children of a directory in the order Go's WalkDir visits them (by name, byte order). */
export function childrenOf(tree: Tree, node: TreeNode): TreeNode[] {
  if (node.kids) return node.kids
  if (!node.dir || node.pending === null) return (node.kids = [])
  const offset = node.path === '' ? 0 : node.path.length + 1
  const kids: TreeNode[] = []
  // Small directories are searched linearly; a map only pays off for large ones.
  let byName: Map<string, TreeNode> | null = null
  const { paths, dirFlags, sizes } = tree
  let last: TreeNode | null = null
  for (const i of node.pending) {
    const p = paths[i]
    const slash = p.indexOf('/', offset)
    let child: TreeNode | undefined
    // Entries usually come grouped by directory: reuse the previous child without slicing.
    if (
      last !== null &&
      (slash < 0 ? p.length - offset === last.name.length : slash - offset === last.name.length) &&
      p.startsWith(last.name, offset)
    ) {
      child = last
    } else {
      const name = slash < 0 ? p.slice(offset) : p.slice(offset, slash)
      if (byName) child = byName.get(name)
      else {
        for (const k of kids) if (k.name === name) { child = k; break }
        if (kids.length >= 16) byName = new Map(kids.map((k) => [k.name, k]))
      }
      if (!child) {
        child = { name, path: offset === 0 ? name : p.slice(0, offset + name.length), dir: false, size: 0, entry: -1, dups: null, pending: null, kids: null, state: null }
        kids.push(child)
        byName?.set(name, child)
      }
      last = child
    }
    if (slash < 0) {
      if (child.entry < 0) child.entry = i
      else (child.dups ??= []).push(i)
      if (dirFlags[i]) child.dir = true
      else child.size = sizes[i]
    } else {
      child.dir = true
      ;(child.pending ??= []).push(i)
    }
  }
  node.pending = null
  for (const k of kids) if (k.dir) k.size = 0
  kids.sort((a, b) => compareCodePoints(a.name, b.name))
  return (node.kids = kids)
}

/** Number of entries at or below a node that the walk has not reached yet (for progress). */
export function entriesBelow(node: TreeNode): number {
  if (node.kids === null) return entryCount(node) + (node.pending?.length ?? 0)
  let n = entryCount(node)
  for (const k of node.kids) n += entriesBelow(k)
  return n
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

/** Number of input entries naming the node itself. */
export function entryCount(node: TreeNode): number {
  return (node.entry >= 0 ? 1 : 0) + (node.dups?.length ?? 0)
}
