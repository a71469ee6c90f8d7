// UndefinedVar: BuildKit expands the words of ENV, LABEL, ADD, COPY, WORKDIR, USER, VOLUME,
// STOPSIGNAL, RUN --mount and ARG defaults with the stage's environment, and reports every
// variable that is neither set nor declared by an ARG of the stage (reportUnmatchedVariables).
// RUN, CMD, ENTRYPOINT, EXPOSE and HEALTHCHECK are not checked: their variables belong to the
// shell or are expanded without tracking.
import type { InstructionNode } from '../dockerfile/ast.ts'
import type { Scope } from '../dockerfile/model.ts'
import { expandWord } from '../dockerfile/shell.ts'
import type { CheckContext } from './context.ts'
import { spanWithin, variablePattern } from './context.ts'
import { CAVEATS, MESSAGES, warning, withCaveat } from './rules.ts'
import { suggestName } from '../dockerfile/suggest.ts'
import { argDefinitions, flagValue, keyValuePairs } from './words.ts'

// ARGs BuildKit never puts in the environment, so never reported
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE'])

export interface ExpansionTarget {
  word: string
  /** heredoc bodies are expanded with `\` as escape and quotes left alone (ExpandRaw) */
  raw: boolean
}

function isHeredocWord(word: string, node: InstructionNode): boolean {
  if (!word.startsWith('<<')) return false
  const name = word.replace(/^<<-?/, '').replace(/^["']|["']$/g, '')
  return node.heredocs.some((h) => h.name === name)
}

/** The words BuildKit's Expand/ExpandRaw hand to the shell lexer, in its order. */
export function expandedWords(node: InstructionNode, escapeToken: string): ExpansionTarget[] {
  const words = (list: (string | null)[]): ExpansionTarget[] =>
    list.filter((w): w is string => w !== null).map((word) => ({ word, raw: false }))
  switch (node.keyword) {
    case 'env':
    case 'label':
      return words(keyValuePairs(node, escapeToken).flatMap((kv) => [kv.key, kv.value]))
    case 'add':
    case 'copy': {
      const flags = node.keyword === 'add' ? ['chown', 'chmod', 'checksum'] : ['chown', 'chmod']
      const paths = node.args.filter((a) => !isHeredocWord(a, node))
      const out = words([...flags.map((f) => flagValue(node, f)), ...paths])
      for (const h of node.heredocs) if (h.expand) out.push({ word: h.content, raw: true })
      return out
    }
    case 'workdir':
    case 'user':
    case 'stopsignal':
      return words([node.args.length ? node.args.join(' ') : null])
    case 'volume':
      return words(node.args)
    case 'run': {
      const out: string[] = []
      for (const f of node.flags) {
        if (f.name !== 'mount' || f.value === null) continue
        for (const field of splitCsv(f.value)) {
          const eq = field.indexOf('=')
          if (eq >= 0) out.push(field.slice(eq + 1))
        }
      }
      return words(out)
    }
    default:
      return []
  }
}

// encoding/csv fields of one line, as csvvalue.Fields reads a --mount value
function splitCsv(s: string): string[] {
  const out: string[] = []
  let i = 0
  while (i <= s.length) {
    let field = ''
    if (s[i] === '"') {
      i++
      while (i < s.length) {
        if (s[i] === '"') {
          if (s[i + 1] === '"') { field += '"'; i += 2; continue }
          i++
          break
        }
        field += s[i++]
      }
      while (i < s.length && s[i] !== ',') field += s[i++]
    } else {
      while (i < s.length && s[i] !== ',') field += s[i++]
    }
    out.push(field)
    i++
  }
  return out
}

/**
 * Check one instruction. `scope` is the model's view before it runs; `pathDefault` adds the
 * PATH BuildKit always sets on Linux (suggestions name it: `$PAHT` → `$PATH`).
 */
export function checkUndefinedVars(ctx: CheckContext, node: InstructionNode, scope: Scope, imageConfigUnknown: boolean, pathDefault: string | null): void {
  const env = withPath(scope.env, pathDefault)
  const report = (unmatched: readonly string[], currentEnv: ReadonlyMap<string, string>, declared: ReadonlySet<string>) => {
    const options = [...currentEnv.keys()].sort()
    for (const name of [...new Set(unmatched)].sort()) {
      if (declared.has(name) || NON_ENV_ARGS.has(name)) continue
      let d = warning('UndefinedVar', MESSAGES.UndefinedVar(name, suggestName(name, options, true) ?? ''), spanWithin(ctx, node, variablePattern(name)))
      if (imageConfigUnknown) d = withCaveat(d, CAVEATS.baseImageEnv)
      ctx.report(d, node)
    }
  }
  if (node.keyword === 'arg') {
    // dispatchArg: each default is expanded with what earlier ARGs of the same line set
    const localEnv = new Map(env)
    const declared = new Set(scope.buildArgs)
    for (const def of argDefinitions(node)) {
      const fromBuildArg = ctx.options.buildArgs?.[def.key]
      let value: string | null = null
      if (fromBuildArg !== undefined) {
        value = fromBuildArg
      } else if (def.value !== null) {
        const r = expandWord(def.value, localEnv, ctx.escapeToken)
        report(r.unmatched, localEnv, declared)
        if (r.error !== null) return
        value = r.value
      } else {
        const g = ctx.model.fromEnv.get(def.key)
        if (g !== undefined && ctx.model.globalArgs.some((a) => a.name === def.key)) value = g
      }
      if (value !== null && !NON_ENV_ARGS.has(def.key)) localEnv.set(def.key, value)
      declared.add(def.key)
    }
    return
  }
  for (const target of expandedWords(node, ctx.escapeToken)) {
    const r = target.raw
      ? expandWord(target.word, env, '\\', { skipProcessQuotes: true })
      : expandWord(target.word, env, ctx.escapeToken)
    report(r.unmatched, env, scope.buildArgs)
    // an expansion error fails the build at this instruction
    if (r.error !== null) return
  }
}

export function withPath(env: ReadonlyMap<string, string>, pathDefault: string | null): ReadonlyMap<string, string> {
  if (pathDefault === null || env.has('PATH')) return env
  const m = new Map(env)
  m.set('PATH', pathDefault)
  return m
}
