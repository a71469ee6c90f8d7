// `# check=skip=…;error=…;experimental=…`: the file-level directive, the per-instruction comment
// and the BUILDKIT_DOCKERFILE_CHECK build arg, as BuildKit's linter (frontend/dockerfile/linter)
// reads and merges them.

export interface LintConfig {
  skipAll: boolean
  skipRules: ReadonlySet<string>
  experimentalAll: boolean
  experimentalRules: ReadonlySet<string>
  returnAsError: boolean
}

export const EMPTY_CONFIG: LintConfig = {
  skipAll: false,
  skipRules: new Set(),
  experimentalAll: false,
  experimentalRules: new Set(),
  returnAsError: false,
}

export type ParsedLintOptions = { config: LintConfig; error: null } | { config: null; error: string }

// Go's strconv.ParseBool
const GO_BOOLS: Record<string, boolean> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
}

function splitList(v: string): string[] {
  return v.split(',').map((s) => s.trim())
}

/** linter.ParseLintOptions: at most three `;`-separated parts, unknown keys are errors. */
export function parseLintOptions(text: string): ParsedLintOptions {
  const checkStr = text.trim()
  if (checkStr === '') return { config: EMPTY_CONFIG, error: null }
  const parts = splitN(checkStr, ';', 3)
  let skipAll = false
  let experimentalAll = false
  let returnAsError = false
  let skipRules: string[] = []
  let experimentalRules: string[] = []
  for (const p of parts) {
    const eq = p.indexOf('=')
    if (eq < 0) return { config: null, error: `invalid check option ${JSON.stringify(p)}` }
    const k = p.slice(0, eq).trim()
    const v = p.slice(eq + 1).trim()
    switch (k) {
      case 'skip':
        if (v === 'all') skipAll = true
        else skipRules = splitList(v)
        break
      case 'experimental':
        if (v === 'all') experimentalAll = true
        else experimentalRules = splitList(v)
        break
      case 'error': {
        const b = GO_BOOLS[v]
        if (b === undefined) {
          return { config: null, error: `failed to parse check option ${JSON.stringify(p)}: strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax` }
        }
        returnAsError = b
        break
      }
      default:
        return { config: null, error: `invalid check option ${JSON.stringify(k)}` }
    }
  }
  return {
    config: { skipAll, skipRules: new Set(skipRules), experimentalAll, experimentalRules: new Set(experimentalRules), returnAsError },
    error: null,
  }
}

// Go's strings.SplitN: the last part keeps the remaining separators.
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = []
  let rest = s
  while (out.length < n - 1) {
    const i = rest.indexOf(sep)
    if (i < 0) break
    out.push(rest.slice(0, i))
    rest = rest.slice(i + sep.length)
  }
  out.push(rest)
  return out
}

/** Linter.WithMergedConfig: skips and experimental rules add up; `error` is never merged. */
export function mergeConfig(base: LintConfig, other: LintConfig): LintConfig {
  return {
    skipAll: base.skipAll || other.skipAll,
    skipRules: other.skipRules.size ? new Set([...base.skipRules, ...other.skipRules]) : base.skipRules,
    experimentalAll: base.experimentalAll || other.experimentalAll,
    experimentalRules: other.experimentalRules.size ? new Set([...base.experimentalRules, ...other.experimentalRules]) : base.experimentalRules,
    returnAsError: base.returnAsError,
  }
}

// DirectiveParser.ParseLine with an empty comment prefix, as used on an instruction's comments.
const DIRECTIVE_LINE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s

/**
 * Linter.WithMergedConfigFromComments: the first comment above an instruction that reads as a
 * `check=` directive is merged in; anything after a space in its value is ignored (so
 * `# check=skip=all // why` works); a malformed one leaves the configuration unchanged.
 */
export function mergeFromComments(base: LintConfig, comments: readonly string[]): LintConfig {
  for (const comment of comments) {
    const m = DIRECTIVE_LINE.exec(comment.trimStart())
    if (!m || m[1].toLowerCase() !== 'check') continue
    const parsed = parseLintOptions(cutAtSpace(m[2]))
    if (parsed.error !== null) return base
    return mergeConfig(base, parsed.config)
  }
  return base
}

export function cutAtSpace(s: string): string {
  const i = s.indexOf(' ')
  return i < 0 ? s : s.slice(0, i)
}

/** Linter.Run's gate: experimental rules need opting in; the others can be skipped. */
export function ruleEnabled(config: LintConfig, rule: string, experimental: boolean): boolean {
  if (experimental) return config.experimentalAll || config.experimentalRules.has(rule)
  return !(config.skipAll || config.skipRules.has(rule))
}
