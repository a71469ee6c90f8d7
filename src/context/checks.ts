// Diagnostics for a .dockerignore against the tree it applies to. BuildKit has no build checks for
// the ignore file, so these rules are our own; docs/reference/dockerignore-checks.md documents each.

import { DockerignoreError, parseDockerignore, type DockerignoreRules } from '../dockerignore/parse.ts'
import { compileRules } from '../dockerignore/matcher.ts'
import type { ContextResult, Diagnostic, FileEntry, Severity } from '../types.ts'
import { allNodes, buildTree, childrenOf, type TreeNode } from './tree.ts'
import { walkTreeSync } from './walk.ts'
import { formatTransferSize } from './stats.ts'
import { openDenied } from './open-denied.ts'
import { computeContext } from './compute.ts'

/** Rule names, their severities and the anchor of their documentation. */
export const DOCKERIGNORE_CHECKS = {
  UnusedPattern: 'info',
  RootOnlyPattern: 'warning',
  IneffectiveException: 'warning',
  SecretSent: 'warning',
  HeavyDirectorySent: 'warning',
  UnreadableFile: 'warning',
  SyntaxError: 'error',
} as const satisfies Record<string, Severity>

export type DockerignoreCheck = keyof typeof DOCKERIGNORE_CHECKS

const kebab = (rule: string) => rule.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()
/** Locale-neutral link to the rule's section; the site maps it to the reader's language. */
export const checkUrl = (rule: DockerignoreCheck) => `/reference/dockerignore-checks.html#${kebab(rule)}`

function diag(rule: DockerignoreCheck, message: string, line: number, severity: Severity = DOCKERIGNORE_CHECKS[rule]): Diagnostic {
  return { rule, severity, message, line, url: checkUrl(rule) }
}

/** Names that usually hold credentials: matched against a file's base name. */
const SECRET_NAMES: { test: (name: string) => boolean; label: string }[] = [
  { label: '.env', test: (n) => n === '.env' || (n.startsWith('.env.') && !/\.(example|sample|template|dist)$/.test(n)) },
  { label: '*.pem', test: (n) => n.endsWith('.pem') },
  { label: '*.key', test: (n) => n.endsWith('.key') },
  { label: 'id_rsa*', test: (n) => /^id_(rsa|dsa|ecdsa|ed25519)/.test(n) },
  { label: '*.p12 / *.pfx', test: (n) => n.endsWith('.p12') || n.endsWith('.pfx') },
  { label: '.npmrc / .netrc', test: (n) => n === '.npmrc' || n === '.netrc' || n === '.pypirc' },
]

/** Directories rebuilt inside the image or not needed in it, that make a context heavy. */
const HEAVY_DIRS = new Set(['node_modules', '.git', 'bower_components', '.venv', 'venv', '__pycache__', '.next', '.nuxt', '.terraform', '.gradle'])

const MAX_EXAMPLES = 3

function examples(paths: string[]): string {
  const shown = paths.slice(0, MAX_EXAMPLES).join(', ')
  return paths.length > MAX_EXAMPLES ? `${shown} and ${paths.length - MAX_EXAMPLES} more` : shown
}

const display = (p: { pattern: string; negated: boolean }) => (p.negated ? '!' : '') + p.pattern

/**
 * Diagnostics of `rules` over the tree `entries`. A pattern Go cannot compile, reached by the walk,
 * becomes a SyntaxError diagnostic instead of an exception. Tree-wide findings point at line 1.
 * `context`, the computeContext result of the same inputs, saves recomputing it (the checks still
 * redo the walk, because they need each pattern's match bits).
 */
export function checkDockerignore(rules: DockerignoreRules, entries: FileEntry[], context?: ContextResult): Diagnostic[] {
  const out: Diagnostic[] = []
  const cr = compileRules(rules)
  const tree = buildTree(entries)
  const n = cr.rules.length
  const effective = new Uint8Array(n) // exception i re-included some path that is sent
  // nodes an exception matched (on them or a parent): the bits are matchPath's trace of the node
  const byException = new Set<TreeNode>()
  try {
    walkTreeSync(rules, tree, (node, bits, excluded) => {
      for (let i = 0; i < n; i++) {
        if (bits[i] !== 1 || !cr.rules[i].negated) continue
        byException.add(node)
        if (!excluded) effective[i] = 1
      }
    })
  } catch (e) {
    if (e instanceof DockerignoreError) {
      return [diag('SyntaxError', `${e.message}: the build fails as soon as a path is tested against this pattern`, e.line)]
    }
    throw e
  }
  const nodes = allNodes(tree)

  // Raw matches of each pattern on its own, over every path of the tree.
  const matchesAny = new Uint8Array(n)
  const safeTest = (i: number, path: string): boolean => {
    try {
      return cr.rules[i].matcher.test(path)
    } catch {
      return false
    }
  }
  for (let i = 0; i < n; i++) {
    for (const node of nodes) {
      if (safeTest(i, node.path)) {
        matchesAny[i] = 1
        break
      }
    }
  }

  const isSent = (node: TreeNode) => node.state === 'sent'
  // A deeper path that an exception (on it or a parent) puts back was sent on purpose: `*` + `!cmd/`
  // sends cmd/account because of `!cmd/`, so `*` "missing" it says nothing about depth.
  const sentByAccident = (node: TreeNode) => isSent(node) && !byException.has(node)

  cr.rules.forEach((r, i) => {
    if (!matchesAny[i]) {
      // A bare name that matches deeper entries says more than "matches nothing".
      const deeper = r.negated || r.pattern.includes('/') || r.pattern.startsWith('**') ? [] : nodes.filter((nd) => nd.path.includes('/') && safeTest(i, nd.name))
      const deeperSent = deeper.filter(sentByAccident)
      if (deeperSent.length > 0) {
        out.push(
          diag(
            'RootOnlyPattern',
            `"${r.pattern}" only matches at the context root, but ${examples(deeperSent.map((d) => d.path))} is still sent; write "**/${r.pattern}" to match it at any depth`,
            r.line,
          ),
        )
      } else {
        out.push(diag('UnusedPattern', `"${display(r)}" matches nothing in this context`, r.line))
      }
      return
    }
    if (r.negated && !effective[i]) {
      out.push(
        diag(
          'IneffectiveException',
          `"${display(r)}" never re-includes anything: what it matches is not excluded when it is read, is excluded again by a later pattern, or lies in an excluded directory it cannot reach into`,
          r.line,
        ),
      )
      return
    }
    if (!r.negated && !r.pattern.includes('/') && !r.pattern.startsWith('**')) {
      const deeperSent = nodes.filter((nd) => nd.path.includes('/') && safeTest(i, nd.name) && sentByAccident(nd))
      if (deeperSent.length > 0) {
        out.push(
          diag(
            'RootOnlyPattern',
            `"${r.pattern}" only matches at the context root; ${examples(deeperSent.map((d) => d.path))} is still sent. Write "**/${r.pattern}" to match at any depth`,
            r.line,
          ),
        )
      }
    }
  })

  // Secrets and heavy directories still sent.
  const sentFiles = nodes.filter((nd) => !nd.dir && isSent(nd))
  for (const kind of SECRET_NAMES) {
    const hits = sentFiles.filter((nd) => kind.test(nd.name)).map((nd) => nd.path)
    if (hits.length > 0) out.push(diag('SecretSent', `${examples(hits)} (${kind.label}) is sent to the builder`, 1))
  }
  const heavy: TreeNode[] = []
  const findHeavy = (node: TreeNode) => {
    for (const c of childrenOf(tree, node)) {
      if (c.dir && HEAVY_DIRS.has(c.name) && (c.state === 'sent' || c.state === 'parent')) heavy.push(c)
      else if (c.dir) findHeavy(c)
    }
  }
  findHeavy(tree.root)
  for (const dir of heavy) {
    let files = 0
    let bytes = 0
    const sum = (node: TreeNode) => {
      if (!node.dir) {
        if (isSent(node)) {
          files++
          bytes += node.size
        }
        return
      }
      for (const c of childrenOf(tree, node)) sum(c)
    }
    sum(dir)
    if (dir.name === '.git') out.push(diag('SecretSent', `${dir.path}/ (the repository's history) is sent to the builder`, 1))
    out.push(diag('HeavyDirectorySent', `${dir.path}/ is sent: ${files} files, ${formatTransferSize(bytes)}`, 1))
  }
  const denied = openDenied(rules, context ?? computeContext(rules, entries))
  if (denied.length > 0) {
    out.push(
      diag(
        'UnreadableFile',
        `${examples(denied)} is listed in the context but BuildKit refuses to read it, so it arrives empty: a later pattern excludes its parent directory`,
        1,
      ),
    )
  }
  return out.sort((a, b) => a.line - b.line)
}

/**
 * Parses and checks in one step, for an editor: a parse error becomes a SyntaxError diagnostic on
 * its line, as Docker would report it, instead of an exception.
 */
export function lintDockerignore(text: string, entries: FileEntry[]): Diagnostic[] {
  let rules: DockerignoreRules
  try {
    rules = parseDockerignore(text)
  } catch (e) {
    if (e instanceof DockerignoreError) return [diag('SyntaxError', e.message, Math.max(1, e.line))]
    throw e
  }
  return checkDockerignore(rules, entries)
}
