// Reads a real folder into context entries the way BuildKit's client walks it: symbolic links are
// entries of their own and never followed; empty directories are kept (they are sent).

import { lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FileEntry } from '../types.ts'

export interface FolderEntry extends FileEntry {
  /** a symbolic link, sent as a link (its size is the length of its target) */
  symlink?: boolean
}

/** Every file, link and empty directory under `root`, relative and '/'-separated. */
export function readFolder(root: string): FolderEntry[] {
  const out: FolderEntry[] = []
  const stack: string[] = ['']
  while (stack.length > 0) {
    const rel = stack.pop() as string
    const dirents = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true })
    if (dirents.length === 0 && rel !== '') out.push({ path: rel + '/' })
    for (const d of dirents) {
      const path = rel === '' ? d.name : rel + '/' + d.name
      if (d.isDirectory()) stack.push(path)
      else {
        const st = lstatSync(join(root, path))
        out.push({ path, size: st.size, ...(d.isSymbolicLink() ? { symlink: true } : {}) })
      }
    }
  }
  return out
}
