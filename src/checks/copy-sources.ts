// Checks that need the build context: BuildKit's CopyIgnoredFile, and our own CopySourceNotFound
// (a COPY/ADD/bind-mount source that names nothing the context sends: the build would fail with
// "not found"), with the nearest existing path as a hint.
import type { ParsedDockerfile } from '../dockerfile/ast.ts'
import type { ContextRead } from '../dockerfile/graph.ts'
import type { AnalyzeOptions } from '../dockerfile/index.ts'
import type { DockerfileModel } from '../dockerfile/model.ts'
import { cleanPath, containsWildcards, contextIndex, contextRelative, resolveSource } from '../dockerfile/read-paths.ts'
import { matchPath, type DockerignoreRules } from '../dockerignore/index.ts'
import type { ContextResult, Diagnostic } from '../types.ts'
import { MESSAGES, warning } from './rules.ts'

export interface CopySourcesInput {
  parsed: ParsedDockerfile
  model: DockerfileModel
  contextReads: ContextRead[]
  options: AnalyzeOptions
}

/** Our rule, not BuildKit's: documented on the project's build-checks page. */
export const COPY_SOURCE_NOT_FOUND = {
  name: 'CopySourceNotFound',
  url: '/docker/05-build-checks.html#copysourcenotfound',
} as const

export function checkCopySources(input: CopySourcesInput): Diagnostic[] {
  const out: Diagnostic[] = []
  const rules = input.options.dockerignore
  const context = input.options.context
  for (const read of input.contextReads) {
    // CopyIgnoredFile runs at dispatch, so in every stage the analysis dispatches; a missing
    // source fails only when the build solves the stage, so only in stages built for the target
    if (rules && read.kind !== 'mount') copyIgnored(read, rules, out)
    if (context && read.built) notFound(read, context, out)
  }
  return out
}

function span(read: ContextRead): { line: number; column: number; endLine: number; endColumn: number } {
  const r = read.node.range
  return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }
}

// validateCopySourcePath: skipped without patterns or when any pattern is an exception ("!…"),
// the context root only warns for a pattern that excludes everything.
function copyIgnored(read: ContextRead, rules: DockerignoreRules, out: Diagnostic[]): void {
  if (rules.patterns.length === 0 || rules.patterns.some((p) => p.negated)) return
  const cmd = read.kind === 'add' ? 'Add' : 'Copy'
  for (const raw of read.sources) {
    const src = cleanPath(raw)
    let hit = false
    if (src === '.') {
      // every root pattern ("*", "**", "**/*") matches "."
      hit = rules.patterns.some((p) => p.pattern === '*' || p.pattern === '**' || p.pattern === '**/*')
    } else if (src.startsWith('/')) {
      // patterns are cleaned of their leading '/', so BuildKit's matcher only matches "/…" through "**"
      hit = rules.patterns.some((p) => p.pattern.startsWith('**'))
    } else {
      try {
        hit = matchPath(rules, src).excluded
      } catch {
        hit = false
      }
    }
    if (hit) out.push(warning('CopyIgnoredFile', MESSAGES.CopyIgnoredFile(cmd, src), span(read)))
  }
}

function notFound(read: ContextRead, context: ContextResult, out: Diagnostic[]): void {
  const idx = contextIndex(context)
  for (const raw of read.sources) {
    let src = raw
    if (read.parents) {
      const pivot = src.indexOf('/./')
      if (pivot >= 0) src = src.slice(0, pivot) + '/' + src.slice(pivot + 3)
    }
    // BuildKit allows a wildcard that matches nothing
    if (containsWildcards(src)) continue
    const rel = contextRelative(src)
    if (resolveSource(rel, idx).length > 0) continue
    const what = read.kind === 'mount' ? 'RUN --mount source' : `${read.kind.toUpperCase()} source`
    const excludedByIgnore = context.excluded.some((e) => e === rel || e === rel + '/' || e.startsWith(rel + '/'))
    let message = `${what} "${raw}" is not in the build context; the build would fail with "not found"`
    if (excludedByIgnore) message += ' (.dockerignore excludes it)'
    const near = excludedByIgnore ? null : nearestPath(rel, idx.sent)
    if (near !== null) message += `. Nearest existing path: "${near}"`
    out.push({ rule: COPY_SOURCE_NOT_FOUND.name, severity: 'error', message, ...span(read), url: COPY_SOURCE_NOT_FOUND.url })
  }
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      cur.push(v)
      if (v < rowMin) rowMin = v
    }
    if (rowMin > limit) return limit + 1
    prev = cur
  }
  return prev[b.length]
}

/** The sent path closest to `rel` by edit distance (a same-named file elsewhere wins), or null. */
export function nearestPath(rel: string, sent: readonly string[]): string | null {
  const base = rel.slice(rel.lastIndexOf('/') + 1)
  let best: string | null = null
  let bestScore = Math.max(3, Math.floor(rel.length / 2))
  for (const e of sent) {
    const p = e.endsWith('/') ? e.slice(0, -1) : e
    const pb = p.slice(p.lastIndexOf('/') + 1)
    const d = pb === base && base !== '' ? 0.5 : distance(rel, p, bestScore)
    if (d < bestScore || (d === bestScore && best !== null && p.length < best.length)) {
      bestScore = d
      best = p
    }
  }
  return best
}
