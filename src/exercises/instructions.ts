// A deliberately small reading of a Dockerfile's instructions for exercise checks that care about
// order ("is the manifest copied before `npm ci`?"). Stages, ARGs and diagnostics come from the
// engine; this only splits lines. Heredocs are out of scope: no exercise needs them.

export interface PlainInstruction {
  /** upper-cased keyword */
  keyword: string
  /** 1-based line where the instruction starts */
  line: number
  /** the leading `--name=value` flags, as written */
  flags: string[]
  /** the words after the flags (shell form split on whitespace, JSON form parsed) */
  args: string[]
  /** the text after keyword and flags, continuations joined */
  rest: string
  /** index of the stage it belongs to; -1 before the first FROM */
  stage: number
}

/** `# name=value` lines at the top of the file, keys lower-cased (BuildKit's parser directives). */
export function readDirectives(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(raw)
    if (!m) break
    out[m[1]!.toLowerCase()] = m[2]!
  }
  return out
}

export function listInstructions(text: string): PlainInstruction[] {
  const lines = text.split(/\r?\n/)
  const out: PlainInstruction[] = []
  let stage = -1
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim()
    if (first === '' || first.startsWith('#')) continue
    const start = i + 1
    let joined = ''
    let line = lines[i]!
    for (;;) {
      const trimmed = line.replace(/\s+$/, '')
      if (trimmed.endsWith('\\') && i + 1 < lines.length) {
        joined += trimmed.slice(0, -1) + ' '
        i++
        // comment lines inside a continuation are dropped, as BuildKit does
        while (i < lines.length && lines[i]!.trim().startsWith('#')) i++
        line = lines[i] ?? ''
        continue
      }
      joined += trimmed
      break
    }
    const m = /^\s*(\S+)\s*(.*)$/s.exec(joined)
    if (!m) continue
    const keyword = m[1]!.toUpperCase()
    let rest = m[2]!
    const flags: string[] = []
    for (;;) {
      const f = /^(--\S+)\s*(.*)$/s.exec(rest)
      if (!f) break
      flags.push(f[1]!)
      rest = f[2]!
    }
    if (keyword === 'FROM') stage++
    out.push({ keyword, line: start, flags, args: splitArgs(rest), rest, stage })
  }
  return out
}

function splitArgs(rest: string): string[] {
  const trimmed = rest.trim()
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[]
    } catch {
      // not JSON: BuildKit falls back to the shell form
    }
  }
  return trimmed === '' ? [] : trimmed.split(/\s+/)
}

/** A `--name=value` flag's value, or null. */
export function flagValue(ins: PlainInstruction, name: string): string | null {
  const prefix = `--${name}=`
  const f = ins.flags.find((x) => x.startsWith(prefix))
  return f === undefined ? null : f.slice(prefix.length)
}

/** `--mount=type=cache,target=/x,…` → { type: 'cache', target: '/x', … } for every --mount flag. */
export function mounts(ins: PlainInstruction): Record<string, string>[] {
  return ins.flags
    .filter((f) => f.startsWith('--mount='))
    .map((f) => {
      const opts: Record<string, string> = {}
      for (const part of f.slice('--mount='.length).split(',')) {
        const eq = part.indexOf('=')
        const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase()
        const value = eq < 0 ? 'true' : part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1')
        // BuildKit accepts dst/destination for target and src for source
        const canonical = key === 'dst' || key === 'destination' ? 'target' : key === 'src' ? 'source' : key
        opts[canonical] = value
      }
      return opts
    })
}

/** COPY/ADD sources (every argument but the destination), `./` removed. */
export function copySources(ins: PlainInstruction): string[] {
  return ins.args.slice(0, -1).map(normalizeSource)
}

export function normalizeSource(src: string): string {
  let s = src.replace(/^(\.\/)+/, '')
  if (s === '.' || s === '') return '.'
  s = s.replace(/\/+$/, '')
  return s === '' ? '.' : s
}

/** Does a COPY source (a path or a glob with `*`, `?`) take `path` from the context? */
export function sourceCovers(source: string, path: string): boolean {
  if (source === '.') return true
  if (path === source || path.startsWith(source + '/')) return true
  return globMatch(source, path)
}

function globMatch(glob: string, path: string): boolean {
  // Iterative matcher with one backtrack point: linear enough for exercise-sized inputs.
  let g = 0
  let p = 0
  let starG = -1
  let starP = 0
  while (p < path.length) {
    const c = glob[g]
    if (c === '*') {
      starG = g++
      starP = p
    } else if (c !== undefined && (c === path[p] || (c === '?' && path[p] !== '/'))) {
      g++
      p++
    } else if (starG >= 0 && path[starP] !== '/') {
      g = starG + 1
      p = ++starP
    } else {
      return false
    }
  }
  while (glob[g] === '*') g++
  return g === glob.length
}
