// computeContext decides entries one by one in input order (its fast path); computeContextAsync walks
// the tree in BuildKit's order. Whatever the entries — repeated, unsorted, naming a directory, also
// named as a file, needing cleaning, below skipped directories — both must give the same context and
// fail with the same error.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DockerignoreError, parseDockerignore } from '../../src/dockerignore/index.ts'
import { computeContext, computeContextAsync } from '../../src/context/index.ts'
import type { FileEntry } from '../../src/types.ts'

const line = fc.constantFrom(
  'a', 'b', 'a/b', '!a/b', '!a', '*', '!*/b', 'a*', '**/b', '!**/b', '!**/*.k', 'node_modules', '!node_modules/p/x',
  '*/b', 'a/**', '!a/b/c', '[z-a]', 'x\\y*', '!b/*', 'c', '!c/d', '**', 'a/b/', '/a',
)
const ignoreText = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'))
const segment = fc.constantFrom('a', 'b', 'c', 'd', 'x.k', 'a.b', 'a-b', 'node_modules', 'p', 'x', '.', '')
const entries: fc.Arbitrary<FileEntry[]> = fc
  .array(
    fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.nat(50)).map(([segs, dir, size]) => ({
      path: segs.join('/') + (dir ? '/' : ''),
      size,
    })),
    { maxLength: 14 },
  )

async function both(text: string, tree: FileEntry[]): Promise<[unknown, unknown]> {
  const rules = parseDockerignore(text)
  const settle = async (f: () => unknown) => {
    try {
      return await f()
    } catch (e) {
      if (e instanceof DockerignoreError) return { line: e.line, message: e.message }
      throw e
    }
  }
  return [await settle(() => computeContext(rules, tree)), await settle(() => computeContextAsync(rules, tree))]
}

describe('computeContext agrees with the tree walk', () => {
  it('on generated trees', async () => {
    await fc.assert(
      fc.asyncProperty(ignoreText, entries, async (text, tree) => {
        const [fast, walked] = await both(text, tree)
        expect(fast).toEqual(walked)
      }),
      { numRuns: 1500 },
    )
  })
  it.each([
    ['repeated file', 'a', [{ path: 'b/c', size: 1 }, { path: 'b/c', size: 2 }]],
    ['file also named as a directory', 'b\n!b/c', [{ path: 'b', size: 3 }, { path: 'b/c', size: 1 }]],
    ['directory entry and file entry of one name', '', [{ path: 'b', size: 3 }, { path: 'b/', size: 0 }]],
    ['unsorted, interleaved directories', 'a\n!a/b', [{ path: 'a/c/x' }, { path: 'b/x' }, { path: 'a/b/y' }, { path: 'a/c/z' }]],
    ['entries needing cleaning', 'a', [{ path: './a/x' }, { path: '/b' }, { path: 'c//d' }]],
    ['bad patterns met in different orders', 'b\n!b/[z-a]\nx\\y*', [{ path: 'z' }, { path: 'b/q' }]],
    ['below a skipped directory', 'node_modules\n!node_modules/p/x', [{ path: 'node_modules/q/x' }, { path: 'node_modules/p/x' }, { path: 'node_modules/q/' }]],
  ])('%s', async (_name, text, tree) => {
    const [fast, walked] = await both(text, tree)
    expect(fast).toEqual(walked)
  })
})
