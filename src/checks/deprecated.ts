// MaintainerDeprecated, reported while BuildKit parses the instruction.
import type { InstructionNode } from '../dockerfile/ast.ts'
import type { CheckContext } from './context.ts'
import { keywordSpan } from './context.ts'
import { MESSAGES, warning } from './rules.ts'

export function checkMaintainer(ctx: CheckContext, node: InstructionNode): void {
  if (node.keyword === 'maintainer') {
    ctx.report(warning('MaintainerDeprecated', MESSAGES.MaintainerDeprecated(), keywordSpan(node)), node)
  }
}
