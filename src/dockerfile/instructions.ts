// What BuildKit's frontend/dockerfile/instructions package makes of each parsed node: flags
// checked against each instruction's own set (BFlags), argument counts, stage names, ARG pairs,
// COPY/ADD sources, RUN --mount values. Errors carry BuildKit's wording.
import type { InstructionNode } from './ast.ts'
import { parseHeredoc } from './parser.ts'
import { withSuggestion } from './suggest.ts'
import { goQuote } from './shell.ts'

type FlagKind = 'bool' | 'string' | 'strings'

const FLAG_SPECS: Record<string, Record<string, FlagKind>> = {
  add: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings' },
  copy: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' },
  from: { platform: 'string' },
  run: { device: 'strings', mount: 'strings', network: 'string', security: 'string' },
  healthcheck: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
}

export const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK',
  'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]

export interface ParsedFlags {
  /** string and bool flags: the last value given ('true'/'false' for bools) */
  values: Map<string, string>
  /** repeatable flags (`--mount`, `--exclude`): every value in order */
  lists: Map<string, string[]>
}

/** BFlags.Parse for one instruction; returns an error message or the values. */
export function parseFlags(node: InstructionNode, spec: Record<string, FlagKind>): ParsedFlags | string {
  const values = new Map<string, string>()
  const lists = new Map<string, string[]>()
  const used = new Set<string>()
  for (const f of node.flags) {
    const a = f.raw
    if (a === '--') break
    if (!a.startsWith('--')) return `arg should start with -- : ${a}`
    const eq = a.indexOf('=')
    const flagName = eq < 0 ? a : a.slice(0, eq)
    const value = eq < 0 ? '' : a.slice(eq + 1)
    const hasValue = eq >= 0
    const name = flagName.slice(2)
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined
    if (!kind) return withSuggestion(`unknown flag: ${flagName}`, name, Object.keys(spec), true)
    if (used.has(name) && kind !== 'strings') return `duplicate flag specified: ${flagName}`
    used.add(name)
    if (kind === 'bool') {
      if (hasValue && value === '') return `missing a value on flag: ${flagName}`
      const v = value.toLowerCase()
      if (v === 'true' || v === '') values.set(name, 'true')
      else if (v === 'false') values.set(name, 'false')
      else return `expecting boolean value for flag ${flagName}, not: ${value}`
    } else if (kind === 'string') {
      if (!hasValue) return `missing a value on flag: ${flagName}`
      values.set(name, value)
    } else {
      if (!hasValue) return `missing a value on flag: ${flagName}`
      const l = lists.get(name) ?? []
      l.push(value)
      lists.set(name, l)
    }
  }
  return { values, lists }
}

export interface KeyValue {
  key: string
  /** null for `ARG NAME` without a default */
  value: string | null
}

export interface CopySource {
  path: string
  /** a heredoc source (`COPY <<EOF /dest`) is inline content, not a context path */
  heredoc: boolean
}

/** The typed view of one instruction that the model needs. */
export type Typed =
  | { kind: 'from'; base: string; name: string; platform: string }
  | { kind: 'arg'; pairs: KeyValue[] }
  | { kind: 'env'; pairs: KeyValue[] }
  | { kind: 'copy' | 'add'; from: string; sources: CopySource[]; dest: string; excludes: string[]; parents: boolean }
  | { kind: 'run'; mounts: string[] }
  | { kind: 'onbuild'; expression: string }
  | { kind: 'other' }

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/

function argsError(keyword: string, node: InstructionNode): string | null {
  const n = node.args.length
  const K = keyword.toUpperCase()
  switch (keyword) {
    case 'maintainer':
    case 'workdir':
    case 'user':
    case 'stopsignal':
      return n !== 1 ? `${K} requires exactly one argument` : null
    case 'expose':
    case 'volume':
    case 'healthcheck':
    case 'onbuild':
    case 'arg':
      return n === 0 ? `${K} requires at least one argument` : null
  }
  return null
}

/**
 * instructions.ParseInstruction for one node: the typed view, or BuildKit's error message.
 * The order of the checks follows BuildKit's, so the first error is the one BuildKit reports.
 */
export function typeInstruction(node: InstructionNode): Typed | { error: string } {
  const kw = node.keyword
  const err = (e: string) => ({ error: e })
  switch (kw) {
    case 'env':
    case 'label': {
      const f = parseFlags(node, {})
      if (typeof f === 'string') return err(f)
      const K = kw.toUpperCase()
      if (node.args.length === 0) return err(`${K} requires at least one argument`)
      if (node.args.length % 3 !== 0) return err(`Bad input to ${K}, too many arguments`)
      const pairs: KeyValue[] = []
      for (let j = 0; j < node.args.length; j += 3) {
        if (node.args[j].length === 0) return err(`${K} names can not be blank`)
        pairs.push({ key: node.args[j], value: node.args[j + 1] })
      }
      return kw === 'env' ? { kind: 'env', pairs } : { kind: 'other' }
    }
    case 'maintainer': {
      const e = argsError(kw, node)
      if (e) return err(e)
      const f = parseFlags(node, {})
      return typeof f === 'string' ? err(f) : { kind: 'other' }
    }
    case 'add':
    case 'copy': {
      const K = kw.toUpperCase()
      if (node.args.length < 2) return err(`${K} requires at least two arguments, but only one was provided. Destination could not be determined`)
      const f = parseFlags(node, FLAG_SPECS[kw])
      if (typeof f === 'string') return err(f)
      const dest = node.args[node.args.length - 1]
      let destDoc
      try {
        destDoc = parseHeredoc(dest)
      } catch {
        destDoc = null
      }
      if (destDoc) return err(`${K} cannot accept a heredoc as a destination`)
      const sources: CopySource[] = node.args.slice(0, -1).map((p) => {
        let h = null
        try {
          h = parseHeredoc(p)
        } catch {
          h = null
        }
        return { path: p, heredoc: h !== null }
      })
      return {
        kind: kw,
        from: kw === 'copy' ? f.values.get('from') ?? '' : '',
        sources,
        dest,
        excludes: f.lists.get('exclude') ?? [],
        parents: kw === 'copy' && f.values.get('parents') === 'true',
      }
    }
    case 'from': {
      const a = node.args
      let name = ''
      if (a.length === 3 && a[1].toLowerCase() === 'as') {
        name = a[2].toLowerCase()
        if (!VALID_STAGE_NAME.test(name)) return err(`invalid name for build stage: ${goQuote(a[2])}, name can't start with a number or contain symbols`)
      } else if (a.length !== 1) {
        return err('FROM requires either one or three arguments')
      }
      const f = parseFlags(node, FLAG_SPECS.from)
      if (typeof f === 'string') return err(f)
      return { kind: 'from', base: a[0], name, platform: f.values.get('platform') ?? '' }
    }
    case 'onbuild': {
      const e = argsError(kw, node)
      if (e) return err(e)
      const f = parseFlags(node, {})
      if (typeof f === 'string') return err(f)
      const trigger = node.args[0].trim().toUpperCase()
      if (trigger === 'ONBUILD') return err('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed')
      if (trigger === 'MAINTAINER' || trigger === 'FROM') return err(`${trigger} isn't allowed as an ONBUILD trigger`)
      let expression = node.original.replace(/^\s*ONBUILD\s*/i, '')
      for (const h of node.heredocs) expression += '\n' + h.content + h.name
      return { kind: 'onbuild', expression }
    }
    case 'workdir':
    case 'user': {
      const e = argsError(kw, node)
      if (e) return err(e)
      const f = parseFlags(node, {})
      return typeof f === 'string' ? err(f) : { kind: 'other' }
    }
    case 'run': {
      const f = parseFlags(node, FLAG_SPECS.run)
      if (typeof f === 'string') return err(f)
      const net = f.values.get('network')
      if (net !== undefined && net !== 'default' && net !== 'none' && net !== 'host') return err(`invalid network mode ${goQuote(net)}`)
      const sec = f.values.get('security')
      if (sec !== undefined && sec !== 'sandbox' && sec !== 'insecure') return err(`security ${goQuote(sec)} is not valid`)
      const mounts = f.lists.get('mount') ?? []
      for (const m of mounts) {
        const parsed = parseMountAtParseTime(m)
        if (typeof parsed === 'string') return err(parsed)
      }
      return { kind: 'run', mounts }
    }
    case 'cmd':
    case 'entrypoint': {
      const f = parseFlags(node, {})
      return typeof f === 'string' ? err(f) : { kind: 'other' }
    }
    case 'healthcheck': {
      if (node.args.length === 0) return err('HEALTHCHECK requires at least one argument')
      const typ = node.args[0].toUpperCase()
      const rest = node.args.slice(1)
      if (typ === 'NONE') {
        return rest.length !== 0 ? err('HEALTHCHECK NONE takes no arguments') : { kind: 'other' }
      }
      const f = parseFlags(node, FLAG_SPECS.healthcheck)
      if (typeof f === 'string') return err(f)
      if (typ !== 'CMD') return err(`Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)`)
      if (rest.length === 0) return err('Missing command after HEALTHCHECK CMD')
      for (const name of ['interval', 'timeout', 'start-period', 'start-interval']) {
        const v = f.values.get(name)
        if (v) {
          const d = parseGoDuration(v)
          if (d === null) return err(`time: invalid duration ${goQuote(v)}`)
          if (d !== 0 && d < 1e6) return err(`Interval ${goQuote(name)} cannot be less than 1ms`)
        }
      }
      const r = f.values.get('retries')
      if (r) {
        if (!/^[+-]?[0-9]+$/.test(r)) return err(`strconv.ParseInt: parsing ${goQuote(r)}: invalid syntax`)
        const n = Number.parseInt(r, 10)
        if (n > 2147483647 || n < -2147483648) return err(`strconv.ParseInt: parsing ${goQuote(r)}: value out of range`)
        if (n < 0) return err(`--retries cannot be negative (${n})`)
      }
      return { kind: 'other' }
    }
    case 'expose':
    case 'volume': {
      const e = argsError(kw, node)
      if (e) return err(e)
      const f = parseFlags(node, {})
      if (typeof f === 'string') return err(f)
      if (kw === 'volume' && node.args.some((v) => v.trim() === '')) return err('VOLUME specified can not be an empty string')
      return { kind: 'other' }
    }
    case 'stopsignal':
      // BuildKit never parses STOPSIGNAL's flags
      return node.args.length !== 1 ? err('STOPSIGNAL requires exactly one argument') : { kind: 'other' }
    case 'arg': {
      if (node.args.length < 1) return err('ARG requires at least one argument')
      const pairs: KeyValue[] = []
      for (const a of node.args) {
        const eq = a.indexOf('=')
        if (eq >= 0) {
          if (eq === 0) return err('ARG names can not be blank')
          pairs.push({ key: a.slice(0, eq), value: a.slice(eq + 1) })
        } else pairs.push({ key: a, value: null })
      }
      return { kind: 'arg', pairs }
    }
    case 'shell': {
      const f = parseFlags(node, {})
      if (typeof f === 'string') return err(f)
      if (node.args.length === 0) return err('SHELL requires at least one argument')
      if (!node.json) return err(`SHELL requires the arguments to be in JSON form`)
      return { kind: 'other' }
    }
  }
  return err(withSuggestion(`unknown instruction: ${node.rawKeyword}`, node.rawKeyword, INSTRUCTION_NAMES, false))
}

// Go's time.ParseDuration, in nanoseconds; null when invalid.
function parseGoDuration(s: string): number | null {
  const m = /^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/.exec(s)
  if (s === '0') return 0
  if (!m) return null
  const unit: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 }
  let total = 0
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g
  for (let x = re.exec(s); x; x = re.exec(s)) total += Number.parseFloat(x[1]) * unit[x[2]]
  return s.startsWith('-') ? -total : total
}

/** tonistiigi/go-csvvalue Fields: one CSV record; a string is the error, as BuildKit prints it. */
export function parseCSV(input: string): string[] | string {
  let line = input
  if (line.endsWith('\r\n')) line = line.slice(0, -2)
  else if (line.endsWith('\n')) line = line.slice(0, -1)
  if (line.length === 0) return 'EOF'
  // csv.ParseError columns count bytes
  const col = (i: number) => new TextEncoder().encode(line.slice(0, i)).length + 1
  const fields: string[] = []
  let i = 0
  for (;;) {
    if (line[i] !== '"') {
      const c = line.indexOf(',', i)
      const field = c < 0 ? line.slice(i) : line.slice(i, c)
      const q = field.indexOf('"')
      if (q >= 0) return `parse error on line 1, column ${col(i + q)}: bare " in non-quoted-field`
      fields.push(field)
      if (c < 0) return fields
      i = c + 1
      continue
    }
    // quoted field: "" is a quote, the closing quote ends the field
    i++
    let field = ''
    for (;;) {
      const q = line.indexOf('"', i)
      if (q < 0) return `parse error on line 1, column ${col(i)}: extraneous or missing " in quoted-field`
      field += line.slice(i, q)
      i = q + 1
      if (line[i] === '"') {
        field += '"'
        i++
        continue
      }
      if (line[i] === ',') {
        fields.push(field)
        i++
        break
      }
      if (i === line.length) {
        fields.push(field)
        return fields
      }
      return `parse error on line 1, column ${col(q)}: extraneous or missing " in quoted-field`
    }
  }
}

export interface MountSpec {
  type: string
  from: string
  source: string
  target: string
}

/** parseMount without an expander, as at parse time: only `from` is checked. */
export function parseMountAtParseTime(value: string): string | null {
  const fields = parseCSV(value)
  if (typeof fields === 'string') return `failed to parse csv mounts: ${fields}`
  for (const field of fields) {
    const eq = field.indexOf('=')
    if (eq < 0) continue
    const key = field.slice(0, eq).toLowerCase()
    const v = field.slice(eq + 1)
    if (key === 'from') {
      const idx = v.indexOf('$')
      if (idx !== -1 && idx !== v.length - 1) return "'from' doesn't support variable expansion, define alias stage instead"
    }
  }
  return null
}

/**
 * The mount's type, from, source and target, each value passed through `expand` as BuildKit's
 * dispatch does (from is never expanded in practice: variables in it are refused at parse time).
 */
export function readMount(value: string, expand: (word: string) => string): MountSpec | null {
  const fields = parseCSV(value)
  if (typeof fields === 'string') return null
  const m: MountSpec = { type: 'bind', from: '', source: '', target: '' }
  for (const field of fields) {
    const eq = field.indexOf('=')
    if (eq < 0) continue
    const key = field.slice(0, eq).toLowerCase()
    const raw = field.slice(eq + 1)
    if (key === 'from') {
      m.from = raw
      continue
    }
    switch (key) {
      case 'type':
        m.type = expand(raw).toLowerCase()
        break
      case 'source':
      case 'src':
        m.source = expand(raw)
        break
      case 'target':
      case 'dst':
      case 'destination':
        m.target = expand(raw)
        break
    }
  }
  return m
}

/** The raw `from=` value of a mount as parsed without expansion ('' when absent). */
export function mountFrom(value: string): string {
  const fields = parseCSV(value)
  if (typeof fields === 'string') return ''
  let from = ''
  for (const field of fields) {
    const eq = field.indexOf('=')
    if (eq >= 0 && field.slice(0, eq).toLowerCase() === 'from') from = field.slice(eq + 1)
  }
  return from
}

export function mountTarget(value: string): string {
  const fields = parseCSV(value)
  if (typeof fields === 'string') return ''
  let t = ''
  for (const field of fields) {
    const eq = field.indexOf('=')
    if (eq < 0) continue
    const k = field.slice(0, eq).toLowerCase()
    if (k === 'target' || k === 'dst' || k === 'destination') t = field.slice(eq + 1)
  }
  return t
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh']
const SHARING_MODES = ['shared', 'private', 'locked']
const MOUNT_KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env']

// strconv.ParseBool
function parseGoBool(v: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false
  return null
}

// strconv.ParseUint(v, base, 32)
function parseGoUint32(v: string, base: 8 | 10): boolean {
  if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v)) return false
  return Number.parseInt(v, base) <= 0xffffffff
}

// docker/go-units RAMInBytes
function parseRAMInBytes(v: string): boolean {
  return /^[0-9]+(\.[0-9]+)?\s*[kKmMgGtTpP]?[iI]?[bB]?$/.test(v)
}

/**
 * parseMount with an expander, as BuildKit runs it when it dispatches RUN: every value expanded,
 * then checked. null when BuildKit accepts the mount, else its error.
 */
export function mountError(value: string, expand: (word: string) => string): string | null {
  const fields = parseCSV(value)
  if (typeof fields === 'string') return `failed to parse csv mounts: ${fields}`
  let type = 'bind'
  let from = ''
  let source = ''
  let target = ''
  let id = ''
  let sharing = ''
  let mode = false
  let uid = false
  let gid = false
  for (const field of fields) {
    const eq = field.indexOf('=')
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase()
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') continue
      if (key === 'required') {
        if (type === 'secret' || type === 'ssh') continue
        return `unexpected key '${key}' for mount type '${type}'`
      }
      return `invalid field '${field}' must be a key=value pair`
    }
    const v = expand(field.slice(eq + 1))
    switch (key) {
      case 'type':
        if (!MOUNT_TYPES.includes(v.toLowerCase())) return withSuggestion(`unsupported mount type ${goQuote(v)}`, v, MOUNT_TYPES, true)
        type = v.toLowerCase()
        break
      case 'from':
        from = v
        break
      case 'source':
      case 'src':
        source = v
        break
      case 'target':
      case 'dst':
      case 'destination':
        target = v
        break
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw':
        if (parseGoBool(v) === null) return `invalid value for ${key}: ${v}`
        break
      case 'required':
        if (type !== 'secret' && type !== 'ssh') return `unexpected key '${key}' for mount type '${type}'`
        if (parseGoBool(v) === null) return `invalid value for ${key}: ${v}`
        break
      case 'size':
        if (type !== 'tmpfs') return `unexpected key '${key}' for mount type '${type}'`
        if (!parseRAMInBytes(v)) return `invalid value for ${key}: ${v}`
        break
      case 'id':
        id = v
        break
      case 'sharing':
        if (!SHARING_MODES.includes(v.toLowerCase())) return withSuggestion(`unsupported sharing value ${goQuote(v)}`, v, SHARING_MODES, true)
        sharing = v.toLowerCase()
        break
      case 'mode':
        if (!parseGoUint32(v, 8)) return `invalid value ${v} for mode`
        mode = true
        break
      case 'uid':
      case 'gid':
        if (!parseGoUint32(v, 10)) return `invalid value ${v} for ${key}`
        if (key === 'uid') uid = true
        else gid = true
        break
      case 'env':
        break
      default:
        return withSuggestion(`unexpected key '${key}' in '${field}'`, key, MOUNT_KEYS, true)
    }
  }
  if (type !== 'secret' && type !== 'ssh' && type !== 'cache') {
    if (mode) return `mode not allowed for ${goQuote(type)} type mounts`
    if (uid) return `uid not allowed for ${goQuote(type)} type mounts`
    if (gid) return `gid not allowed for ${goQuote(type)} type mounts`
  }
  if (type === 'secret') {
    if (from !== '') return 'secret mount should not have a from'
    if (sharing !== '') return 'secret mount should not define sharing'
    if (source === '' && target === '' && id === '') return 'invalid secret mount. one of source, target required'
    if (source !== '' && id !== '') return "both source and id can't be set"
  }
  if (sharing !== '' && type !== 'cache') return `invalid cache sharing set for ${type} mount`
  // the mount target is checked at dispatch, against the working directory (graph.ts)
  return null
}
