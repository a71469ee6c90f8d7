// ENV, LABEL and ARG contents: LegacyKeyValueFormat (`ENV key value`) and SecretsUsedInArgOrEnv
// (a name that reads like a secret), both checked as BuildKit dispatches the instruction.
import type { InstructionNode } from '../dockerfile/ast.ts'
import { expandWord } from '../dockerfile/shell.ts'
import type { CheckContext } from './context.ts'
import { argsSpan, spanWithin, wordPattern } from './context.ts'
import { MESSAGES, warning } from './rules.ts'
import { argDefinitions, keyValuePairs } from './words.ts'

// getSecretsRegex: a secret-like token as the whole name or as its first/last `_` word
const SECRET_TOKENS = ['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']
const ALLOW_TOKENS = ['public', 'file', 'version']
const SECRET = new RegExp(`(?:_|^)(?:${SECRET_TOKENS.join('|')})(?:_|$)`, 'i')
const ALLOWED = new RegExp(`(?:_|^)(?:${ALLOW_TOKENS.join('|')})(?:_|$)`, 'i')

export function looksSecret(key: string): boolean {
  return SECRET.test(key) && !ALLOWED.test(key)
}

export function checkKeyValues(ctx: CheckContext, node: InstructionNode, env: ReadonlyMap<string, string>): void {
  const span = argsSpan(node)
  if (node.keyword === 'env' || node.keyword === 'label') {
    for (const kv of keyValuePairs(node, ctx.escapeToken)) {
      if (kv.legacy) ctx.report(warning('LegacyKeyValueFormat', MESSAGES.LegacyKeyValueFormat(node.rawKeyword), span), node)
      if (node.keyword === 'env') {
        // dispatchEnv sees the key after expansion
        const r = expandWord(kv.key, env, ctx.escapeToken)
        const key = r.error === null ? r.value : kv.key
        if (looksSecret(key)) ctx.report(warning('SecretsUsedInArgOrEnv', MESSAGES.SecretsUsedInArgOrEnv('ENV', key), spanWithin(ctx, node, wordPattern(kv.key, '='))), node)
      }
    }
  } else if (node.keyword === 'arg') {
    for (const def of argDefinitions(node)) {
      if (looksSecret(def.key)) ctx.report(warning('SecretsUsedInArgOrEnv', MESSAGES.SecretsUsedInArgOrEnv('ARG', def.key), spanWithin(ctx, node, wordPattern(def.key, '='))), node)
    }
  }
}
