// Stage names on FROM lines: StageNameCasing and FromAsCasing (checked while BuildKit parses each
// instruction), DuplicateStageName and ReservedStageName (checked once all stages are known).
import type { InstructionNode } from '../dockerfile/ast.ts'
import type { CheckContext } from './context.ts'
import { spanWithin, wordPattern } from './context.ts'
import { MESSAGES, warning } from './rules.ts'

const RESERVED_STAGE_NAMES = new Set(['context', 'scratch'])

/** instructions.isLowerCaseStageName and doesFromCaseMatchAsCase, for one FROM. */
export function checkFromCasing(ctx: CheckContext, from: InstructionNode): void {
  const args = from.args
  if (args.length === 3 && args[2] !== args[2].toLowerCase()) {
    ctx.report(warning('StageNameCasing', MESSAGES.StageNameCasing(args[2]), spanWithin(ctx, from, wordPattern(args[2]))), from)
  }
  if (args.length >= 3) {
    const cmd = from.rawKeyword
    const lower = cmd === cmd.toLowerCase()
    const upper = cmd === cmd.toUpperCase()
    // a keyword in mixed case is ConsistentInstructionCasing's business, not this rule's
    const as = args[1]
    const mismatch = lower ? as !== as.toLowerCase() : upper ? as !== as.toUpperCase() : false
    if ((lower || upper) && mismatch) {
      ctx.report(warning('FromAsCasing', MESSAGES.FromAsCasing(cmd, as), spanWithin(ctx, from, wordPattern(as))), from)
    }
  }
}

/** validateStageNames: BuildKit runs it with the file-level configuration only. */
export function checkStageNames(ctx: CheckContext, froms: readonly InstructionNode[]): void {
  const seen = new Set<string>()
  for (const from of froms) {
    const args = from.args
    if (args.length !== 3) continue
    const name = args[2].toLowerCase()
    const span = spanWithin(ctx, from, wordPattern(args[2]))
    if (RESERVED_STAGE_NAMES.has(name)) {
      ctx.report(warning('ReservedStageName', MESSAGES.ReservedStageName(name), span), null)
    }
    if (seen.has(name)) {
      ctx.report(warning('DuplicateStageName', MESSAGES.DuplicateStageName(name), span), null)
    }
    seen.add(name)
  }
}
