// Playground state ⇄ URL hash. `#v1` + base64url(raw deflate(JSON of a compact payload)).
// encodeState is a pure function of the state (same state, same link). decodeState never throws: a broken,
// truncated or hostile link gives a typed ShareError, so the page can keep the reader's own state.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate'
import type { PlaygroundState, ProjectFile } from './state.ts'
import { decodeBase64url, encodeBase64url } from './base64url.ts'

export const SHARE_VERSION = 'v1'

export const SHARE_LIMITS = {
  /** characters after '#' */
  hashChars: 8_000_000,
  /** bytes of JSON after decompression: bounds a decompression bomb */
  jsonBytes: 64 * 1024 * 1024,
  files: 300_000,
  pathChars: 4096,
  /** bytes of one file's content */
  contentChars: 1024 * 1024,
  buildArgs: 1000,
} as const

export type ShareErrorKind = 'empty' | 'version' | 'encoding' | 'compression' | 'too-large' | 'json' | 'shape'

export interface ShareError {
  kind: ShareErrorKind
  /** English detail for logs; the UI shows its own localized text per kind */
  detail: string
}

export type DecodeResult = { ok: true; state: PlaygroundState } | { ok: false; error: ShareError }

/** A file as [path], [path, size] or [path, size | null, content]: short for 200,000-path trees. */
type FileTuple = [string] | [string, number | null] | [string, number | null, string]

interface Payload {
  f: FileTuple[]
  d: string
  t?: string
  a?: Record<string, string>
  p?: string
}

function toTuple(file: ProjectFile): FileTuple {
  if (file.content !== undefined) return [file.path, file.size ?? null, file.content]
  if (file.size !== undefined) return [file.path, file.size]
  return [file.path]
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  // defineProperty: a build arg named `__proto__` must stay a key, not become the prototype
  for (const key of Object.keys(record).sort()) {
    Object.defineProperty(out, key, { value: record[key], enumerable: true, writable: true, configurable: true })
  }
  return out
}

export function encodeState(state: PlaygroundState): string {
  const payload: Payload = { f: state.files.map(toTuple), d: state.dockerfile }
  if (state.target !== undefined) payload.t = state.target
  if (Object.keys(state.buildArgs).length > 0) payload.a = sortedRecord(state.buildArgs)
  if (state.platform !== undefined) payload.p = state.platform
  const bytes = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 })
  return `#${SHARE_VERSION}${encodeBase64url(bytes)}`
}

/** Whether a hash looks like a share link at all (so other anchors like `#install` are left alone). */
export function isShareHash(hash: string): boolean {
  return /^#?v\d+/.test(hash)
}

function fail(kind: ShareErrorKind, detail: string): DecodeResult {
  return { ok: false, error: { kind, detail } }
}

/** Inflate in small input steps so the output can be bounded before it is built. */
function inflateBounded(bytes: Uint8Array, limit: number): Uint8Array | ShareError {
  const chunks: Uint8Array[] = []
  let total = 0
  let overflow = false
  const inflater = new Inflate((data) => {
    total += data.length
    if (total > limit) {
      overflow = true
      throw new RangeError('too large')
    }
    chunks.push(data)
  })
  const step = 1024
  try {
    for (let i = 0; i < bytes.length; i += step) {
      inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length)
    }
  } catch (err) {
    if (overflow) return { kind: 'too-large', detail: `more than ${limit} bytes once decompressed` }
    return { kind: 'compression', detail: err instanceof Error ? err.message : String(err) }
  }
  const out = new Uint8Array(total)
  let o = 0
  for (const c of chunks) {
    out.set(c, o)
    o += c.length
  }
  return out
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function validSize(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

function toFile(t: unknown, index: number): ProjectFile | string {
  if (!Array.isArray(t) || t.length < 1 || t.length > 3) return `file ${index}: not a [path, size, content] entry`
  const [path, size, content] = t as unknown[]
  if (typeof path !== 'string' || path === '' || path.length > SHARE_LIMITS.pathChars) return `file ${index}: bad path`
  if (path.startsWith('/') || path.split('/').some((seg, i, all) => seg === '..' || seg === '.' || (seg === '' && i < all.length - 1))) {
    return `file ${index}: path must be relative and clean`
  }
  const file: ProjectFile = { path }
  if (t.length >= 2 && size !== null) {
    if (!validSize(size)) return `file ${index}: bad size`
    file.size = size
  }
  if (t.length === 2 && size === null) return `file ${index}: bad size`
  if (t.length === 3) {
    if (typeof content !== 'string' || content.length > SHARE_LIMITS.contentChars) return `file ${index}: bad content`
    file.content = content
  }
  return file
}

function toState(payload: unknown): PlaygroundState | string {
  if (!isRecord(payload)) return 'not an object'
  const { f, d, t, a, p } = payload
  if (!Array.isArray(f)) return 'no file list'
  if (f.length > SHARE_LIMITS.files) return `more than ${SHARE_LIMITS.files} files`
  if (typeof d !== 'string' || d === '' || d.length > SHARE_LIMITS.pathChars) return 'bad Dockerfile path'
  const files: ProjectFile[] = []
  const seen = new Set<string>()
  for (let i = 0; i < f.length; i++) {
    const file = toFile(f[i], i)
    if (typeof file === 'string') return file
    if (seen.has(file.path)) return `file ${i}: duplicate path`
    seen.add(file.path)
    files.push(file)
  }
  const state: PlaygroundState = { files, dockerfile: d, buildArgs: {} }
  if (t !== undefined) {
    if (typeof t !== 'string' || t.length > 256) return 'bad target'
    state.target = t
  }
  if (a !== undefined) {
    if (!isRecord(a)) return 'bad build args'
    const keys = Object.keys(a)
    if (keys.length > SHARE_LIMITS.buildArgs) return 'too many build args'
    for (const key of keys) {
      const value = a[key]
      if (typeof value !== 'string' || key.length > 256 || value.length > 4096) return `bad build arg ${key}`
      // a plain object built key by key: `__proto__` from hostile JSON stays an ordinary key
      Object.defineProperty(state.buildArgs, key, { value, enumerable: true, writable: true, configurable: true })
    }
  }
  if (p !== undefined) {
    if (typeof p !== 'string' || p.length > 256) return 'bad platform'
    state.platform = p
  }
  return state
}

export function decodeState(hash: string): DecodeResult {
  try {
    const text = hash.startsWith('#') ? hash.slice(1) : hash
    if (text === '') return fail('empty', 'no state in the link')
    if (text.length > SHARE_LIMITS.hashChars) return fail('too-large', `more than ${SHARE_LIMITS.hashChars} characters`)
    // the payload may begin with a digit, so the version is matched exactly, never as `v\d+`
    // (later versions must therefore not start with 'v1': v2…v9, then another letter)
    if (!text.startsWith(SHARE_VERSION)) {
      return fail('version', /^v\d/.test(text) ? `unknown version ${text.slice(0, 2)}` : 'no version prefix')
    }
    const bytes = decodeBase64url(text.slice(SHARE_VERSION.length))
    if (!bytes) return fail('encoding', 'not base64url')
    if (bytes.length === 0) return fail('compression', 'no data after the version')
    const inflated = inflateBounded(bytes, SHARE_LIMITS.jsonBytes)
    if (!(inflated instanceof Uint8Array)) return { ok: false, error: inflated }
    let payload: unknown
    try {
      payload = JSON.parse(strFromU8(inflated))
    } catch (err) {
      return fail('json', err instanceof Error ? err.message : String(err))
    }
    const state = toState(payload)
    if (typeof state === 'string') return fail('shape', state)
    return { ok: true, state }
  } catch (err) {
    // the decoder promises never to throw; anything unforeseen is still a broken link
    return fail('compression', err instanceof Error ? err.message : String(err))
  }
}
