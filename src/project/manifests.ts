// The playground's own check (not BuildKit's): a package manifest the Dockerfile's tool needs
// (go.mod for `go`, package.json for `npm`, …) exists in the project but the ignore file keeps it out of
// the context, so the build fails later with an error far from its cause (the tutorial's go.mod mistake).
import type { DockerignoreRules } from '../dockerignore/index.ts'
import type { ContextResult, Diagnostic, MatchResult } from '../types.ts'
import type { ProjectFile } from '../share/state.ts'

export const MANIFEST_RULE = 'BuildManifestExcluded'

/** manifest file name → the command words in a Dockerfile that need it */
const MANIFESTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['go.mod', ['go']],
  ['go.sum', ['go']],
  ['package.json', ['npm', 'yarn', 'pnpm', 'node']],
  ['package-lock.json', ['npm']],
  ['yarn.lock', ['yarn']],
  ['pnpm-lock.yaml', ['pnpm']],
  ['requirements.txt', ['pip', 'pip3']],
  ['pyproject.toml', ['pip', 'pip3', 'poetry', 'uv']],
  ['poetry.lock', ['poetry']],
  ['Cargo.toml', ['cargo']],
  ['Cargo.lock', ['cargo']],
  ['pom.xml', ['mvn']],
  ['Gemfile', ['bundle']],
  ['Gemfile.lock', ['bundle']],
  ['composer.json', ['composer']],
]

function commandWords(dockerfile: string): Set<string> {
  const words = new Set<string>()
  for (const m of dockerfile.matchAll(/[A-Za-z0-9_.-]+/g)) words.add(m[0])
  return words
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export interface ManifestCheckInput {
  files: readonly ProjectFile[]
  rules: DockerignoreRules
  context: ContextResult
  dockerfileText: string
  match: (rules: DockerignoreRules, path: string) => MatchResult
}

export function manifestDiagnostics(input: ManifestCheckInput): Diagnostic[] {
  const excluded = new Set(input.context.excluded)
  const words = commandWords(input.dockerfileText)
  const out: Diagnostic[] = []
  for (const file of input.files) {
    if (!excluded.has(file.path)) continue
    const name = baseName(file.path)
    const entry = MANIFESTS.find(([m]) => m === name)
    if (!entry) continue
    const tool = entry[1].find((w) => words.has(w))
    if (!tool) continue
    const trace = input.match(input.rules, file.path).trace
    const decisive = [...trace].reverse().find((s) => !s.negated)
    const line = decisive?.line ?? 1
    const by = decisive ? `line ${decisive.line} (${decisive.pattern})` : 'the ignore file'
    out.push({
      rule: MANIFEST_RULE,
      severity: 'warning',
      message: `${file.path} is excluded by ${by}, but the Dockerfile runs ${tool}, which needs it: add !${file.path}`,
      line,
      url: '/reference/dockerignore-checks.html#build-manifest-excluded',
    })
  }
  return out
}
