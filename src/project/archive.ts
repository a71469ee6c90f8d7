// The project as a .zip to download: every text file as written, and the reproduce script that
// recreates the rest (files known only by path and size) on the reader's disk.
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { PlaygroundState } from '../share/state.ts'
import { reproduceScript } from './reproduce.ts'

export const REPRODUCE_SCRIPT_NAME = 'reproduce.sh'

export function projectArchive(state: PlaygroundState): Uint8Array {
  const tree: Zippable = {}
  for (const f of state.files) {
    if (f.path.endsWith('/')) tree[f.path.slice(0, -1)] = {}
    else if (f.content !== undefined) tree[f.path] = strToU8(f.content)
  }
  tree[REPRODUCE_SCRIPT_NAME] = [strToU8(reproduceScript(state, '.')), { attrs: 0o755 << 16 }]
  // a fixed time keeps the archive a pure function of the state
  return zipSync(tree, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') })
}
