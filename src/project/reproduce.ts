// A shell script that recreates the project on a real disk (texts exactly, other files as sparse files of
// their size) and asks Docker for its own verdict with `docker build --check`, to compare with the playground.
import type { PlaygroundState } from '../share/state.ts'

/** POSIX single-quoting: safe for any byte string, newlines included. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`
}

function parentDir(path: string): string | null {
  const i = path.lastIndexOf('/', path.length - 2)
  return i < 0 ? null : path.slice(0, i)
}

export function reproduceScript(state: PlaygroundState, folder = 'docker-playground'): string {
  const lines = [
    '#!/bin/sh',
    '# Recreates the playground project and runs Docker\'s build checks on it.',
    'set -eu',
    `mkdir -p ${shellQuote(folder)}`,
    `cd ${shellQuote(folder)}`,
  ]
  const dirs = new Set<string>()
  for (const f of state.files) {
    const dir = f.path.endsWith('/') ? f.path.slice(0, -1) : parentDir(f.path)
    if (dir !== null) dirs.add(dir)
  }
  for (const d of [...dirs].sort()) lines.push(`mkdir -p ${shellQuote(d)}`)
  for (const f of state.files) {
    if (f.path.endsWith('/')) continue
    if (f.content !== undefined) lines.push(`printf '%s' ${shellQuote(f.content)} > ${shellQuote(f.path)}`)
    // a stated size larger than the text pads it, as for a file imported from a folder
    if (f.size !== undefined) lines.push(`truncate -s ${f.size} ${shellQuote(f.path)}`)
    else if (f.content === undefined) lines.push(`: > ${shellQuote(f.path)}`)
  }
  const args = ['docker', 'build', '--check']
  if (state.dockerfile !== 'Dockerfile') args.push('-f', shellQuote(state.dockerfile))
  if (state.target !== undefined && state.target !== '') args.push('--target', shellQuote(state.target))
  for (const key of Object.keys(state.buildArgs).sort()) args.push('--build-arg', shellQuote(`${key}=${state.buildArgs[key]}`))
  if (state.platform !== undefined) args.push('--platform', shellQuote(state.platform))
  args.push('.')
  lines.push(args.join(' '), '')
  return lines.join('\n')
}
