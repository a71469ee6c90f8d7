// BuildKit's context walk (tonistiigi/fsutil filterFS.Walk) over an in-memory tree.
//
// Entries are visited depth-first in name order. An excluded directory is still entered when an
// exception could match inside it (or when some exception is a glob, which defeats the shortcut);
// it is then sent only as a bare parent, just before the first of its descendants that is sent.
// Paths under a skipped directory are never tested, so a bad pattern they would reach never fails.

import { compileRules, matchWithParent, skipsExcludedDir } from '../dockerignore/matcher.ts'
import type { DockerignoreRules } from '../dockerignore/parse.ts'
import { sortedChildren, type Tree, type TreeNode } from './tree.ts'

export type NodeState =
  /** sent for its own sake */
  | 'sent'
  /** excluded, but sent without its other contents because a descendant is re-included */
  | 'parent'
  /** excluded (and not needed as a parent) */
  | 'excluded'
  /** inside a directory BuildKit did not walk into */
  | 'skipped'

export interface WalkResult {
  /** state of every node the walk decided on; nodes missing here were skipped with their directory */
  states: Map<TreeNode, NodeState>
  /** nodes sent, in walk order */
  sent: TreeNode[]
}

interface Frame {
  node: TreeNode
  children: TreeNode[]
  next: number
  bits: Uint8Array | null
  calledFn: boolean
}

/** Sees each visited node with the per-pattern bits patternmatcher computed for it. */
export type NodeVisitor = (node: TreeNode, bits: Uint8Array, excluded: boolean) => void

/**
 * Walks the tree; yields the number of nodes visited so far every `every` nodes. `visit`, when
 * given, sees every node the walk tests (the bits array of a file is reused: copy it to keep it).
 */
export function* walkTree(
  rules: DockerignoreRules,
  tree: Tree,
  every = 4096,
  visit?: NodeVisitor,
): Generator<number, WalkResult> {
  const cr = compileRules(rules)
  const n = cr.rules.length
  const states = new Map<TreeNode, NodeState>()
  const sent: TreeNode[] = []
  const scratch = new Uint8Array(n)
  const stack: Frame[] = [{ node: tree.root, children: sortedChildren(tree.root), next: 0, bits: null, calledFn: true }]
  let visited = 0
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.next >= top.children.length) {
      stack.pop()
      continue
    }
    const node = top.children[top.next++]
    if (++visited % every === 0) yield visited
    const isDir = node.children !== null
    const bits = isDir ? new Uint8Array(n) : scratch
    const excluded = matchWithParent(cr, node.path, top.bits, bits)
    visit?.(node, bits, excluded)
    if (excluded) {
      states.set(node, 'excluded')
      if (isDir && !skipsExcludedDir(cr, node.path)) {
        stack.push({ node, children: sortedChildren(node), next: 0, bits, calledFn: false })
      }
      continue
    }
    // Send the excluded directories above first, bare.
    for (let i = 1; i < stack.length; i++) {
      const f = stack[i]
      if (!f.calledFn) {
        f.calledFn = true
        states.set(f.node, 'parent')
        sent.push(f.node)
      }
    }
    states.set(node, 'sent')
    sent.push(node)
    if (isDir) stack.push({ node, children: sortedChildren(node), next: 0, bits, calledFn: true })
  }
  return { states, sent }
}

/** Runs the walk to completion synchronously. */
export function walkTreeSync(rules: DockerignoreRules, tree: Tree, visit?: NodeVisitor): WalkResult {
  const it = walkTree(rules, tree, Number.MAX_SAFE_INTEGER, visit)
  for (;;) {
    const r = it.next()
    if (r.done) return r.value
  }
}
