// Messages between the page and folder-import.worker.ts.
import type { PackedFiles } from '../../src/project/file-list-pack.ts'

export type FolderRequest =
  /** from showDirectoryPicker() or a dropped folder's handle */
  | { kind: 'handle'; handle: FileSystemDirectoryHandle }
  /**
   * From <input webkitdirectory> or a walked drop: each file with its path inside the folder, in chunks
   * (handing 100,000 File objects over at once holds the page for a second), the last one `done`.
   */
  | { kind: 'files'; name: string; files: File[]; paths: string[]; done: boolean }

export type FolderResponse =
  | { type: 'progress'; count: number; total: number | null }
  | { type: 'done'; name: string; files: PackedFiles; truncated: boolean }
  | { type: 'error'; message: string }

/**
 * Files per message when a file list is handed to the worker. Copying a File from an <input> makes
 * Chromium fetch its metadata synchronously on the page's thread (0.2–0.5 ms each), so small chunks
 * keep every pause short; with the directory picker or a drop the worker reads handles and none of
 * this happens.
 */
export const FILES_PER_MESSAGE = 500

/** As many files as a share link may carry. */
export const MAX_FOLDER_FILES = 300_000
/** Text files larger than this are kept as path and size only. */
export const MAX_TEXT_BYTES = 1024 * 1024

/** The files whose content the engine reads: Dockerfiles and ignore files. Nothing else is ever opened. */
export function isEngineText(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return (
    name === '.dockerignore' ||
    name === '.gitignore' ||
    name.endsWith('.dockerignore') ||
    name === 'Containerfile' ||
    /(^|\.)Dockerfile($|\.)/i.test(name)
  )
}
