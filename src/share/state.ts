// The playground's whole state: what a share link and localStorage carry.

/** A project entry: relative '/'-separated path; a trailing '/' marks an (empty) directory.
 *  `content` is kept only for text files the engine reads (Dockerfiles, ignore files) or the reader edits. */
export interface ProjectFile {
  path: string
  size?: number
  content?: string
}

export interface PlaygroundState {
  files: ProjectFile[]
  /** path of the Dockerfile inside the project (`docker build -f`), default 'Dockerfile' */
  dockerfile: string
  /** --target, lower-cased or as typed; undefined: the last stage */
  target?: string
  buildArgs: Record<string, string>
  /** default 'linux/amd64' */
  platform?: string
}
