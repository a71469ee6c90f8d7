// Rules about the image config a stage builds up while BuildKit dispatches it:
// JSONArgsRecommended (shell-form CMD/ENTRYPOINT while no SHELL is set), MultipleInstructionsDisallowed
// (a second CMD/ENTRYPOINT/HEALTHCHECK in one stage; the earlier one is reported, since it is the
// one ignored) and WorkdirRelativePath (the first WORKDIR of a stage chain is relative).
import type { InstructionNode } from '../dockerfile/ast.ts'
import { expandWord } from '../dockerfile/shell.ts'
import type { CheckContext } from './context.ts'
import { argsSpan, keywordSpan } from './context.ts'
import { CAVEATS, MESSAGES, warning, withCaveat } from './rules.ts'

/** What a stage hands to stages built FROM it (dispatchState.init copies these). */
export interface InheritedConfig {
  /** a SHELL instruction ran in this stage or an in-file base */
  shellSet: boolean
  /** a WORKDIR instruction ran in this stage or an in-file base */
  workdirSet: boolean
}

/** Per-stage trackers that are not inherited: each stage starts counting afresh. */
export interface StageConfigState extends InheritedConfig {
  used: Map<string, InstructionNode>
  /** the stage's OS, for what counts as an absolute WORKDIR */
  os: string
  imageConfigUnknown: boolean
}

const USED_ONCE = new Set(['cmd', 'entrypoint', 'healthcheck'])

// system.IsAbs: on Windows only the system drive counts, UNC paths never do
function isAbsolute(path: string, os: string): boolean {
  if (os !== 'windows') return path.startsWith('/')
  if (path.length === 2 && path[1] === ':') return false
  const slashed = path.replace(/\\/g, '/')
  if (slashed.startsWith('//')) return false
  const colon = slashed.indexOf(':')
  if (colon < 0) return slashed.startsWith('/')
  if (slashed.slice(0, colon).toLowerCase() !== 'c') return false
  return slashed.slice(colon + 1).startsWith('/')
}

export function checkImageConfig(ctx: CheckContext, node: InstructionNode, state: StageConfigState, env: ReadonlyMap<string, string>): void {
  const k = node.keyword
  if (USED_ONCE.has(k)) {
    const previous = state.used.get(k)
    if (previous) {
      // reported where the ignored instruction is, under the later one's `# check=` comment
      ctx.report(warning('MultipleInstructionsDisallowed', MESSAGES.MultipleInstructionsDisallowed(node.rawKeyword), keywordSpan(previous)), node)
    }
    state.used.set(k, node)
  }
  if ((k === 'cmd' || k === 'entrypoint') && !node.json && !state.shellSet) {
    let d = warning('JSONArgsRecommended', MESSAGES.JSONArgsRecommended(node.rawKeyword), argsSpan(node))
    if (state.imageConfigUnknown) d = withCaveat(d, CAVEATS.baseImageShell)
    ctx.report(d, node)
  }
  if (k === 'shell') state.shellSet = true
  if (k === 'workdir') {
    const raw = node.args.join(' ')
    const r = expandWord(raw, env, ctx.escapeToken)
    const path = r.error === null ? r.value : raw
    if (!state.workdirSet && !isAbsolute(path, state.os)) {
      ctx.report(warning('WorkdirRelativePath', MESSAGES.WorkdirRelativePath(path), argsSpan(node)), node)
    }
    state.workdirSet = true
  }
}
