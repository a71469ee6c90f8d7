// A project's file list as flat columns, for copying between a worker and the page: one string of paths,
// one array of sizes and the few text contents, instead of 200,000 small objects.
import type { ProjectFile } from '../share/state.ts'

export interface PackedFiles {
  /** paths joined by '\0' (a path never contains NUL) */
  paths: string
  /** each file's stated size; NaN when it has none */
  sizes: Float64Array
  /** the contents of the files that have one, by index */
  texts: [number, string][]
}

export function packFiles(files: readonly ProjectFile[]): PackedFiles {
  const sizes = new Float64Array(files.length)
  const texts: [number, string][] = []
  const paths: string[] = new Array(files.length)
  for (let i = 0; i < files.length; i++) {
    const f = files[i]
    paths[i] = f.path
    sizes[i] = f.size ?? NaN
    if (f.content !== undefined) texts.push([i, f.content])
  }
  return { paths: paths.join('\0'), sizes, texts }
}

export function unpackFiles(p: PackedFiles): ProjectFile[] {
  if (p.paths === '' && p.sizes.length === 0) return []
  const paths = p.paths.split('\0')
  const files: ProjectFile[] = new Array(paths.length)
  for (let i = 0; i < paths.length; i++) {
    const size = p.sizes[i]
    files[i] = Number.isNaN(size) ? { path: paths[i] } : { path: paths[i], size }
  }
  for (const [i, content] of p.texts) files[i].content = content
  return files
}
