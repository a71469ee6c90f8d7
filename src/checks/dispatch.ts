// The checks BuildKit runs while it dispatches instructions (dockerfile2llb's dispatch): for the
// stages the model dispatches (every stage without a target, as `docker build --check` does; the
// stages the target needs otherwise), in file order, each stage starting from its in-file base's
// state. A build error stops dispatching, so nothing at or after the first one is checked.
import type { CheckContext } from './context.ts'
import { expandWord } from '../dockerfile/shell.ts'
import { checkExpose } from './expose.ts'
import { checkImageConfig, type InheritedConfig, type StageConfigState } from './image-config.ts'
import { checkKeyValues } from './key-value.ts'
import { parsePlatform } from './platform.ts'
import { checkUndefinedVars, withPath } from './undefined-var.ts'
import type { InstructionNode } from '../dockerfile/ast.ts'

// system.DefaultPathEnv on Linux: BuildKit sets it on every stage whose image has no PATH
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export function checkDispatch(ctx: CheckContext): void {
  const { model } = ctx
  // an error before dispatching stops every stage; one raised while dispatching stops there
  const limit = model.dispatchStop ?? Infinity
  const targetOS = parsePlatform(ctx.options.platform ?? 'linux/amd64')?.os ?? 'linux'
  const finalConfig = new Map<number, InheritedConfig>()

  for (const index of model.dispatched) {
    const st = model.stages[index]
    if (!st || st.from.range.line >= limit) return
    let os = targetOS
    if (st.platformRaw) {
      const p = parsePlatform(expandWord(st.platformRaw, model.fromEnv, ctx.escapeToken).value)
      if (p) os = p.os
    }
    const base = st.stage.baseStage !== null ? finalConfig.get(st.stage.baseStage) : undefined
    const state: StageConfigState = {
      shellSet: base?.shellSet ?? false,
      workdirSet: base?.workdirSet ?? false,
      used: new Map(),
      os,
      imageConfigUnknown: st.imageConfigUnknown,
    }
    const pathDefault = os === 'windows' ? null : DEFAULT_PATH
    // the in-file base's ONBUILD triggers run first, reported on this stage's FROM line, each
    // with the variables the triggers before it left (ONBUILD ENV A=1 then ONBUILD RUN $A is fine)
    for (const trigger of st.triggers) {
      const node = atFrom(trigger.node, st.from)
      const env = withPath(trigger.scope.env, pathDefault)
      checkUndefinedVars(ctx, node, trigger.scope, st.imageConfigUnknown, pathDefault)
      checkImageConfig(ctx, node, state, env)
      checkKeyValues(ctx, node, env)
      checkExpose(ctx, node, env)
    }
    for (const inst of st.instructions) {
      const node = inst.node
      if (node.range.line > limit) return
      // the words are expanded (and unmatched variables reported) before the instruction can fail
      checkUndefinedVars(ctx, node, inst.scope, st.imageConfigUnknown, pathDefault)
      if (node.range.line === limit) return
      const env = withPath(inst.scope.env, pathDefault)
      checkImageConfig(ctx, node, state, env)
      checkKeyValues(ctx, node, env)
      checkExpose(ctx, node, env)
    }
    finalConfig.set(index, { shellSet: state.shellSet, workdirSet: state.workdirSet })
  }
}

/** initOnBuildTriggers resets a trigger's location to the child's FROM; it has no comments of its own */
function atFrom(node: InstructionNode, from: InstructionNode): InstructionNode {
  return { ...node, range: from.range, keywordRange: from.range, argsRange: from.range, prevComments: [] }
}
