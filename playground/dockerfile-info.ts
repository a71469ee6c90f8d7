// What the stage panel needs from the Dockerfile besides the analysis: the global ARGs (declared before the
// first FROM, the only ones FROM lines see) and which stage a cursor line is in.
import type { DockerfileAnalysis } from '../src/types.ts'
import { parseDockerfile } from '../src/dockerfile/parser.ts'
import { buildModel } from '../src/dockerfile/graph.ts'

export interface GlobalArg {
  name: string
  defaultValue: string | null
}

/** The ARGs before the first FROM, as BuildKit's parser reads them (`ARG A=1 B`, quotes, continuations). */
export function globalArgs(text: string): GlobalArg[] {
  try {
    return buildModel(parseDockerfile(text)).model.globalArgs.map((a) => ({ name: a.name, defaultValue: a.defaultValue }))
  } catch {
    // the analysis reports what is wrong with the file; the inputs just stay empty
    return []
  }
}

/** The stage whose FROM is the last one at or above the line; null above the first FROM. */
export function stageAtLine(analysis: DockerfileAnalysis | null, line: number | null): number | null {
  if (!analysis || line === null) return null
  let found: number | null = null
  for (const s of analysis.stages) if (s.line <= line) found = s.index
  return found
}

/** The build args after the reader edits one input: an empty field means "not passed", so the ARG's default
 *  applies, as without --build-arg. */
export function withBuildArg(args: Record<string, string>, name: string, value: string): Record<string, string> {
  const next = { ...args }
  if (value === '') delete next[name]
  else next[name] = value
  return next
}

/** Files that look like Dockerfiles, for the `-f` picker. */
export function dockerfileCandidates(paths: readonly string[]): string[] {
  return paths.filter((p) => {
    const name = p.slice(p.lastIndexOf('/') + 1)
    return !p.endsWith('/') && !name.endsWith('.dockerignore') && /(^|\.)Dockerfile($|\.)|^Containerfile$/i.test(name)
  })
}
