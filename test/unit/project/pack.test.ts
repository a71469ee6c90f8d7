import { describe, expect, it } from 'vitest'
import { packFiles, unpackFiles } from '../../../src/project/file-list-pack.ts'
import { buildTree, packTree, unpackTree } from '../../../src/project/tree.ts'
import type { ProjectFile } from '../../../src/share/state.ts'
import type { ContextResult } from '../../../src/types.ts'

const files: ProjectFile[] = [
  { path: 'Dockerfile', content: 'FROM x\n' },
  { path: 'a/b.txt', size: 5 },
  { path: 'a/c/', },
  { path: 'big', size: 2 ** 40, content: 'padded' },
  { path: 'zero', size: 0 },
]

describe('packFiles', () => {
  it('round-trips a file list exactly', () => {
    expect(unpackFiles(packFiles(files))).toEqual(files)
    expect(unpackFiles(packFiles([]))).toEqual([])
  })
})

describe('packTree', () => {
  it('round-trips a tree with states, counts and order', () => {
    const context: ContextResult = {
      sent: ['Dockerfile', 'a/', 'a/b.txt', 'zero'],
      included: ['Dockerfile', 'a/b.txt', 'zero'],
      excluded: ['a/c/', 'big'],
      fileCount: 3,
      totalBytes: 12,
    }
    const tree = buildTree(files, context, ['Dockerfile'])
    expect(unpackTree(packTree(tree))).toEqual(tree)
    const unknown = buildTree(files, null, [])
    expect(unpackTree(packTree(unknown))).toEqual(unknown)
  })
})
