// NoEmptyContinuation: BuildKit's parser records an empty line inside a continued instruction as
// a warning on the instruction's last line; dockerfile2llb turns it into this check.
import type { CheckContext } from './context.ts'
import { MESSAGES, warning } from './rules.ts'

export function checkEmptyContinuations(ctx: CheckContext): void {
  for (const w of ctx.parsed.warnings) {
    if (w.rule !== 'NoEmptyContinuation') continue
    ctx.report(warning('NoEmptyContinuation', MESSAGES.NoEmptyContinuation(), { line: w.line }), null)
  }
}
