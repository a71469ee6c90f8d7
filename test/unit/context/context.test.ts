import { describe, expect, it } from 'vitest'
import { parseDockerignore } from '../../../src/dockerignore/index.ts'
import { sortByCodePoint } from '../../../src/dockerignore/gostd.ts'
import {
  computeContext,
  computeContextAsync,
  contextStats,
  estimateTransferBytes,
  formatTransferSize,
  pickIgnoreFile,
} from '../../../src/context/index.ts'

describe('computeContext result', () => {
  const entries = [
    { path: 'src/main.ts', size: 100 },
    { path: 'src/util.ts', size: 50 },
    { path: 'node_modules/x/index.js', size: 1000 },
    { path: 'empty/' },
    { path: 'README.md', size: 7 },
  ]
  const result = computeContext(parseDockerignore('node_modules\n*.md'), entries)
  it('lists sent paths sorted, directories with a slash', () =>
    expect(result.sent).toEqual(['empty/', 'src/', 'src/main.ts', 'src/util.ts']))
  it('splits the input entries', () => {
    expect(result.included).toEqual(['empty/', 'src/main.ts', 'src/util.ts'])
    expect(result.excluded).toEqual(['node_modules/x/index.js', 'README.md'])
  })
  it('counts files and bytes sent', () => {
    expect(result.fileCount).toBe(2)
    expect(result.totalBytes).toBe(150)
  })
  it('sorts by code point, not UTF-16 unit', () => {
    // U+FF41 (fullwidth a) sorts before U+1F600 in code point order, after it in UTF-16 order
    expect(computeContext(parseDockerignore(''), [{ path: '😀' }, { path: 'ａ' }]).sent).toEqual(['ａ', '😀'])
  })
})

describe('computeContextAsync', () => {
  const entries = Array.from({ length: 20_000 }, (_, i) => ({ path: `d${i % 50}/f${i}.txt`, size: 1 }))
  const rules = parseDockerignore('d1*\n!d12/f12.txt')
  it('gives the same result and reports progress', async () => {
    const seen: number[] = []
    const result = await computeContextAsync(rules, entries, { chunkSize: 1000, onProgress: (n) => seen.push(n) })
    expect(result).toEqual(computeContext(rules, entries))
    expect(seen.length).toBeGreaterThan(2)
    expect(seen[seen.length - 1]).toBe(20_000)
  })
  it('can be cancelled', async () => {
    const ctrl = new AbortController()
    const p = computeContextAsync(rules, entries, { chunkSize: 500, signal: ctrl.signal, onProgress: () => ctrl.abort() })
    await expect(p).rejects.toThrow()
  })
})

describe('pickIgnoreFile (BuildKit: <Dockerfile>.dockerignore replaces .dockerignore)', () => {
  it.each([
    [['.dockerignore', 'Dockerfile'], 'Dockerfile', '.dockerignore', 'root'],
    [['.dockerignore', 'app.Dockerfile', 'app.Dockerfile.dockerignore'], 'app.Dockerfile', 'app.Dockerfile.dockerignore', 'dockerfile'],
    [['.dockerignore', 'Dockerfile.dockerignore'], 'Dockerfile', 'Dockerfile.dockerignore', 'dockerfile'],
    [['build/x.Dockerfile', 'build/x.Dockerfile.dockerignore', '.dockerignore'], 'build/x.Dockerfile', 'build/x.Dockerfile.dockerignore', 'dockerfile'],
    [['x.Dockerfile.dockerignore', '.dockerignore'], 'build/x.Dockerfile', '.dockerignore', 'root'],
    [['sub/.dockerignore'], 'Dockerfile', null, 'none'],
  ])('%j with -f %s → %s', (paths, df, want, kind) => {
    const pick = pickIgnoreFile(paths, df)
    expect(pick.path).toBe(want)
    expect(pick.kind).toBe(kind)
  })
  it('names the files that have no effect', () =>
    expect(pickIgnoreFile(['.dockerignore', 'a.Dockerfile.dockerignore', 'sub/.dockerignore'], 'a.Dockerfile').ignored).toEqual([
      '.dockerignore',
      'sub/.dockerignore',
    ]))
})

describe('formatTransferSize (BuildKit progress: %.2f of units.Bytes)', () => {
  it.each([
    [0, '0B'],
    [34, '34B'],
    [999, '999B'],
    [1000, '1.00kB'],
    [1234, '1.23kB'],
    [1125, '1.12kB'], // exact tie rounds to even, as Go's big.Float
    [1375, '1.38kB'],
    [12_300_000, '12.30MB'],
    [2_080_000_000, '2.08GB'],
  ])('%i → %s', (n, want) => expect(formatTransferSize(n)).toBe(want))
})

describe('estimateTransferBytes (fsutil counts the protobuf size of each packet)', () => {
  it('one 5-byte file: a 20-byte STAT packet and a 9-byte DATA packet', () =>
    expect(estimateTransferBytes(['a'], () => 5)).toBe(29))
  it('a directory and a 40,000-byte file read in two 32 KiB chunks', () =>
    // STAT d/ 24 + STAT d/f 24 + DATA 32,776 + DATA 7,239
    expect(estimateTransferBytes(['d/', 'd/f'], () => 40_000)).toBe(40_063))
})

describe('contextStats', () => {
  const entries = [
    { path: 'a/big.bin', size: 5000 },
    { path: 'a/small.txt', size: 10 },
    { path: 'b/c/x', size: 300 },
    { path: 'skip/y', size: 99999 },
  ]
  const result = computeContext(parseDockerignore('skip'), entries)
  const stats = contextStats(entries, result, 2)
  it('totals and the transfer line', () => {
    expect([stats.files, stats.bytes, stats.totalFiles, stats.totalBytes]).toEqual([3, 5310, 4, 105309])
    // 5,310 file bytes plus six STAT packets and three DATA packets (computed by hand below)
    expect(stats.transferBytes).toBe(5488)
    expect(stats.transferring).toBe('transferring context: 5.49kB')
  })
  it('largest entries', () => {
    expect(stats.largestFiles).toEqual([
      { path: 'a/big.bin', size: 5000 },
      { path: 'b/c/x', size: 300 },
    ])
    expect(stats.largestDirs).toEqual([
      { path: 'a', bytes: 5010, files: 2 },
      { path: 'b', bytes: 300, files: 1 },
    ])
  })
  it('per-folder totals', () => {
    expect(stats.dirs.get('skip')).toEqual({ path: 'skip', files: 1, bytes: 99999, sentFiles: 0, sentBytes: 0 })
    expect(stats.dirs.get('b/c')).toEqual({ path: 'b/c', files: 1, bytes: 300, sentFiles: 1, sentBytes: 300 })
    expect(stats.dirs.get('')?.sentBytes).toBe(5310)
  })
})

describe('code point order', () => {
  it.each([
    [['b', 'a/', 'a-b', 'a/x'], ['a-b', 'a/', 'a/x', 'b']],
    [['😀', 'ａ', 'z'], ['z', 'ａ', '😀']],
    [['é', 'e', 'E'], ['E', 'e', 'é']],
  ])('%j', (xs, want) => expect(sortByCodePoint([...xs])).toEqual(want))
})
