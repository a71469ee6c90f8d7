// From parsed instructions to BuildKit's view of the build (dockerfile2llb's toDispatchState):
// global ARGs, stages and their bases, COPY --from / RUN --mount / ONBUILD edges, the target and
// the stages it needs, and the variables in scope at every instruction. Errors carry BuildKit's
// wording; like BuildKit, only the first one is reported, while the graph is still built from
// everything that could be read so the playground keeps showing it.
import type { Diagnostic, Stage, StageEdge } from '../types.ts'
import type { InstructionNode, ParsedDockerfile, Range } from './ast.ts'
import type { DockerfileModel, GlobalArg, ModelInstruction, ModelStage, Scope } from './model.ts'
import { parseDockerfile } from './parser.ts'
import { referenceError } from './reference.ts'
import { expandWord, goQuote, type LexOptions } from './shell.ts'
import { withSuggestion } from './suggest.ts'
import { cleanPath } from './read-paths.ts'
import { mountError, mountFrom, mountTarget, readMount, typeInstruction, type CopySource, type Typed } from './instructions.ts'

export interface ModelOptions {
  target?: string
  buildArgs?: Record<string, string>
  platform?: string
}

/** A read of the build context by one instruction of a built stage (for readPaths and the copy checks). */
export interface ContextRead {
  kind: 'copy' | 'add' | 'mount'
  stage: number
  line: number
  /** false for a stage that is checked (no --target: every stage) but not built for the target */
  built: boolean
  /** the instruction; for an ONBUILD trigger, the child's FROM (where BuildKit reports it) */
  node: InstructionNode
  /** source paths after variable expansion, as BuildKit resolves them */
  sources: string[]
  excludes: string[]
  parents: boolean
}

export interface ModelResult {
  model: DockerfileModel
  contextReads: ContextRead[]
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

interface Platform {
  os: string
  arch: string
  variant: string
}

// containerd/platforms Parse + Normalize, for the forms a build uses
export function parsePlatform(spec: string): Platform | null {
  const parts = spec.toLowerCase().split('/')
  if (parts.length < 1 || parts.length > 3 || parts.some((p) => p === '')) return null
  let [os, arch, variant] = [parts[0], parts[1] ?? 'amd64', parts[2] ?? '']
  if (parts.length === 1) {
    // a lone architecture is allowed: "arm64" means linux/arm64
    if (os !== 'linux' && os !== 'windows' && os !== 'darwin' && os !== 'freebsd') {
      arch = os
      os = 'linux'
    }
  }
  if (os === 'macos') os = 'darwin'
  switch (arch) {
    case 'i386': arch = '386'; variant = ''; break
    case 'x86_64': case 'x86-64': case 'amd64':
      arch = 'amd64'
      if (variant === 'v1') variant = ''
      break
    case 'aarch64': case 'arm64':
      arch = 'arm64'
      if (variant === '8' || variant === 'v8') variant = ''
      break
    case 'armhf': arch = 'arm'; variant = 'v7'; break
    case 'armel': arch = 'arm'; variant = 'v6'; break
    case 'arm':
      if (variant === '') variant = 'v7'
      else if (/^[5-8]$/.test(variant)) variant = 'v' + variant
      break
  }
  return { os, arch, variant }
}

// containerd/platforms.Parse's errors, for the specifiers it refuses
function platformParseError(spec: string): string | null {
  if (spec.includes('*')) return `${goQuote(spec)}: wildcards not yet supported: invalid argument`
  const parts = spec.split('/')
  for (const part of parts) {
    if (!/^[A-Za-z0-9_.-]+$/.test(part)) {
      return `${goQuote(part)} is an invalid component of ${goQuote(spec)}: platform specifier component must match "^[A-Za-z0-9_.-]+$": invalid argument`
    }
  }
  if (parts.length > 3) return `${goQuote(spec)}: cannot parse platform specifier: invalid argument`
  if (parts.length === 1) {
    const known = ['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos', 'macos']
    const arches = ['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm', 'i386', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel']
    const v = parts[0].toLowerCase()
    if (!known.includes(v) && !arches.includes(v)) return `${goQuote(spec)}: unknown operating system or architecture: invalid argument`
  }
  return null
}

function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.arch}/${p.variant}` : `${p.os}/${p.arch}`
}

function defaultArgs(target: Platform, overrides: Record<string, string>, targetStage: string): Map<string, string> {
  const build: Platform = { os: 'linux', arch: 'amd64', variant: '' }
  const pairs: [string, string][] = [
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', build.arch],
    ['BUILDVARIANT', build.variant],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', target.arch],
    ['TARGETVARIANT', target.variant],
    ['TARGETSTAGE', targetStage === '' ? 'default' : targetStage],
  ]
  const env = new Map<string, string>()
  for (const [k, v] of pairs) env.set(k, Object.prototype.hasOwnProperty.call(overrides, k) ? overrides[k] : v)
  return env
}

/** One of BuildKit's dispatch states: a stage of the file, or an image a --from/--mount named. */
interface State {
  /** index in the file's stages, or -1 for an image state */
  stage: number
  baseName: string
  name: string
  /** dispatchState.stageName: the name, or stage-N; '' when the build has a single state */
  stageName: string
  base: State | null
  deps: Map<State, number>
}

interface Cmd {
  node: InstructionNode
  typed: Typed
  line: number
  sources: (State | null)[]
  onbuild: boolean
}

class Collector {
  first: Diagnostic | null = null
  /** set once dispatchStages begins: errors before it stop the build before any stage runs */
  dispatching = false
  firstWhileDispatching = false
  private readonly ranges = new Map<number, Range>()
  constructor(parsed: ParsedDockerfile) {
    for (const n of parsed.instructions) if (!this.ranges.has(n.range.line)) this.ranges.set(n.range.line, n.range)
  }
  /** the error, marked over the instruction that starts at `line` (or the given range) */
  add(message: string, line: number, range?: Range): void {
    if (this.first !== null) return
    const r = range ?? this.ranges.get(line)
    this.first = { rule: 'SyntaxError', severity: 'error', message, line }
    this.firstWhileDispatching = this.dispatching
    if (r && r.line === line) Object.assign(this.first, { column: r.column, endLine: r.endLine, endColumn: r.endColumn })
  }
}

function emptyModel(parsed: ParsedDockerfile, diagnostics: Diagnostic[]): ModelResult {
  return {
    model: { globalArgs: [], fromEnv: new Map(), stages: [], edges: [], target: -1, built: [], dispatched: [], dispatchStop: 0, diagnostics, escapeToken: parsed.escapeToken },
    contextReads: [],
  }
}

const isTyped = (t: Typed | { error: string }): t is Typed => !('error' in t)

export function buildModel(parsed: ParsedDockerfile, options: ModelOptions = {}): ModelResult {
  const errs = new Collector(parsed)
  for (const e of parsed.errors) errs.add(e.message, e.line, e.range)
  const buildArgs = options.buildArgs ?? {}
  const hasBuildArg = (k: string) => Object.prototype.hasOwnProperty.call(buildArgs, k)

  // instructions.Parse: typed instructions, global ARGs before the first FROM, stages
  interface RawStage {
    from: InstructionNode
    typed: Extract<Typed, { kind: 'from' }>
    cmds: { node: InstructionNode; typed: Typed }[]
  }
  const rawStages: RawStage[] = []
  const metaArgNodes: { node: InstructionNode; typed: Extract<Typed, { kind: 'arg' }> }[] = []
  for (const node of parsed.instructions) {
    const t = typeInstruction(node)
    if (!isTyped(t)) {
      // instructions.Parse wraps its errors in parseError
      errs.add(`dockerfile parse error on line ${node.range.line}: ${t.error}`, node.range.line)
      continue
    }
    if (t.kind === 'from') {
      rawStages.push({ from: node, typed: t, cmds: [] })
      continue
    }
    if (rawStages.length === 0) {
      if (t.kind === 'arg') metaArgNodes.push({ node, typed: t })
      else errs.add('no build stage in current context', node.range.line)
      continue
    }
    rawStages[rawStages.length - 1].cmds.push({ node, typed: t })
  }
  if (rawStages.length === 0) {
    if (parsed.errors.length === 0) errs.add('dockerfile contains no stages to build', 1)
    return emptyModel(parsed, errs.first ? [errs.first] : [])
  }

  const platform = parsePlatform(options.platform ?? 'linux/amd64') ?? { os: 'linux', arch: 'amd64', variant: '' }
  const targetName = options.target || rawStages[rawStages.length - 1].typed.name
  const fromEnv = defaultArgs(platform, buildArgs, targetName)
  const lex = (word: string, env: ReadonlyMap<string, string>, opts?: LexOptions) => expandWord(word, env, parsed.escapeToken, opts)

  // buildMetaArgs: each global ARG sees the ones before it; --build-arg wins over a default
  const globalArgs: GlobalArg[] = []
  for (const { node, typed } of metaArgNodes) {
    for (const p of typed.pairs) {
      // shell word processing of the written default (quotes removed, earlier ARGs expanded), as
      // buildMetaArgs does before a --build-arg of the same name replaces it
      let defaultValue: string | null = null
      if (p.value !== null) {
        const r = lex(p.value, fromEnv)
        // the error only stops the build when this default is used: a --build-arg replaces it
        if (r.error && !hasBuildArg(p.key)) errs.add(r.error, node.range.line)
        defaultValue = r.error ? '' : r.value
      }
      const value = hasBuildArg(p.key) ? buildArgs[p.key] : defaultValue
      if (value !== null) fromEnv.set(p.key, value)
      globalArgs.push({ name: p.key, default: p.value, defaultValue, value, line: node.range.line, node })
    }
  }

  // buildDispatchStates: expand FROM, bind a base to an earlier stage of exactly that name
  const states: State[] = []
  const byName = new Map<string, State>()
  const addState = (s: State) => {
    states.push(s)
    const b = byName.get(s.baseName)
    if (b) s.base = b
    if (s.name !== '') byName.set(s.name.toLowerCase(), s)
  }
  const stages: Stage[] = []
  const edges: StageEdge[] = []
  rawStages.forEach((rs, i) => {
    const line = rs.from.range.line
    const r = lex(rs.typed.base, fromEnv)
    let base = r.value
    if (r.error) {
      errs.add(r.error, line)
      base = rs.typed.base
    } else if (r.value === '') {
      errs.add(`base name (${rs.typed.base}) should not be blank`, line)
    }
    if (rs.typed.platform !== '') {
      const pr = lex(rs.typed.platform, fromEnv)
      // wrapSuggestAny: a misspelt variable gets "did you mean" against the global args
      const hint = (msg: string) => {
        for (const k of pr.unmatched) {
          const m = withSuggestion(msg, k, [...fromEnv.keys()], true)
          if (m !== msg) return m
        }
        return msg
      }
      if (pr.error) errs.add(`failed to process arguments for platform ${pr.value}: ${pr.error}`, line)
      else if (pr.value === '') errs.add(hint(`empty platform value from expression ${rs.typed.platform}`), line)
      else {
        const perr = platformParseError(pr.value)
        if (perr) errs.add(`failed to parse platform ${rs.typed.platform}: ${hint(perr)}`, line)
      }
    }
    const st: State = { stage: i, baseName: base, name: rs.typed.name, stageName: rs.typed.name || `stage-${i}`, base: null, deps: new Map() }
    addState(st)
    stages.push({
      index: i,
      name: rs.typed.name === '' ? null : rs.typed.name,
      base,
      baseStage: st.base ? st.base.stage : null,
      platform: rs.typed.platform === '' ? null : rs.typed.platform,
      line,
    })
    if (st.base) edges.push({ from: st.base.stage, to: i, kind: 'from', line })
    else if (base !== 'scratch' && base !== '') edges.push({ from: base, to: i, kind: 'from', line })
  })

  // resolveTarget
  let target = states[stages.length - 1]
  if (options.target !== undefined && options.target !== '') {
    const t = byName.get(options.target.toLowerCase())
    if (t) target = t
    else {
      const names = states.filter((s) => s.name !== '').map((s) => s.name)
      errs.add(withSuggestion(`target stage ${goQuote(options.target)} could not be found`, options.target, names, true), 1)
    }
  }

  // buildStageDependencyGraph: COPY --from and RUN --mount sources; image states are appended as found
  const imageState = (ref: string): State => {
    const s: State = { stage: -1, baseName: ref, name: '', stageName: '', base: null, deps: new Map() }
    addState(s)
    return s
  }
  const sourcesOf = (typed: Typed, line: number, fail: (message: string, line: number) => void = (m, l) => errs.add(m, l)): (State | null)[] => {
    if ((typed.kind === 'copy') && typed.from !== '') {
      const r = lex(typed.from, new Map())
      if (r.error) {
        fail(r.error, line)
        return [null]
      }
      if (r.value !== typed.from) {
        fail('variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround', line)
        return [null]
      }
      // strconv.Atoi: a 64-bit integer is an index (in range or not); anything else is a name
      const idx = /^[+-]?[0-9]+$/.test(typed.from) ? BigInt(typed.from) : null
      if (idx !== null && idx >= -(2n ** 63n) && idx < 2n ** 63n) {
        if (idx < 0n || idx >= BigInt(states.length)) {
          fail(`invalid stage index ${idx}`, line)
          return [null]
        }
        return [states[Number(idx)]]
      }
      return [byName.get(typed.from.toLowerCase()) ?? imageState(typed.from)]
    }
    if (typed.kind === 'run') {
      return typed.mounts.map((m) => {
        const from = mountFrom(m) || 'scratch'
        return byName.get(from.toLowerCase()) ?? imageState(from)
      })
    }
    return []
  }
  const cmdsByStage: Cmd[][] = []
  rawStages.forEach((rs, i) => {
    const st = states[i]
    const cmds: Cmd[] = []
    for (const c of rs.cmds) {
      const line = c.node.range.line
      const sources = sourcesOf(c.typed, line)
      cmds.push({ node: c.node, typed: c.typed, line, sources, onbuild: false })
      for (const s of sources) if (s) st.deps.set(s, line)
    }
    cmdsByStage.push(cmds)
  })
  const edgeFor = (src: State, to: number, kind: StageEdge['kind'], line: number) => {
    if (src.stage >= 0) edges.push({ from: src.stage, to, kind, line })
    else if (src.baseName !== 'scratch') edges.push({ from: src.baseName, to, kind, line })
  }
  rawStages.forEach((_rs, i) => {
    for (const c of cmdsByStage[i]) {
      if (c.typed.kind === 'copy') {
        for (const s of c.sources) if (s) edgeFor(s, i, 'copy', c.line)
      } else if (c.typed.kind === 'run') {
        c.typed.mounts.forEach((m, k) => {
          const s = c.sources[k]
          // a mount without from= names "scratch": a stage called so becomes a dependency
          if (s && (mountFrom(m) !== '' || s.stage >= 0)) edgeFor(s, i, 'mount', c.line)
        })
      }
    }
  })

  // validateCircularDependency runs before ONBUILD triggers add their dependencies, and before a
  // lone state loses its stage name, so a stage copying from itself is named in the error
  const cycle = findCycle(states)
  if (cycle) errs.add(`circular dependency detected on stage: ${cycle.state.stageName}`, cycle.line)
  if (states.length === 1) states[0].stageName = ''

  // ONBUILD triggers of an in-file base run first in the child; their --from become its
  // dependencies. BuildKit initialises them (initOnBuildTriggers) only for the stages the target
  // reaches, even when every stage is dispatched: the edges are shown for every child, but a
  // trigger's error and its commands count only in a reachable one.
  const statesBeforeTriggers = states.length
  /** the child whose trigger created an image state */
  const triggerStateOwner = new Map<State, number>()
  const triggerCmds: Cmd[][] = rawStages.map(() => [])
  const triggerError: ({ message: string; line: number } | null)[] = rawStages.map(() => null)
  rawStages.forEach((_rs, i) => {
    const st = states[i]
    if (!st.base || st.base.stage < 0) return
    const line = rawStages[i].from.range.line
    const fail = (message: string, at: number) => {
      triggerError[i] ??= { message, line: at }
    }
    const stateCount = states.length
    for (const c of cmdsByStage[st.base.stage]) {
      if (c.typed.kind !== 'onbuild') continue
      const tp = parseDockerfile(c.typed.expression)
      if (tp.errors.length > 0) {
        fail(tp.errors[0].message, line)
        continue
      }
      if (tp.instructions.length !== 1) {
        fail('onbuild trigger should be a single expression', line)
        continue
      }
      const tnode = tp.instructions[0]
      const tt = typeInstruction(tnode)
      if (!isTyped(tt)) {
        fail(tt.error, line)
        continue
      }
      const sources = sourcesOf(tt, line, fail)
      triggerCmds[i].push({ node: tnode, typed: tt, line, sources, onbuild: true })
      for (const s of sources) if (s) st.deps.set(s, line)
      if (tt.kind === 'copy') for (const s of sources) if (s) edgeFor(s, i, 'onbuild-copy', line)
      if (tt.kind === 'run') {
        tt.mounts.forEach((m, k) => {
          const s = sources[k]
          if (s && mountFrom(m) !== '') edgeFor(s, i, 'onbuild-mount', line)
        })
      }
    }
    for (const s of states.slice(stateCount)) triggerStateOwner.set(s, i)
  })

  // the stages the target needs: its base chain and every dependency, transitively
  const reachable = new Set<State>()
  const visit = (s: State) => {
    if (reachable.has(s)) return
    reachable.add(s)
    if (s.base) visit(s.base)
    for (const d of s.deps.keys()) visit(d)
  }
  visit(target)
  const built = [...reachable].filter((s) => s.stage >= 0).map((s) => s.stage).sort((a, b) => a - b)

  // resolveStages: image references are checked for every image state, reachable or not
  // (resolveReachableStages), then the triggers of reachable children are read, then the image
  // states those triggers added are resolved in the next round
  const builtStages = new Set(built)
  const checkReferences = (from: number, to: number) => {
    for (const s of states.slice(from, to)) {
      if (s.base || s.baseName === 'scratch' || s.baseName === '') continue
      const owner = triggerStateOwner.get(s)
      if (owner !== undefined && !builtStages.has(owner)) continue
      const e = referenceError(s.baseName)
      if (e) errs.add(`failed to parse stage name ${goQuote(s.baseName)}: ${e}`, s.stage >= 0 ? stages[s.stage].line : firstUseLine(s, states))
    }
  }
  checkReferences(0, statesBeforeTriggers)
  for (const i of built) {
    const e = triggerError[i]
    if (e) errs.add(e.message, e.line)
  }
  checkReferences(statesBeforeTriggers, states.length)
  errs.dispatching = true

  // dispatch: variables in scope, expansion errors, --from on a stage not yet built.
  // What is reported is what `docker build --check` reports: without a target BuildKit's lint
  // request dispatches every stage (AllStages), so an error in a stage the build would skip still
  // fails the check; with a target, only the stages it needs are dispatched, as in `docker build`.
  const dispatchAll = options.target === undefined || options.target === ''
  const modelStages: ModelStage[] = []
  const finalEnv: Map<string, string>[] = []
  const finalArgs: Set<string>[] = []
  // the working directory each stage ends with, where this file decides it (null: set by an image)
  const finalWorkdir: (string | null)[] = []
  const contextReads: ContextRead[] = []
  const builtSet = new Set(built)
  rawStages.forEach((rs, i) => {
    const st = states[i]
    const inFileBase = st.base && st.base.stage >= 0 ? st.base.stage : -1
    const env = inFileBase >= 0 ? new Map(finalEnv[inFileBase]) : new Map<string, string>()
    const argNames = inFileBase >= 0 ? new Set(finalArgs[inFileBase]) : new Set<string>()
    if (inFileBase < 0 && platform.os !== 'windows' && !env.has('PATH')) env.set('PATH', DEFAULT_PATH)
    let unknownConfig = st.baseName !== 'scratch' && st.baseName !== ''
    // an image's config may set WorkingDir; scratch has none, which BuildKit treats as "/"
    let workdir: string | null = inFileBase >= 0 ? finalWorkdir[inFileBase] : unknownConfig ? null : '/'
    // Windows paths (drive letters, IsAbsolutePath) are not modelled: leave their mounts unchecked
    const stageOS = rs.typed.platform === '' ? platform.os : parsePlatform(lex(rs.typed.platform, fromEnv).value)?.os ?? platform.os
    if (stageOS === 'windows') workdir = null
    if (inFileBase >= 0) unknownConfig = modelStages[inFileBase].imageConfigUnknown
    const dispatched = dispatchAll ? true : reachable.has(st)
    const report = (msg: string, line: number) => {
      if (dispatched) errs.add(msg, line)
    }
    const instructions: ModelInstruction[] = []
    // instructions between two ENV/ARG share one snapshot
    let cached: Scope | null = null
    const scope = (): Scope => (cached ??= { env: new Map(env), buildArgs: new Set(argNames) })
    const expand = (word: string, line: number, opts?: LexOptions): string => {
      const r = lex(word, env, opts)
      if (r.error) report(r.error, line)
      return r.value
    }
    const entryScope = scope()
    const triggers: ModelInstruction[] = []
    for (const c of [...(reachable.has(st) ? triggerCmds[i] : []), ...cmdsByStage[i]]) {
      ;(c.onbuild ? triggers : instructions).push({ node: c.node, scope: scope() })
      const t = c.typed
      switch (t.kind) {
        case 'env': {
          // every word is expanded before any pair is set: ENV A=1 B=$A sees the old A
          const pairs = t.pairs.map((p) => [expand(p.key, c.line), expand(p.value ?? '', c.line)] as const)
          for (const [k, v] of pairs) env.set(k, v)
          cached = null
          break
        }
        case 'arg':
          for (const p of t.pairs) {
            let value: string | null = null
            if (hasBuildArg(p.key)) value = buildArgs[p.key]
            else if (p.value !== null) value = expand(p.value, c.line)
            else if (fromEnv.has(p.key)) value = fromEnv.get(p.key) ?? null
            if (value !== null) env.set(p.key, value)
            argNames.add(p.key)
            cached = null
          }
          break
        case 'copy':
        case 'add': {
          const sources = t.sources.filter((s: CopySource) => !s.heredoc).map((s) => expand(s.path, c.line))
          expand(t.dest, c.line)
          if (t.kind === 'copy') {
            const url = sources.find((p) => /^https?:\/\//.test(p))
            if (url !== undefined) report(/\.git(#|$)/.test(url) ? "source can't be a git ref for COPY" : "source can't be a URL for COPY", c.line)
          }
          const fromContext = t.kind === 'add' || t.from === ''
          if (fromContext && dispatched) {
            const paths = t.kind === 'add' ? sources.filter((p) => !isRemoteSource(p)) : sources
            contextReads.push({ kind: t.kind, stage: i, built: builtSet.has(i), line: c.line, node: c.onbuild ? rs.from : c.node, sources: paths, excludes: t.excludes, parents: t.parents })
          }
          break
        }
        case 'run':
          for (const m of t.mounts) {
            const merr = mountError(m, (w) => expand(w, c.line))
            if (merr) report(merr, c.line)
            const spec = readMount(m, (w) => expand(w, c.line))
            if (spec && spec.type === 'bind' && spec.from === '' && dispatched) {
              contextReads.push({ kind: 'mount', stage: i, built: builtSet.has(i), line: c.line, node: c.onbuild ? rs.from : c.node, sources: [spec.source === '' ? '/' : spec.source], excludes: [], parents: false })
            }
          }
          break
        default:
          if (['workdir', 'user', 'volume', 'stopsignal', 'label', 'expose'].includes(c.node.keyword)) {
            const words = c.node.args.map((a) => expand(a, c.line))
            if (c.node.keyword === 'volume' && words.some((w) => w.trim() === '')) report('VOLUME specified can not be an empty string', c.line)
            // system.NormalizeWorkdir: a relative WORKDIR is joined to the current one
            if (c.node.keyword === 'workdir' && words.length === 1 && stageOS !== 'windows') {
              if (words[0].startsWith('/')) workdir = cleanPath(words[0])
              else if (workdir !== null) workdir = cleanPath(`${workdir}/${words[0]}`)
            }
          }
      }
      // after the words are expanded, the sources must already be built
      const src = c.sources[0]
      if (t.kind === 'copy' && src && src.stage >= 0 && src.stage >= i) {
        report(`cannot copy from stage ${goQuote(t.from)}, it needs to be defined before current stage ${goQuote(st.stageName)}`, c.line)
      }
      if (t.kind === 'run') {
        // dispatchRunMounts, mount by mount: the source must be built, then the target must not be "/"
        t.mounts.forEach((m, k) => {
          const s = c.sources[k]
          const from = mountFrom(m)
          if (from !== '' && s && s.stage >= 0 && s.stage >= i) {
            report(`cannot mount from stage ${goQuote(from)} to ${goQuote(mountTarget(m))}, stage needs to be defined before current command`, c.line)
          }
          const spec = readMount(m, (w) => lex(w, env).value)
          if (spec && spec.type !== 'secret' && spec.type !== 'ssh' && mountsOnRoot(spec.target, workdir)) report('invalid mount target "/"', c.line)
        })
      }
    }
    finalEnv.push(env)
    finalArgs.push(argNames)
    finalWorkdir.push(workdir)
    modelStages.push({
      stage: stages[i],
      from: rs.from,
      baseRaw: rs.typed.base,
      instructions,
      entryScope,
      triggers,
      imageConfigUnknown: unknownConfig,
      platformRaw: rs.typed.platform === '' ? null : rs.typed.platform,
    })
  })

  const model: DockerfileModel = {
    globalArgs,
    fromEnv,
    stages: modelStages,
    edges,
    target: target.stage,
    built,
    dispatched: dispatchAll ? stages.map((s) => s.index) : built,
    diagnostics: errs.first ? [errs.first] : [],
    dispatchStop: errs.first === null ? null : errs.firstWhileDispatching ? errs.first.line : 0,
    escapeToken: parsed.escapeToken,
  }
  return { model, contextReads }
}

// dispatchRunMounts: an absolute target is used as written, so only "/" itself is refused; a
// relative one (or none) is joined to the working directory and refused when that gives "/".
// With the working directory set by an image, a relative target cannot be judged here.
function mountsOnRoot(target: string, workdir: string | null): boolean {
  if (cleanPath(target).startsWith('/')) return target === '/'
  return workdir !== null && cleanPath(`/${workdir}/${target}`) === '/'
}

function isRemoteSource(p: string): boolean {
  return /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/.test(p)
}

function firstUseLine(s: State, states: State[]): number {
  for (const o of states) {
    const l = o.deps.get(s)
    if (l !== undefined) return l
  }
  return 1
}

// validateCircularDependency: depth-first over deps, in state order
function findCycle(states: State[]): { state: State; line: number } | null {
  const visited = new Set<State>()
  const path = new Set<State>()
  const visit = (s: State, lines: number[]): number[] | null => {
    if (visited.has(s)) return null
    visited.add(s)
    path.add(s)
    for (const [dep, line] of s.deps) {
      const next = [...lines, line]
      if (path.has(dep)) return next
      const r = visit(dep, next)
      if (r) return r
    }
    path.delete(s)
    return null
  }
  for (const s of states) {
    const lines = visit(s, [])
    if (lines) return { state: s, line: lines[0] }
  }
  return null
}
