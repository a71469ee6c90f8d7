// `dockerctx [DIR] [-f Dockerfile] [--json] [--explain PATH] [--tree]`: the context engine on a real
// folder. Prints what BuildKit would send for `COPY . .`, using the ignore file BuildKit would pick.

import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DockerignoreError, explainPath, parseDockerignore, type DockerignoreRules } from '../dockerignore/index.ts'
import { checkDockerignore, computeContext, contextStats, formatTransferSize, pickIgnoreFile } from '../context/index.ts'
import type { ContextResult, Diagnostic } from '../types.ts'
import { readFolder } from './read-folder.ts'

export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
}

interface Options {
  dir: string
  dockerfile: string
  json: boolean
  explain: string | null
  tree: boolean
}

const USAGE = `usage: dockerctx [DIR] [-f|--file Dockerfile] [--json] [--explain PATH] [--tree]

Shows the build context BuildKit sends for DIR (default: .) with its .dockerignore:
totals, the largest entries and the .dockerignore diagnostics.
  -f, --file PATH   Dockerfile path relative to DIR (picks PATH.dockerignore when present)
  --json            print the result as JSON
  --explain PATH    print why PATH is sent or excluded: every rule that matched, in order
  --tree            print the tree of sent paths`

function parseArgs(argv: string[]): Options | string {
  const o: Options = { dir: '.', dockerfile: 'Dockerfile', json: false, explain: null, tree: false }
  let dirSet = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    try {
      if (a === '-f' || a === '--file') o.dockerfile = value()
      else if (a.startsWith('--file=')) o.dockerfile = a.slice(7)
      else if (a === '--json') o.json = true
      else if (a === '--explain') o.explain = value()
      else if (a.startsWith('--explain=')) o.explain = a.slice(10)
      else if (a === '--tree') o.tree = true
      else if (a === '-h' || a === '--help') return USAGE
      else if (a.startsWith('-')) return `unknown option ${a}\n${USAGE}`
      else if (!dirSet) {
        o.dir = a
        dirSet = true
      } else return `unexpected argument ${a}\n${USAGE}`
    } catch (e) {
      return `${(e as Error).message}\n${USAGE}`
    }
  }
  return o
}

function treeLines(sent: string[]): string[] {
  return sent.map((p) => {
    const parts = p.replace(/\/$/, '').split('/')
    return '  '.repeat(parts.length - 1) + parts[parts.length - 1] + (p.endsWith('/') ? '/' : '')
  })
}

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}: ${d.severity}: ${d.message} [${d.rule}]`
}

/** Runs the command; returns the exit status (0 ok, 1 bad .dockerignore, 2 usage or I/O error). */
export function main(argv: string[], io: CliIO): number {
  const parsed = parseArgs(argv)
  if (typeof parsed === 'string') {
    ;(parsed === USAGE ? io.out : io.err)(parsed)
    return parsed === USAGE ? 0 : 2
  }
  const o = parsed
  const root = resolve(o.dir)
  let entries
  try {
    entries = readFolder(root)
  } catch (e) {
    io.err(`dockerctx: cannot read ${o.dir}: ${(e as Error).message}`)
    return 2
  }
  const pick = pickIgnoreFile(
    entries.map((e) => e.path),
    o.dockerfile,
  )
  let text = ''
  if (pick.path) {
    // Keep a byte-order mark: Docker strips it from the first line only.
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(root, pick.path)))
  }
  const where = pick.path ?? '.dockerignore'
  let rules: DockerignoreRules
  let result: ContextResult
  try {
    rules = parseDockerignore(text)
    result = computeContext(rules, entries)
  } catch (e) {
    if (e instanceof DockerignoreError) {
      if (o.json) io.out(JSON.stringify({ ignoreFile: pick.path, error: { line: e.line, message: e.message } }, null, 2))
      io.err(`${where}:${e.line}: ${e.message}`)
      return 1
    }
    throw e
  }

  if (o.explain !== null) {
    const target = o.explain.replace(/^\.\//, '')
    const ex = explainPath(rules, target)
    if (o.json) {
      io.out(JSON.stringify({ ignoreFile: pick.path, path: target, ...ex }, null, 2))
      return 0
    }
    io.out(`${target}: ${ex.excluded ? 'excluded' : 'sent'}${pick.path ? ` (${pick.path})` : ' (no .dockerignore)'}`)
    if (ex.trace.length === 0) io.out('  no pattern matches it')
    for (const t of ex.trace) io.out(`  line ${t.line}: ${t.negated ? '!' : ''}${t.pattern}${t.negated ? '  (exception)' : ''}`)
    if (ex.skippedAt) io.out(`  BuildKit does not walk into ${ex.skippedAt}/: no exception can match inside it`)
    return 0
  }

  const stats = contextStats(entries, result)
  const diagnostics = checkDockerignore(rules, entries, result)
  const included = new Set(result.included)
  const symlinks = entries.filter((e) => e.symlink && included.has(e.path)).map((e) => e.path)
  if (o.json) {
    io.out(
      JSON.stringify(
        {
          ignoreFile: pick.path,
          ignoredIgnoreFiles: pick.ignored,
          patterns: rules.patterns,
          fileCount: result.fileCount,
          totalBytes: result.totalBytes,
          transferring: stats.transferring,
          largestFiles: stats.largestFiles,
          largestDirs: stats.largestDirs,
          symlinks,
          sent: result.sent,
          excluded: result.excluded,
          diagnostics,
        },
        null,
        2,
      ),
    )
    return 0
  }
  io.out(`context: ${root}`)
  io.out(`ignore file: ${pick.path ?? 'none'}${pick.ignored.length ? ` (no effect: ${pick.ignored.join(', ')})` : ''}`)
  io.out(`sent: ${result.fileCount} of ${stats.totalFiles} files, ${formatTransferSize(result.totalBytes)} of ${formatTransferSize(stats.totalBytes)}`)
  io.out(stats.transferring)
  if (symlinks.length) io.out(`symbolic links sent as links (not followed): ${symlinks.length}`)
  if (stats.largestFiles.length) {
    io.out('largest files sent:')
    for (const f of stats.largestFiles) io.out(`  ${formatTransferSize(f.size).padStart(9)}  ${f.path}`)
  }
  const topDirs = [...stats.dirs.values()]
    .filter((d) => d.path !== '' && !d.path.includes('/') && d.sentBytes > 0)
    .sort((a, b) => b.sentBytes - a.sentBytes)
    .slice(0, 10)
    .map((d) => ({ path: d.path, bytes: d.sentBytes, files: d.sentFiles }))
  if (topDirs.length) {
    io.out('largest top-level directories sent:')
    for (const d of topDirs) io.out(`  ${formatTransferSize(d.bytes).padStart(9)}  ${d.path}/ (${d.files} ${d.files === 1 ? "file" : "files"})`)
  }
  for (const d of diagnostics) io.out(formatDiagnostic(where, d))
  if (o.tree) {
    io.out('tree:')
    for (const line of treeLines(result.sent)) io.out('  ' + line)
  }
  return 0
}
