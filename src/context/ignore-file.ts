// Which ignore file a build uses, as BuildKit's Dockerfile frontend picks it.
//
// BuildKit first reads `<Dockerfile>.dockerignore` next to the Dockerfile (`-f app.Dockerfile` →
// `app.Dockerfile.dockerignore`, also `Dockerfile.dockerignore` for the default name); when that file
// exists it replaces `.dockerignore` at the context root entirely. Any other `.dockerignore`
// (in a subdirectory) has no effect.
//
// An empty `<Dockerfile>.dockerignore` depends on how the frontend runs: dockerui keeps the file's
// bytes only when they are not nil. The built-in frontend reads them in process (io.ReadAll: empty,
// not nil), so the empty file replaces `.dockerignore`; a frontend image (`# syntax=…`) gets them
// through gRPC, where empty bytes arrive as nil, so `.dockerignore` applies. This picks by presence,
// as the built-in frontend does.

export interface IgnoreFilePick {
  /** the path of the ignore file used, relative to the context root; null when there is none */
  path: string | null
  /** why: the Dockerfile-specific file, the context root's `.dockerignore`, or none */
  kind: 'dockerfile' | 'root' | 'none'
  /** ignore files present but not used (the root one when shadowed, nested ones), for diagnostics */
  ignored: string[]
}

function clean(path: string): string {
  return path.split('/').filter((s) => s !== '' && s !== '.').join('/')
}

/**
 * Picks the ignore file for a build. `paths` are the context's file paths ('/'-separated, relative);
 * `dockerfile` is the Dockerfile's path relative to the context (default `Dockerfile`).
 */
export function pickIgnoreFile(paths: Iterable<string>, dockerfile = 'Dockerfile'): IgnoreFilePick {
  const files = new Set<string>()
  for (const p of paths) if (!p.endsWith('/')) files.add(clean(p))
  const specific = clean(dockerfile) + '.dockerignore'
  const candidates = [...files].filter((p) => p === '.dockerignore' || p.endsWith('/.dockerignore') || p.endsWith('.dockerignore'))
  let path: string | null = null
  let kind: IgnoreFilePick['kind'] = 'none'
  if (files.has(specific)) {
    path = specific
    kind = 'dockerfile'
  } else if (files.has('.dockerignore')) {
    path = '.dockerignore'
    kind = 'root'
  }
  const ignored = candidates
    .filter((p) => p !== path && (p === '.dockerignore' || p.endsWith('/.dockerignore')))
    .sort()
  return { path, kind, ignored }
}
