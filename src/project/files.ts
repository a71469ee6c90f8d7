// Helpers over a project's file list: which files are which, how big they are, as engine entries.
import type { FileEntry } from '../types.ts'
import type { ProjectFile } from '../share/state.ts'
import { pickIgnoreFile as enginePick } from '../context/ignore-file.ts'

const encoder = new TextEncoder()

/** A file's size in bytes: its stated size, else the UTF-8 length of its content, else 0. */
export function fileSize(file: ProjectFile): number {
  if (file.size !== undefined) return file.size
  if (file.content !== undefined) return encoder.encode(file.content).length
  return 0
}

export function isDirectory(path: string): boolean {
  return path.endsWith('/')
}

/** The entries the engine sees: paths and sizes only, content never. */
export function toEntries(files: readonly ProjectFile[]): FileEntry[] {
  return files.map((f) => (isDirectory(f.path) ? { path: f.path } : { path: f.path, size: fileSize(f) }))
}

export function findFile(files: readonly ProjectFile[], path: string): ProjectFile | undefined {
  return files.find((f) => f.path === path)
}

/**
 * The ignore file BuildKit uses for `-f <dockerfile>`: `<dockerfile>.dockerignore` next to the Dockerfile
 * when it exists, else `.dockerignore` at the context root; null when neither exists.
 */
export function pickIgnoreFile(files: readonly ProjectFile[], dockerfile: string): string | null {
  return enginePick(
    files.map((f) => f.path),
    dockerfile,
  ).path
}
