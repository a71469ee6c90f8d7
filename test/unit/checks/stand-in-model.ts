// A small stand-in for the Dockerfile model (src/dockerfile), used by the check tests only
// while the real model builder is not available. It follows BuildKit's rules for what the checks
// read: global ARGs, FROM expansion, each instruction's scope (ENV and ARG values inherited
// from an in-file base stage), and the stages a target needs.
import type { InstructionNode, ParsedDockerfile } from '../../../src/dockerfile/ast.ts'
import type { AnalyzeOptions } from '../../../src/dockerfile/index.ts'
import type { DockerfileModel, GlobalArg, ModelStage, Scope } from '../../../src/dockerfile/model.ts'
import { expandWord } from '../../../src/dockerfile/shell.ts'

export function standInModel(parsed: ParsedDockerfile, options: AnalyzeOptions = {}): DockerfileModel {
  const esc = parsed.escapeToken
  const buildArgs = options.buildArgs ?? {}
  const platform = options.platform ?? 'linux/amd64'
  const [os, arch, variant = ''] = platform.split('/')
  const fromEnv = new Map<string, string>()
  const auto: [string, string][] = [
    ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDOSVERSION', ''], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', platform], ['TARGETOS', os], ['TARGETOSVERSION', ''], ['TARGETARCH', arch], ['TARGETVARIANT', variant],
    ['TARGETSTAGE', options.target ?? 'default'],
  ]
  for (const [k, v] of auto) fromEnv.set(k, buildArgs[k] ?? v)
  const argDefs = (n: InstructionNode) => n.args.map((a) => (a.includes('=') ? { key: a.slice(0, a.indexOf('=')), value: a.slice(a.indexOf('=') + 1) } : { key: a, value: null as string | null }))

  const globalArgs: GlobalArg[] = []
  let i = 0
  const ins = parsed.instructions
  for (; i < ins.length && ins[i].keyword !== 'from'; i++) {
    if (ins[i].keyword !== 'arg') continue
    for (const d of argDefs(ins[i])) {
      const value = buildArgs[d.key] ?? (d.value !== null ? expandWord(d.value, fromEnv, esc).value : null)
      if (value !== null) fromEnv.set(d.key, value)
      globalArgs.push({ name: d.key, default: d.value, value, line: ins[i].range.line, node: ins[i] })
    }
  }
  const stages: ModelStage[] = []
  const finalScope: Scope[] = []
  const deps: Set<number>[] = []
  for (; i < ins.length; i++) {
    const from = ins[i]
    if (from.keyword !== 'from') continue
    const index = stages.length
    const baseRaw = from.args[0] ?? ''
    const base = expandWord(baseRaw, fromEnv, esc).value
    const baseStage = stages.findIndex((s) => s.stage.name !== null && s.stage.name === base)
    const name = from.args.length === 3 ? from.args[2].toLowerCase() : null
    const platformFlag = from.flags.find((f) => f.name === 'platform')
    const inherited = baseStage >= 0 ? finalScope[baseStage] : { env: new Map<string, string>(), buildArgs: new Set<string>() }
    const env = new Map(inherited.env)
    const declared = new Set(inherited.buildArgs)
    const stageDeps = new Set<number>(baseStage >= 0 ? [baseStage] : [])
    const instructions: ModelStage['instructions'] = []
    for (i++; i < ins.length && ins[i].keyword !== 'from'; i++) {
      const node = ins[i]
      instructions.push({ node, scope: { env: new Map(env), buildArgs: new Set(declared) } })
      if (node.keyword === 'env') {
        for (let j = 0; j + 2 < node.args.length + 1; j += 3) {
          env.set(expandWord(node.args[j], env, esc).value, expandWord(node.args[j + 1] ?? '', env, esc).value)
        }
      } else if (node.keyword === 'arg') {
        for (const d of argDefs(node)) {
          let value: string | null = buildArgs[d.key] ?? null
          if (value === null && d.value !== null) value = expandWord(d.value, env, esc).value
          if (value === null && globalArgs.some((g) => g.name === d.key)) value = fromEnv.get(d.key) ?? null
          if (value !== null) env.set(d.key, value)
          declared.add(d.key)
        }
      } else if (node.keyword === 'copy') {
        const fromFlag = node.flags.find((f) => f.name === 'from')?.value
        if (fromFlag) {
          const n = /^\d+$/.test(fromFlag) ? Number(fromFlag) : stages.findIndex((s) => s.stage.name === fromFlag.toLowerCase())
          if (n >= 0 && n < index) stageDeps.add(n)
        }
      }
    }
    i--
    finalScope.push({ env, buildArgs: declared })
    deps.push(stageDeps)
    stages.push({
      stage: { index, name, base, baseStage: baseStage >= 0 ? baseStage : null, platform: platformFlag?.value ?? null, line: from.range.line },
      from,
      baseRaw,
      instructions,
      imageConfigUnknown: baseStage >= 0 ? stages[baseStage].imageConfigUnknown : base !== 'scratch',
      platformRaw: platformFlag?.value ?? null,
    })
  }
  const target = options.target ? stages.findIndex((s) => s.stage.name === options.target?.toLowerCase()) : stages.length - 1
  const built = new Set<number>()
  const visit = (n: number) => {
    if (n < 0 || built.has(n)) return
    built.add(n)
    for (const d of deps[n]) visit(d)
  }
  visit(target)
  return { globalArgs, fromEnv, stages, edges: [], target, built: [...built].sort((a, b) => a - b), diagnostics: [], escapeToken: esc }
}
