import { describe, expect, it } from 'vitest'
import { buildTree, filterTree, humanSize, type TreeNode } from '../../../src/project/tree.ts'
import type { ContextResult } from '../../../src/types.ts'

const files = [
  { path: 'Dockerfile', content: 'FROM x\n' }, // 7 bytes
  { path: 'go.mod', size: 20 },
  { path: 'cmd/a/main.go', size: 100 },
  { path: 'cmd/a/cfg.yaml', size: 10 },
  { path: 'tmp/big', size: 5000 },
  { path: 'empty/' },
]
// as Docker would send for `*` `!cmd/` `!Dockerfile`
const context: ContextResult = {
  sent: ['Dockerfile', 'cmd/', 'cmd/a/', 'cmd/a/cfg.yaml', 'cmd/a/main.go'],
  included: ['Dockerfile', 'cmd/a/main.go', 'cmd/a/cfg.yaml'],
  excluded: ['go.mod', 'tmp/big', 'empty/'],
  fileCount: 3,
  totalBytes: 117,
}

function find(node: TreeNode, path: string): TreeNode | undefined {
  if (node.path === path) return node
  for (const c of node.children) {
    const f = find(c, path)
    if (f) return f
  }
  return undefined
}

describe('buildTree', () => {
  const tree = buildTree(files, context, ['cmd/a/main.go'])
  it('marks files sent, excluded or read, and folders by whether Docker sends them', () => {
    expect(find(tree, 'go.mod')?.state).toBe('excluded')
    expect(find(tree, 'Dockerfile')?.state).toBe('sent')
    expect(find(tree, 'cmd/a/main.go')?.state).toBe('read')
    expect(find(tree, 'cmd/a/cfg.yaml')?.state).toBe('sent')
    expect(find(tree, 'cmd/')?.state).toBe('sent')
    expect(find(tree, 'tmp/')?.state).toBe('excluded')
    expect(find(tree, 'empty/')?.state).toBe('excluded')
  })
  it('counts files and bytes per folder, sent and total', () => {
    expect(tree).toMatchObject({ files: 5, bytes: 5137, sentFiles: 3, sentBytes: 117 })
    expect(find(tree, 'cmd/')).toMatchObject({ files: 2, bytes: 110, sentFiles: 2, sentBytes: 110 })
    expect(find(tree, 'tmp/')).toMatchObject({ files: 1, bytes: 5000, sentFiles: 0, sentBytes: 0 })
  })
  it('lists folders first, then files, by code point', () => {
    expect(tree.children.map((c) => c.name)).toEqual(['cmd', 'empty', 'tmp', 'Dockerfile', 'go.mod'])
  })
  it('treats a read folder as reading every file under it', () => {
    const t = buildTree(files, context, ['cmd/'])
    expect(find(t, 'cmd/a/cfg.yaml')?.state).toBe('read')
  })
  it('says unknown when there is no context', () => {
    const t = buildTree(files, null, [])
    expect(find(t, 'go.mod')?.state).toBe('unknown')
    expect(find(t, 'cmd/')?.state).toBe('unknown')
  })
})

describe('filterTree', () => {
  const tree = buildTree(files, context, ['cmd/a/main.go'])
  const leaves = (n: TreeNode | null): string[] => (n ? (n.children.length ? n.children.flatMap(leaves) : [n.path]) : [])
  it.each([
    ['excluded', '', ['empty/', 'tmp/big', 'go.mod']],
    ['read', '', ['cmd/a/main.go']],
    ['sent', '', ['cmd/a/cfg.yaml', 'cmd/a/main.go', 'Dockerfile']],
    ['all', 'yaml', ['cmd/a/cfg.yaml']],
    ['excluded', 'go', ['go.mod']],
  ] as const)('%s %j', (filter, query, expected) => {
    expect(leaves(filterTree(tree, filter, query))).toEqual(expected)
  })
})

describe('humanSize', () => {
  it.each([
    [0, '0B'],
    [523, '523B'],
    [2048, '2.048kB'],
    [12_345_678, '12.35MB'],
    [1_000_000, '1MB'],
  ])('%d → %s', (n, s) => expect(humanSize(n)).toBe(s))
})
