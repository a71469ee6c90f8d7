// `npm run bench`: parseDockerignore + computeContext on a generated ~100,000-path tree shaped like
// a real repository (93% under node_modules, a .git/, src/, 20 patterns), in two scenarios:
//   plain   – exceptions are plain paths, so BuildKit skips excluded directories;
//   glob    – the same plus `!**/*.keep`, which forces the walk into every excluded directory.
// Beside it, the two npm libraries filtering the same paths in the same process (they answer a
// different, non-Docker question, but it is the work a preview built on them would do).
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import ignore from 'ignore'
import balena from '@balena/dockerignore'
import { parseDockerignore } from '../src/dockerignore/index.ts'
import { computeContext } from '../src/context/index.ts'
import type { FileEntry } from '../src/types.ts'

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same tree. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateTree(total = 100_000, seed = 42): FileEntry[] {
  const r = rng(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]
  const out: FileEntry[] = []
  const add = (path: string) => out.push({ path, size: Math.floor(r() * 20_000) })
  const exts = ['js', 'js', 'js', 'ts', 'json', 'md', 'map', 'd.ts', 'cjs', 'mjs']
  const words = ['lib', 'dist', 'src', 'esm', 'cjs', 'utils', 'core', 'internal', 'types', 'test', 'build', 'helpers']
  // node_modules: 93% of the paths, packages with nested folders and some nested node_modules
  const nm = Math.round(total * 0.93)
  let pkg = 0
  while (out.length < nm) {
    const name = `pkg-${pkg++}`
    const base = r() < 0.15 ? `node_modules/@scope${pkg % 40}/${name}` : `node_modules/${name}`
    const files = 5 + Math.floor(r() * 60)
    for (let i = 0; i < files && out.length < nm; i++) {
      const depth = Math.floor(r() * 3)
      const dirs = Array.from({ length: depth }, () => pick(words)).join('/')
      const nested = r() < 0.05 ? `node_modules/dep${i % 7}/` : ''
      const file = `${pick(words)}${i}.${pick(exts)}`
      add(`${base}/${nested}${dirs ? dirs + '/' : ''}${file}`)
    }
    add(`${base}/package.json`)
  }
  // .git: objects, refs, logs
  for (let i = 0; i < total * 0.03; i++) {
    const h = Math.floor(r() * 0xffffff).toString(16).padStart(6, '0')
    add(`.git/objects/${h.slice(0, 2)}/${h.slice(2)}${i}`)
  }
  add('.git/HEAD')
  add('.git/config')
  add('.git/refs/heads/main')
  // src and the rest of a repository
  while (out.length < total - 200) {
    const area = pick(['src', 'src', 'src', 'test', 'docs', 'scripts', 'src/components', 'src/api'])
    const ext = pick(['ts', 'ts', 'tsx', 'test.ts', 'css', 'md', 'json', 'log', 'keep'])
    add(`${area}/${pick(words)}/${pick(words)}${out.length}.${ext}`)
  }
  for (const f of ['README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'Dockerfile', '.dockerignore',
    '.env', '.env.local', 'docker-compose.yml', 'src/keep/important.txt', 'coverage/lcov.info', 'dist/app.js', 'tmp/x.log']) add(f)
  while (out.length < total) add(`misc/file${out.length}.txt`)
  return out
}

export const PATTERNS_PLAIN = [
  'node_modules',
  '.git',
  '**/*.log',
  '**/.DS_Store',
  'dist',
  'build',
  'coverage',
  '.env',
  '.env.*',
  '*.md',
  '!README.md',
  '**/__tests__',
  '**/*.test.ts',
  'tmp',
  '.cache',
  '.vscode',
  '.idea',
  'docker-compose*.yml',
  'docs',
  '!node_modules/pkg-1/package.json',
].join('\n')

export const PATTERNS_GLOB = PATTERNS_PLAIN + '\n!**/*.keep'

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Median wall time and median CPU time (this process, all threads) of `runs` calls, in ms. */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < 3; i++) fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    fn()
    wall.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

const fmt = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(1)} ms (cpu ${t.cpu.toFixed(1)})`

export async function run(): Promise<void> {
  const entries = generateTree()
  const paths = entries.map((e) => e.path)
  const underNm = paths.filter((p) => p.startsWith('node_modules/')).length
  console.log(
    `context bench: ${paths.length} paths (${((underNm / paths.length) * 100).toFixed(0)}% under node_modules), ` +
      `median of 15 runs, load average ${loadavg()[0].toFixed(1)} (timings on a busy machine run slower)`,
  )
  const rows: string[][] = [['scenario', 'engine (Docker-exact)', 'ignore', '@balena/dockerignore', 'sent files']]
  for (const [name, text] of [
    ['plain-path exceptions', PATTERNS_PLAIN],
    ['+ !**/*.keep', PATTERNS_GLOB],
  ] as const) {
    let files = 0
    const ours = time(() => {
      files = computeContext(parseDockerignore(text), entries).fileCount
    }, 15)
    const ig = time(() => ignore().add(text).filter(paths), 15)
    const bal = time(() => balena().add(text.split('\n')).filter(paths), 15)
    rows.push([name, fmt(ours), fmt(ig), fmt(bal), String(files)])
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
  for (const r of rows) console.log('  ' + r.map((cell, c) => cell.padEnd(widths[c])).join('  '))
}
