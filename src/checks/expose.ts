// EXPOSE ports: ExposeProtoCasing (`80/TCP`) and ExposeInvalidFormat (an IP address or a host
// port, which belong to `docker run -p`), as BuildKit's portSpecs.parsePort checks them.
// BuildKit stops at the first port it cannot parse (the build fails there), and so do these.
import type { InstructionNode } from '../dockerfile/ast.ts'
import { expandWords } from '../dockerfile/shell.ts'
import type { CheckContext } from './context.ts'
import { spanWithin, wordPattern } from './context.ts'
import { MESSAGES, warning } from './rules.ts'

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':')
  const n = parts.length
  if (n === 1) return ['', '', parts[0]]
  if (n === 2) return ['', parts[0], parts[1]]
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], parts[n - 1]]
}

export function checkExpose(ctx: CheckContext, node: InstructionNode, env: ReadonlyMap<string, string>): void {
  if (node.keyword !== 'expose') return
  const ports: string[] = []
  for (const p of node.args) {
    const r = expandWords(p, env, ctx.escapeToken)
    if (r.error !== null) return
    ports.push(...r.words)
  }
  for (const raw of ports) {
    const [ip, hostPort, containerPort] = splitParts(raw)
    const slash = containerPort.indexOf('/')
    const port = slash < 0 ? containerPort : containerPort.slice(0, slash)
    const proto = slash < 0 ? '' : containerPort.slice(slash + 1)
    if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return
    if (proto !== proto.toLowerCase()) ctx.report(warning('ExposeProtoCasing', MESSAGES.ExposeProtoCasing(raw), spanWithin(ctx, node, wordPattern(raw))), node)
    if (ip !== '' || hostPort !== '') ctx.report(warning('ExposeInvalidFormat', MESSAGES.ExposeInvalidFormat(raw), spanWithin(ctx, node, wordPattern(raw))), node)
    if (!validPorts(ip, hostPort, port)) return
  }
}

function portRange(s: string): [number, number] | null {
  if (s === '') return null
  const dash = s.indexOf('-')
  const start = dash < 0 ? s : s.slice(0, dash)
  const end = dash < 0 ? s : s.slice(dash + 1)
  const num = (v: string) => (/^[+-]?\d+$/.test(v) && Number(v) >= 0 && Number(v) <= 65535 ? Number(v) : null)
  const a = num(start)
  if (a === null) return null
  if (dash < 0 || start === end) return [a, a]
  const b = num(end)
  if (b === null || b < a) return null
  return [a, b]
}

// the rest of parsePort, only to know whether BuildKit goes on to the next port
function validPorts(ip: string, hostPort: string, port: string): boolean {
  if (ip !== '' && !/^(\[[0-9a-fA-F:.]+\]|[0-9.]+|[0-9a-fA-F:]+)$/.test(ip)) return false
  const c = portRange(port)
  if (c === null) return false
  if (hostPort !== '') {
    const h = portRange(hostPort)
    if (h === null) return false
    if (c[1] - c[0] !== h[1] - h[0] && c[1] !== c[0]) return false
  }
  return true
}
