// Which paths of the build context COPY/ADD/RUN --mount=type=bind read, with BuildKit's source
// semantics: a source is a path under the context root ("/x" and "x" are the same), wildcards
// are Go's filepath.Match applied one path component at a time, a directory means its contents,
// --exclude patterns are .dockerignore-style patterns relative to the copied directory.
import { matchPath, parseDockerignore, type DockerignoreRules } from '../dockerignore/index.ts'
import { goClean } from '../dockerignore/gostd.ts'
import type { ContextResult } from '../types.ts'
import type { ContextRead } from './graph.ts'

/** Go's path.Clean. */
export const cleanPath = goClean

/** BuildKit's containsWildcards: an unescaped *, ? or [. */
export function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]
    if (ch === '\\') i++
    else if (ch === '*' || ch === '?' || ch === '[') return true
  }
  return false
}

/** A source path relative to the context root ('' is the root itself). */
export function contextRelative(src: string): string {
  return cleanPath('/' + src).slice(1)
}

// ---- Go's filepath.Match on one component (no separators inside) ----

function scanChunk(p: string[], start: number): { star: boolean; chunkStart: number; chunkEnd: number } {
  let i = start
  let star = false
  while (i < p.length && p[i] === '*') {
    i++
    star = true
  }
  const chunkStart = i
  let inRange = false
  for (; i < p.length; i++) {
    const c = p[i]
    if (c === '\\') {
      if (i + 1 < p.length) i++
    } else if (c === '[') inRange = true
    else if (c === ']') inRange = false
    else if (c === '*' && !inRange) break
  }
  return { star, chunkStart, chunkEnd: i }
}

// returns the rest of s after the chunk matched, or null; throws on a malformed pattern
function matchChunk(chunk: string[], s: string[], si: number): number | null {
  let i = 0
  let failed = false
  while (i < chunk.length) {
    if (!failed && si >= s.length) failed = true
    const c = chunk[i]
    if (c === '[') {
      let r = ''
      if (!failed) {
        r = s[si]
        si++
      }
      i++
      let negated = false
      if (i < chunk.length && chunk[i] === '^') {
        negated = true
        i++
      }
      let match = false
      let n = 0
      for (;;) {
        if (i < chunk.length && chunk[i] === ']' && n > 0) {
          i++
          break
        }
        const lo = escChar(chunk, i)
        i = lo.next
        let hi = lo
        if (i < chunk.length && chunk[i] === '-') {
          hi = escChar(chunk, i + 1)
          i = hi.next
        }
        if (lo.ch <= r && r <= hi.ch && r !== '') match = true
        n++
      }
      if (match === negated) failed = true
    } else if (c === '?') {
      if (!failed) si++
      i++
    } else if (c === '\\') {
      i++
      if (i >= chunk.length) throw new Error('bad pattern')
      if (!failed) {
        if (chunk[i] !== s[si]) failed = true
        si++
      }
      i++
    } else {
      if (!failed) {
        if (c !== s[si]) failed = true
        si++
      }
      i++
    }
  }
  return failed ? null : si
}

function escChar(chunk: string[], i: number): { ch: string; next: number } {
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') throw new Error('bad pattern')
  if (chunk[i] === '\\') {
    i++
    if (i >= chunk.length) throw new Error('bad pattern')
  }
  return { ch: chunk[i], next: i + 1 }
}

/** Go's filepath.Match for a name without '/'; a malformed pattern matches nothing. */
export function goMatch(pattern: string, name: string): boolean {
  const p = Array.from(pattern)
  const s = Array.from(name)
  try {
    let pi = 0
    let si = 0
    outer: while (pi < p.length) {
      const { star, chunkStart, chunkEnd } = scanChunk(p, pi)
      pi = chunkEnd
      const chunk = p.slice(chunkStart, chunkEnd)
      if (star && chunk.length === 0) return true
      const t = matchChunk(chunk, s, si)
      if (t !== null && (t === s.length || pi < p.length)) {
        si = t
        continue
      }
      if (star) {
        for (let k = si; k < s.length; k++) {
          const t2 = matchChunk(chunk, s, k + 1)
          if (t2 !== null) {
            if (pi >= p.length && t2 < s.length) continue
            si = t2
            continue outer
          }
        }
      }
      return false
    }
    return si === s.length
  } catch {
    return false
  }
}

// ---- the context as a tree of sent paths ----

interface ContextIndex {
  files: Set<string>
  dirs: Set<string>
  /** directory ('' for the root) → its direct children, directories with a trailing '/' */
  children: Map<string, string[]>
  sent: string[]
}

const indexes = new WeakMap<ContextResult, ContextIndex>()

export function contextIndex(context: ContextResult): ContextIndex {
  const cached = indexes.get(context)
  if (cached) return cached
  const files = new Set<string>()
  const dirs = new Set<string>()
  const children = new Map<string, string[]>()
  const addChild = (parent: string, child: string) => {
    let l = children.get(parent)
    if (!l) children.set(parent, (l = []))
    l.push(child)
  }
  for (const e of context.sent) {
    const isDir = e.endsWith('/')
    const p = isDir ? e.slice(0, -1) : e
    if (isDir) dirs.add(p)
    else files.add(p)
    const slash = p.lastIndexOf('/')
    addChild(slash < 0 ? '' : p.slice(0, slash), e)
  }
  const idx = { files, dirs, children, sent: context.sent }
  indexes.set(context, idx)
  return idx
}

/** The context paths a source names: exact, or by wildcard component by component. */
export function resolveSource(rel: string, idx: ContextIndex): string[] {
  if (rel === '') return ['']
  if (!containsWildcards(rel)) {
    if (idx.files.has(rel)) return [rel]
    if (idx.dirs.has(rel)) return [rel + '/']
    return []
  }
  let current: string[] = ['']
  const parts = rel.split('/')
  parts.forEach((part, k) => {
    const last = k === parts.length - 1
    const next: string[] = []
    for (const dir of current) {
      for (const child of idx.children.get(dir) ?? []) {
        const isDir = child.endsWith('/')
        const path = isDir ? child.slice(0, -1) : child
        const base = path.slice(path.lastIndexOf('/') + 1)
        if (!last && !isDir) continue
        if (goMatch(part, base)) next.push(last ? child : path)
      }
    }
    current = next
  })
  return current
}

function excludeRules(patterns: string[]): DockerignoreRules | null {
  if (patterns.length === 0) return null
  try {
    return parseDockerignore(patterns.join('\n'))
  } catch {
    return null
  }
}

function excluded(rules: DockerignoreRules | null, rel: string): boolean {
  if (!rules || rel === '') return false
  try {
    return matchPath(rules, rel).excluded
  } catch {
    return false
  }
}

/** Every context path the reads take, sorted by code point; directories end in '/'. */
export function contextPathsRead(reads: ContextRead[], context: ContextResult): string[] {
  // `COPY . .` without --exclude reads everything sent, already in order
  if (reads.some((r) => r.excludes.length === 0 && r.sources.some((src) => contextRelative(src) === ''))) return [...context.sent]
  const idx = contextIndex(context)
  const out = new Set<string>()
  for (const r of reads) {
    const rules = excludeRules(r.excludes)
    for (const raw of r.sources) {
      let src = raw
      if (r.parents) {
        const pivot = src.indexOf('/./')
        if (containsWildcards(src)) {
          // --parents copies the context root (or the pivot before "/./") filtered by an include
          // pattern, with patternmatcher's rules: "**" crosses directories
          for (const e of parentsMatches(pivot >= 0 ? src.slice(0, pivot) : '', pivot >= 0 ? src.slice(pivot + 3) : src, idx)) {
            const rel = e.endsWith('/') ? e.slice(0, -1) : e
            if (!excluded(rules, rel.slice(rel.lastIndexOf('/') + 1))) out.add(e)
          }
          continue
        }
        if (pivot >= 0) src = src.slice(0, pivot) + '/' + src.slice(pivot + 3)
      }
      for (const hit of resolveSource(contextRelative(src), idx)) {
        if (hit === '' || hit.endsWith('/')) {
          const dir = hit === '' ? '' : hit.slice(0, -1)
          if (dir !== '') out.add(hit)
          const prefix = dir === '' ? '' : dir + '/'
          for (const e of idx.sent) {
            if (!e.startsWith(prefix) || e === prefix) continue
            const rel = e.slice(prefix.length)
            if (excluded(rules, rel.endsWith('/') ? rel.slice(0, -1) : rel)) continue
            out.add(e)
          }
        } else {
          const base = hit.slice(hit.lastIndexOf('/') + 1)
          if (!excluded(rules, base)) out.add(hit)
        }
      }
    }
  }
  return [...out].sort(compareCodePoints)
}

function parentsMatches(parent: string, pattern: string, idx: ContextIndex): string[] {
  const base = contextRelative(parent)
  const prefix = base === '' ? '' : base + '/'
  let rules: DockerignoreRules
  try {
    rules = parseDockerignore(contextRelative(pattern))
  } catch {
    return []
  }
  const out: string[] = []
  for (const e of idx.sent) {
    if (!e.startsWith(prefix) || e === prefix) continue
    const rel = e.slice(prefix.length)
    if (excluded(rules, rel.endsWith('/') ? rel.slice(0, -1) : rel)) out.push(e)
  }
  return out
}

function compareCodePoints(a: string, b: string): number {
  // UTF-16 order differs from code point order only above U+FFFF; compare by code point to match `sent`
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done) return y.done ? 0 : -1
    if (y.done) return 1
    const cx = x.value.codePointAt(0)!
    const cy = y.value.codePointAt(0)!
    if (cx !== cy) return cx - cy
  }
}
