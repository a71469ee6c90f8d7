// The checks on FROM lines that need ARG expansion: InvalidDefaultArgInFrom (the base image
// with every global ARG at its default), then, stage by stage as dispatchState is built,
// UndefinedArgInFrom, RedundantTargetPlatform and FromPlatformFlagConstDisallowed.
// These run over every stage, whatever the target.
import { expandWord } from '../dockerfile/shell.ts'
import type { CheckContext } from './context.ts'
import { flagSpan, spanWithin, variablePattern, wordPattern } from './context.ts'
import { parsePlatform } from './platform.ts'
import { referenceError } from '../dockerfile/reference.ts'
import { MESSAGES, warning } from './rules.ts'
import { suggestName } from '../dockerfile/suggest.ts'

const AUTOMATIC_ARGS = [
  'BUILDPLATFORM', 'BUILDOS', 'BUILDOSVERSION', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETOSVERSION', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
]

/** validateBaseImagesWithDefaultArgs (file-level configuration only). */
export function checkDefaultBaseImages(ctx: CheckContext): void {
  const { model, escapeToken } = ctx
  const env = new Map<string, string>()
  for (const k of AUTOMATIC_ARGS) {
    const v = model.fromEnv.get(k)
    if (v !== undefined) env.set(k, v)
  }
  for (const g of model.globalArgs) {
    if (g.default === null) continue
    const r = expandWord(g.default, env, escapeToken)
    // BuildKit gives up on the check here; the build itself reports the error
    if (r.error !== null) return
    env.set(g.name, r.value)
  }
  for (const st of model.stages) {
    const r = expandWord(st.baseRaw, env, escapeToken)
    if (r.error !== null) return
    if (referenceError(r.value) !== null) {
      ctx.report(warning('InvalidDefaultArgInFrom', MESSAGES.InvalidDefaultArgInFrom(st.baseRaw), spanWithin(ctx, st.from, wordPattern(st.baseRaw))), null)
    }
  }
}

/**
 * buildDispatchStates' checks, stage by stage. Returns false when BuildKit stops there with an
 * error (a base or platform that does not expand to something usable), so no stage is dispatched.
 */
export function checkFromLines(ctx: CheckContext): boolean {
  const { model, escapeToken } = ctx
  const env = model.fromEnv
  const argKeys = [...new Set([...model.globalArgs.map((g) => g.name), ...env.keys()])].sort()
  const known = new Set(argKeys)
  for (const st of model.stages) {
    const from = st.from
    const reportUndeclared = (unmatched: readonly string[]) => {
      for (const arg of [...new Set(unmatched)].sort()) {
        if (known.has(arg)) continue
        ctx.report(warning('UndefinedArgInFrom', MESSAGES.UndefinedArgInFrom(arg, suggestName(arg, argKeys, true) ?? ''), spanWithin(ctx, from, variablePattern(arg))), from)
      }
    }
    const base = expandWord(st.baseRaw, env, escapeToken)
    reportUndeclared(base.unmatched)
    if (base.error !== null || base.value === '') return false

    if (st.platformRaw !== null && st.platformRaw !== '') {
      const plat = expandWord(st.platformRaw, env, escapeToken)
      reportUndeclared(plat.unmatched)
      const matched = new Set(plat.matched)
      const unmatched = new Set(plat.unmatched)
      // only a lone $TARGETPLATFORM that expands to the target platform is certainly redundant
      if (matched.size === 1 && unmatched.size === 0 && matched.has('TARGETPLATFORM') && plat.value === env.get('TARGETPLATFORM')) {
        ctx.report(warning('RedundantTargetPlatform', MESSAGES.RedundantTargetPlatform(st.platformRaw), flagSpan(from, 'platform')), from)
      }
      if (matched.size === 0 && unmatched.size === 0) {
        const p = parsePlatform(plat.value)
        const name = st.stage.name ?? ''
        if (p && !name.includes(p.os) && !name.includes(p.architecture)) {
          ctx.report(warning('FromPlatformFlagConstDisallowed', MESSAGES.FromPlatformFlagConstDisallowed(plat.value), flagSpan(from, 'platform')), from)
        }
      }
      if (plat.error !== null || plat.value === '' || parsePlatform(plat.value) === null) return false
    }
  }
  return true
}
