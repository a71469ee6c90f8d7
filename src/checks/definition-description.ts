// InvalidDefinitionDescription (experimental): a comment right above a named FROM or an ARG is
// read as its description and should start with the name it describes.
import type { InstructionNode } from '../dockerfile/ast.ts'
import type { CheckContext } from './context.ts'
import { spanOf } from './context.ts'
import { MESSAGES, warning } from './rules.ts'
import { argDefinitions } from './words.ts'

export function checkDefinitionDescription(ctx: CheckContext, node: InstructionNode): void {
  let instruction: string
  let keys: string[]
  if (node.keyword === 'from') {
    if (node.args.length !== 3) return
    instruction = 'FROM'
    keys = [node.args[2].toLowerCase()]
  } else if (node.keyword === 'arg') {
    instruction = 'ARG'
    keys = argDefinitions(node).map((a) => a.key)
  } else {
    return
  }
  const comments = node.prevComments
  if (comments.length === 0 || keys.length === 0) return
  const first = comments[comments.length - 1].split(' ')[0]
  if (keys.includes(first)) return
  const example = keys.length > 1 ? '<arg_key>' : keys[0]
  ctx.report(warning('InvalidDefinitionDescription', MESSAGES.InvalidDefinitionDescription(instruction, example), spanOf(node)), node)
}
