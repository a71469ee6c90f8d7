// The same ignore file read with .gitignore rules (the `ignore` package), beside Docker's reading:
// the paths the two decide differently, and why. The most common .dockerignore mistake is to
// expect gitignore semantics.

import ignore from 'ignore'
import { explainPath } from '../dockerignore/index.ts'
import { parseDockerignore } from '../dockerignore/parse.ts'
import type { FileEntry } from '../types.ts'
import { computeContext } from './compute.ts'
import { normalizeEntryPath } from './tree.ts'

export type GitignoreDifferenceReason =
  /** gitignore matches a slash-less pattern at any depth; Docker only at the context root */
  | 'unanchored-name'
  /** gitignore cannot re-include a path whose parent directory is excluded; Docker can */
  | 'cannot-reinclude'
  /** gitignore's trailing '/' matches directories only; Docker drops it and matches files too */
  | 'directory-only-slash'
  /** another difference of syntax (`**`, escapes, character classes) */
  | 'other'

export interface GitignoreDifference {
  /** the entry as given (a directory ends in '/') */
  path: string
  docker: 'sent' | 'excluded'
  gitignore: 'kept' | 'ignored'
  reason: GitignoreDifferenceReason
  /** the line of the file whose reading differs, when one can be named */
  line: number | null
}

interface GitRule {
  line: number
  /** the line as gitignore reads it, without '!' */
  body: string
  negative: boolean
  /** matches a path by itself (a negative rule tested as positive) */
  matcher: ReturnType<typeof ignore>
}

function gitRules(text: string): GitRule[] {
  const out: GitRule[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const t = line.replace(/^\uFEFF/, '')
    if (t.trim() === '' || t.startsWith('#')) return
    const negative = t.startsWith('!')
    const body = negative ? t.slice(1) : t
    try {
      out.push({ line: i + 1, body, negative, matcher: ignore({ ignorecase: false }).add(body) })
    } catch {
      // a line gitignore cannot read is skipped by git as well
    }
  })
  return out
}

/** The path and each of its parent directories, as gitignore tests them (directories end in '/'). */
function selfAndParents(path: string, isDir: boolean): string[] {
  const parts = path.split('/')
  const out: string[] = []
  for (let k = 1; k <= parts.length; k++) {
    const p = parts.slice(0, k).join('/')
    out.push(k < parts.length || isDir ? p + '/' : p)
  }
  return out
}

const hasInnerSlash = (body: string) => body.replace(/\/+$/, '').includes('/')

/**
 * Compares Docker's reading of an ignore file with gitignore's over the given entries. Returns the
 * entries decided differently, in input order. Throws DockerignoreError as parseDockerignore and
 * computeContext do.
 */
export function compareWithGitignore(text: string, entries: FileEntry[]): GitignoreDifference[] {
  const rules = parseDockerignore(text)
  const result = computeContext(rules, entries)
  const sent = new Set(result.sent)
  const git = ignore({ ignorecase: false }).add(text.replace(/^\uFEFF/, ''))
  const lines = gitRules(text)
  const rawLines = text.split('\n')
  const out: GitignoreDifference[] = []
  for (const e of entries) {
    const { path, dir } = normalizeEntryPath(e.path)
    if (path === '' || !ignore.isPathValid(path)) continue
    const isDir = dir || (!sent.has(path) && sent.has(path + '/'))
    const dockerSent = sent.has(path) || sent.has(path + '/')
    const gitIgnored = git.ignores(isDir ? path + '/' : path)
    if (dockerSent === !gitIgnored) continue
    const chain = selfAndParents(path, isDir)
    let reason: GitignoreDifferenceReason = 'other'
    let line: number | null = null
    // gitignore's decisive rule: the last one matching the path or a parent directory
    const gitHit = [...lines].reverse().find((r) => chain.some((p) => r.matcher.ignores(p)))
    if (dockerSent) {
      // Docker sends, git ignores
      const reinclude = lines.find((r) => r.negative && r.matcher.ignores(chain[chain.length - 1]))
      const parentIgnored = chain.slice(0, -1).some((p) => git.ignores(p))
      if (reinclude && parentIgnored) {
        reason = 'cannot-reinclude'
        line = reinclude.line
      } else if (gitHit && !gitHit.negative && !hasInnerSlash(gitHit.body)) {
        reason = 'unanchored-name'
        line = gitHit.line
      } else if (gitHit) line = gitHit.line
    } else {
      // Docker excludes, git keeps
      const { trace } = explainPath(rules, path)
      const slashRule = trace.find((t) => !t.negated && (rawLines[t.line - 1] ?? '').replace(/\r$/, '').trim().endsWith('/'))
      if (slashRule && !isDir) {
        reason = 'directory-only-slash'
        line = slashRule.line
      } else if (gitHit && gitHit.negative && !hasInnerSlash(gitHit.body)) {
        reason = 'unanchored-name'
        line = gitHit.line
      } else if (trace.length > 0) line = trace[trace.length - 1].line
    }
    out.push({ path: e.path, docker: dockerSent ? 'sent' : 'excluded', gitignore: gitIgnored ? 'ignored' : 'kept', reason, line })
  }
  return out
}
