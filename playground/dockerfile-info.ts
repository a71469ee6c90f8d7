// What the stage panel needs from the Dockerfile besides the analysis: the global ARGs (declared before the
// first FROM, the only ones FROM lines see) and which stage a cursor line is in.
import type { DockerfileAnalysis } from '../src/types.ts'

export interface GlobalArg {
  name: string
  defaultValue: string | null
}

/** ARG lines before the first FROM; `ARG A=1 B` declares two. Continuation lines are joined first. */
export function globalArgs(text: string): GlobalArg[] {
  const out: GlobalArg[] = []
  const joined = text.replace(/\\\r?\n/g, ' ')
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const m = /^(\w+)\s*(.*)$/.exec(line)
    if (!m) continue
    const keyword = m[1].toUpperCase()
    if (keyword === 'FROM') break
    if (keyword !== 'ARG') continue
    for (const word of m[2].split(/\s+/).filter(Boolean)) {
      const eq = word.indexOf('=')
      const name = eq < 0 ? word : word.slice(0, eq)
      const value = eq < 0 ? null : word.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2')
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !out.some((a) => a.name === name)) out.push({ name, defaultValue: value })
    }
  }
  return out
}

/** The stage whose FROM is the last one at or above the line; null above the first FROM. */
export function stageAtLine(analysis: DockerfileAnalysis | null, line: number | null): number | null {
  if (!analysis || line === null) return null
  let found: number | null = null
  for (const s of analysis.stages) if (s.line <= line) found = s.index
  return found
}

/** Files that look like Dockerfiles, for the `-f` picker. */
export function dockerfileCandidates(paths: readonly string[]): string[] {
  return paths.filter((p) => {
    const name = p.slice(p.lastIndexOf('/') + 1)
    return !p.endsWith('/') && !name.endsWith('.dockerignore') && /(^|\.)Dockerfile($|\.)|^Containerfile$/i.test(name)
  })
}
