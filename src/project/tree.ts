// The project as a folder tree for the context panel: each entry sent, excluded or read by the build,
// with per-folder counts and sizes. Folders that only exist through their files are made explicit.
import type { ProjectFile } from '../share/state.ts'
import type { ContextResult } from '../types.ts'
import { fileSize } from './files.ts'

/** 'unknown' when the context could not be computed (an error in the ignore file). */
export type EntryState = 'sent' | 'excluded' | 'read' | 'unknown'

export interface TreeNode {
  name: string
  /** project path; folders end in '/' */
  path: string
  dir: boolean
  state: EntryState
  /** a file's size; a folder's total of its files */
  bytes: number
  /** folders: files under it, and those of them that are sent (read counts as sent) */
  files: number
  sentFiles: number
  sentBytes: number
  children: TreeNode[]
}

export type TreeFilter = 'all' | 'sent' | 'excluded' | 'read'

function isRead(path: string, read: ReadonlySet<string>): boolean {
  if (read.has(path) || read.has('.') || read.has('')) return true
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    if (read.has(path.slice(0, i + 1)) || read.has(path.slice(0, i))) return true
  }
  return false
}

export function buildTree(files: readonly ProjectFile[], context: ContextResult | null, readPaths: readonly string[]): TreeNode {
  const root: TreeNode = { name: '', path: '', dir: true, state: 'sent', bytes: 0, files: 0, sentFiles: 0, sentBytes: 0, children: [] }
  const dirs = new Map<string, TreeNode>([['', root]])
  const sent = context ? new Set(context.sent) : null
  const excluded = context ? new Set(context.excluded) : null
  const read = new Set(readPaths)

  function dirNode(path: string): TreeNode {
    let node = dirs.get(path)
    if (node) return node
    const parentPath = path.slice(0, path.lastIndexOf('/', path.length - 2) + 1)
    const parent = dirNode(parentPath)
    const name = path.slice(parentPath.length, -1)
    const state: EntryState = sent === null ? 'unknown' : sent.has(path) ? 'sent' : 'excluded'
    node = { name, path, dir: true, state, bytes: 0, files: 0, sentFiles: 0, sentBytes: 0, children: [] }
    dirs.set(path, node)
    parent.children.push(node)
    return node
  }

  for (const f of files) {
    if (f.path.endsWith('/')) {
      dirNode(f.path)
      continue
    }
    const cut = f.path.lastIndexOf('/') + 1
    const parent = dirNode(f.path.slice(0, cut))
    const bytes = fileSize(f)
    const state: EntryState = excluded === null ? 'unknown' : excluded.has(f.path) ? 'excluded' : isRead(f.path, read) ? 'read' : 'sent'
    parent.children.push({ name: f.path.slice(cut), path: f.path, dir: false, state, bytes, files: 1, sentFiles: 0, sentBytes: 0, children: [] })
  }

  // totals bottom-up, children sorted folders first then by code point (as Docker lists them)
  function finish(node: TreeNode): void {
    node.children.sort((a, b) => (a.dir !== b.dir ? (a.dir ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const c of node.children) {
      if (c.dir) finish(c)
      else if (c.state === 'sent' || c.state === 'read') {
        c.sentFiles = 1
        c.sentBytes = c.bytes
      }
      node.bytes += c.bytes
      node.files += c.files
      node.sentFiles += c.sentFiles
      node.sentBytes += c.sentBytes
    }
  }
  finish(root)
  return root
}

/** Keep entries in the filter's state and the folders leading to them; `query` keeps paths containing it. */
export function filterTree(node: TreeNode, filter: TreeFilter, query = ''): TreeNode | null {
  const q = query.trim().toLowerCase()
  if (filter === 'all' && q === '') return node
  const children: TreeNode[] = []
  for (const c of node.children) {
    const kept = filterTree(c, filter, query)
    if (kept) children.push(kept)
  }
  const own = (filter === 'all' || node.state === filter || (filter === 'sent' && node.state === 'read')) &&
    (q === '' || node.path.toLowerCase().includes(q))
  if (node.path !== '' && children.length === 0 && (node.dir || !own)) {
    // an empty folder matches by itself; a folder with children only through them
    if (!(node.dir && node.children.length === 0 && own)) return null
  }
  return { ...node, children }
}

/** Docker's way of printing the context size in `transferring context: 12.3MB` (base 1000, like go-units). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let v = bytes
  let i = 0
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000
    i++
  }
  // go-units HumanSize: 4 significant digits, trailing zeros dropped
  const text = i === 0 ? String(v) : String(Number(v.toPrecision(4)))
  return text + units[i]
}

/**
 * A tree as flat columns, depth-first: cheap to copy between a worker and the page (one string and a few
 * typed arrays instead of 200,000 objects to serialise one by one).
 */
export interface PackedTree {
  /** names joined by '\0', in depth-first order (the root's empty name first) */
  names: string
  /** index of each node's parent (-1 for the root) */
  parent: Int32Array
  /** bit 0: directory; bits 1-2: state */
  flags: Uint8Array
  bytes: Float64Array
  files: Float64Array
  sentFiles: Float64Array
  sentBytes: Float64Array
}

const STATES: EntryState[] = ['sent', 'excluded', 'read', 'unknown']

export function packTree(root: TreeNode): PackedTree {
  const nodes: TreeNode[] = []
  const parents: number[] = []
  const stack: [TreeNode, number][] = [[root, -1]]
  while (stack.length) {
    const [n, p] = stack.pop()!
    const i = nodes.length
    nodes.push(n)
    parents.push(p)
    for (let c = n.children.length - 1; c >= 0; c--) stack.push([n.children[c], i])
  }
  const count = nodes.length
  const packed: PackedTree = {
    names: nodes.map((n) => n.name).join('\0'),
    parent: Int32Array.from(parents),
    flags: new Uint8Array(count),
    bytes: new Float64Array(count),
    files: new Float64Array(count),
    sentFiles: new Float64Array(count),
    sentBytes: new Float64Array(count),
  }
  nodes.forEach((n, i) => {
    packed.flags[i] = (n.dir ? 1 : 0) | (STATES.indexOf(n.state) << 1)
    packed.bytes[i] = n.bytes
    packed.files[i] = n.files
    packed.sentFiles[i] = n.sentFiles
    packed.sentBytes[i] = n.sentBytes
  })
  return packed
}

export function unpackTree(p: PackedTree): TreeNode {
  const names = p.names.split('\0')
  const nodes: TreeNode[] = new Array(names.length)
  for (let i = 0; i < names.length; i++) {
    const dir = (p.flags[i] & 1) === 1
    const parent = p.parent[i] >= 0 ? nodes[p.parent[i]] : null
    const path = parent ? parent.path + names[i] + (dir ? '/' : '') : ''
    const node: TreeNode = {
      name: names[i],
      path,
      dir,
      state: STATES[(p.flags[i] >> 1) & 3],
      bytes: p.bytes[i],
      files: p.files[i],
      sentFiles: p.sentFiles[i],
      sentBytes: p.sentBytes[i],
      children: [],
    }
    nodes[i] = node
    parent?.children.push(node)
  }
  return nodes[0]
}

/** The buffers of a packed tree, to transfer rather than copy. */
export function packedTreeBuffers(p: PackedTree): ArrayBuffer[] {
  return [p.parent, p.flags, p.bytes, p.files, p.sentFiles, p.sentBytes].map((a) => a.buffer as ArrayBuffer)
}
