// BuildKit's context walk (tonistiigi/fsutil filterFS.Walk) over an in-memory tree.
//
// Entries are visited depth-first in name order. An excluded directory is still entered when an
// exception could match inside it (or when some exception is a glob, which defeats the shortcut);
// it is then sent only as a bare parent, just before the first of its descendants that is sent.
// Paths under a skipped directory are never tested, so a bad pattern they would reach never fails.

import { compileRules, matchWithParent, skipsExcludedDir } from '../dockerignore/matcher.ts'
import type { DockerignoreRules } from '../dockerignore/parse.ts'
import { childrenOf, entriesBelow, entryCount, type Tree, type TreeNode } from './tree.ts'

export type { NodeState } from './tree.ts'

export interface WalkResult {
  /** nodes sent, in walk order; every node reached has its `state` set, the others keep null */
  sent: TreeNode[]
}

/** Sees each visited node with the per-pattern bits patternmatcher computed for it. */
export type NodeVisitor = (node: TreeNode, bits: Uint8Array, excluded: boolean) => void

interface Frame {
  node: TreeNode
  children: TreeNode[]
  next: number
  bits: Uint8Array | null
  calledFn: boolean
}

/**
 * Walks the tree; every `every` decided entries, yields how many input entries are decided so far
 * (visited, or skipped with their directory). `visit`, when given, sees every node the walk tests
 * (the bits array of a file is reused: copy it to keep it).
 */
export function* walkTree(
  rules: DockerignoreRules,
  tree: Tree,
  every = 4096,
  visit?: NodeVisitor,
): Generator<number, WalkResult> {
  const cr = compileRules(rules)
  const n = cr.rules.length
  const sent: TreeNode[] = []
  const scratch = new Uint8Array(n)
  // A directory's bits are needed only while it is on the stack: one buffer per depth suffices.
  const bitsAt: Uint8Array[] = []
  // Frames are reused per depth, like the bits: a walk of 100,000 paths allocates a handful.
  const stack: Frame[] = [{ node: tree.root, children: childrenOf(tree, tree.root), next: 0, bits: null, calledFn: true }]
  const spare: Frame[] = []
  const push = (node: TreeNode, children: TreeNode[], bits: Uint8Array, calledFn: boolean) => {
    const depth = stack.length
    let f = spare[depth]
    if (f === undefined) f = spare[depth] = { node, children, next: 0, bits, calledFn }
    else {
      f.node = node
      f.children = children
      f.next = 0
      f.bits = bits
      f.calledFn = calledFn
    }
    stack.push(f)
  }
  let decided = 0
  let reported = 0
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.next >= top.children.length) {
      stack.pop()
      continue
    }
    const node = top.children[top.next++]
    decided += entryCount(node)
    if (decided - reported >= every) {
      reported = decided
      yield decided
    }
    const isDir = node.dir
    const depth = stack.length
    const bits = isDir ? (bitsAt[depth] ??= new Uint8Array(n)) : scratch
    const excluded = matchWithParent(cr, node.path, top.bits, bits)
    visit?.(node, bits, excluded)
    if (excluded) {
      node.state = 'excluded'
      if (isDir) {
        if (skipsExcludedDir(cr, node.path)) decided += entriesBelow(node) - entryCount(node)
        else push(node, childrenOf(tree, node), bits, false)
      }
      continue
    }
    // Send the excluded directories above first, bare.
    for (let i = 1; i < stack.length; i++) {
      const f = stack[i]
      if (!f.calledFn) {
        f.calledFn = true
        f.node.state = 'parent'
        sent.push(f.node)
      }
    }
    node.state = 'sent'
    sent.push(node)
    if (isDir) push(node, childrenOf(tree, node), bits, true)
  }
  return { sent }
}

/** Runs the walk to completion synchronously. */
export function walkTreeSync(rules: DockerignoreRules, tree: Tree, visit?: NodeVisitor): WalkResult {
  const it = walkTree(rules, tree, Number.MAX_SAFE_INTEGER, visit)
  for (;;) {
    const r = it.next()
    if (r.done) return r.value
  }
}
