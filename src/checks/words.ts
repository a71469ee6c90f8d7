// Reading an instruction's arguments the way BuildKit's instructions package does, for the rules
// that look inside them (ENV/LABEL pairs, EXPOSE ports, RUN --mount fields).
import type { InstructionNode } from '../dockerfile/ast.ts'
import { parseWords } from '../dockerfile/parser.ts'

export interface KeyValue {
  key: string
  value: string
  /** `ENV key value` (BuildKit's NoDelim): the legacy form LegacyKeyValueFormat warns about */
  legacy: boolean
}

/**
 * ENV and LABEL pairs. The parser hands them over as (key, value, delimiter) triples, as
 * BuildKit's parseNameVal builds them; otherwise they are read again from the argument text.
 */
export function keyValuePairs(node: InstructionNode, escapeToken: string): KeyValue[] {
  const a = node.args
  if (a.length > 0 && a.length % 3 === 0 && a.every((v, i) => i % 3 !== 2 || v === '' || v === '=')) {
    const out: KeyValue[] = []
    for (let i = 0; i < a.length; i += 3) out.push({ key: a[i], value: a[i + 1], legacy: a[i + 2] === '' })
    return out
  }
  const rest = node.argsText
  const words = parseWords(rest, { escapeToken })
  if (words.length === 0) return []
  if (!words[0].includes('=')) {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(rest.trim())
    return m ? [{ key: m[1], value: m[2], legacy: true }] : []
  }
  const out: KeyValue[] = []
  for (const w of words) {
    const eq = w.indexOf('=')
    if (eq < 0) return out
    out.push({ key: w.slice(0, eq), value: w.slice(eq + 1), legacy: false })
  }
  return out
}

/** ARG's `NAME` and `NAME=default` words (instructions.parseArg). */
export function argDefinitions(node: InstructionNode): { key: string; value: string | null }[] {
  return node.args.map((arg) => {
    const eq = arg.indexOf('=')
    return eq < 0 ? { key: arg, value: null } : { key: arg.slice(0, eq), value: arg.slice(eq + 1) }
  })
}

/** The value of a flag (`--from=…`), the last one when repeated, as BFlags keeps it. */
export function flagValue(node: InstructionNode, name: string): string | null {
  let value: string | null = null
  for (const f of node.flags) if (f.name === name) value = f.value ?? ''
  return value
}
