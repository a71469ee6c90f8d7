// ConsistentInstructionCasing (validateCommandCasing): every keyword from the first FROM on is
// counted as lower or upper case, and any keyword that differs from the majority is reported.
// ARGs before the first FROM are not part of a stage, so BuildKit neither counts nor checks them.
import type { InstructionNode } from '../dockerfile/ast.ts'
import type { CheckContext } from './context.ts'
import { keywordSpan } from './context.ts'
import { MESSAGES, warning } from './rules.ts'

export function checkInstructionCasing(ctx: CheckContext, stageInstructions: readonly InstructionNode[]): void {
  let lower = 0
  let upper = 0
  for (const node of stageInstructions) {
    const name = node.rawKeyword
    if (name === name.toLowerCase()) lower++
    else if (name === name.toUpperCase()) upper++
  }
  const majorityLower = lower > upper
  for (const node of stageInstructions) {
    const name = node.rawKeyword
    let casing = ''
    if (majorityLower && name.toLowerCase() !== name) casing = 'lowercase'
    else if (!majorityLower && name.toUpperCase() !== name) casing = 'uppercase'
    if (casing) ctx.report(warning('ConsistentInstructionCasing', MESSAGES.ConsistentInstructionCasing(name, casing), keywordSpan(node)), null)
  }
}
