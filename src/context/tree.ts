// The file tree a build context is walked over, built from a flat list of entries.

import type { FileEntry } from '../types.ts'
import { compareCodePoints } from '../dockerignore/gostd.ts'

export interface TreeNode {
  name: string
  /** relative path without a trailing '/' */
  path: string
  /** null for a file */
  children: Map<string, TreeNode> | null
  size: number
  /** index of the input entry naming this node, or -1 when it is only implied */
  entry: number
}

export interface Tree {
  root: TreeNode
  /** number of nodes, the root excluded (files and directories, implied ones included) */
  count: number
}

/** Strips what a path may carry that is not part of its name: './', leading and doubled '/'. */
export function normalizeEntryPath(path: string): { path: string; dir: boolean } {
  const dir = path.endsWith('/')
  const parts = path.split('/').filter((s) => s !== '' && s !== '.')
  return { path: parts.join('/'), dir }
}

export function buildTree(entries: readonly FileEntry[]): Tree {
  const root: TreeNode = { name: '', path: '', children: new Map(), size: 0, entry: -1 }
  let count = 0
  for (let i = 0; i < entries.length; i++) {
    const { path, dir } = normalizeEntryPath(entries[i].path)
    if (path === '') continue
    const parts = path.split('/')
    let node = root
    for (let k = 0; k < parts.length; k++) {
      const last = k === parts.length - 1
      const name = parts[k]
      // A node named as a file that turns out to have children is a directory.
      if (node.children === null) node.children = new Map()
      let child = node.children.get(name)
      if (!child) {
        child = {
          name,
          path: k === 0 ? name : node.path + '/' + name,
          children: last && !dir ? null : new Map(),
          size: 0,
          entry: -1,
        }
        node.children.set(name, child)
        count++
      }
      if (last) {
        if (dir && child.children === null) child.children = new Map()
        if (!dir) child.size = entries[i].size ?? 0
        if (child.entry < 0) child.entry = i
      }
      node = child
    }
  }
  return { root, count }
}

/** A directory's children in the order Go's WalkDir visits them (by name, byte order). */
export function sortedChildren(node: TreeNode): TreeNode[] {
  if (node.children === null) return []
  return [...node.children.values()].sort((a, b) => compareCodePoints(a.name, b.name))
}
