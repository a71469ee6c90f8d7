import { describe, expect, it } from 'vitest'
import { deflateSync, strToU8 } from 'fflate'
import { decodeState, encodeState, isShareHash, SHARE_LIMITS, type ShareErrorKind } from '../../../src/share/codec.ts'
import { decodeBase64url, encodeBase64url } from '../../../src/share/base64url.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'

const state: PlaygroundState = {
  files: [
    { path: 'Dockerfile', content: 'FROM golang:1.19.2 AS builder\nCOPY . .\n' },
    { path: '.dockerignore', content: '*\n!cmd/\n' },
    { path: 'cmd/account/main.go', size: 1200 },
    { path: 'tmp/' },
    { path: 'notes.txt', size: 5, content: 'héllo' },
  ],
  dockerfile: 'Dockerfile',
  target: 'builder',
  buildArgs: { GO_VERSION: '1.22', A: '' },
  platform: 'linux/arm64',
}

/** A hash built by hand from a JSON payload, to feed the decoder shapes the encoder never makes. */
function hashOf(json: string): string {
  return '#v1' + encodeBase64url(deflateSync(strToU8(json)))
}

describe('encodeState / decodeState', () => {
  it('round-trips a state exactly', () => {
    const hash = encodeState(state)
    expect(hash.startsWith('#v1')).toBe(true)
    expect(decodeState(hash)).toEqual({ ok: true, state })
  })

  it('is a pure function of the state: build-arg order does not change the link', () => {
    const a = encodeState({ ...state, buildArgs: { A: '', GO_VERSION: '1.22' } })
    expect(a).toBe(encodeState(state))
  })

  it('uses only URL-safe characters', () => {
    expect(encodeState(state)).toMatch(/^#v1[A-Za-z0-9_-]+$/)
  })

  it('accepts the hash with or without its #', () => {
    expect(decodeState(encodeState(state).slice(1))).toEqual({ ok: true, state })
  })

  it('keeps a __proto__ build arg as plain data', () => {
    const r = decodeState(hashOf('{"f":[],"d":"Dockerfile","a":{"__proto__":"x"}}'))
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(Object.getPrototypeOf(r.state.buildArgs)).toBe(Object.prototype)
      expect(Object.keys(r.state.buildArgs)).toEqual(['__proto__'])
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('round-trips build args named like Object.prototype members', () => {
    const buildArgs: Record<string, string> = {}
    for (const key of ['__proto__', 'constructor', 'toString']) {
      Object.defineProperty(buildArgs, key, { value: key + '-value', enumerable: true, writable: true, configurable: true })
    }
    const s: PlaygroundState = { files: [], dockerfile: 'Dockerfile', buildArgs }
    const r = decodeState(encodeState(s))
    expect(r.ok && Object.entries(r.state.buildArgs)).toEqual([
      ['__proto__', '__proto__-value'],
      ['constructor', 'constructor-value'],
      ['toString', 'toString-value'],
    ])
  })

  const full = encodeState(state)
  const cases: [string, string, ShareErrorKind][] = [
    ['empty hash', '#', 'empty'],
    ['no version', '#abcdef', 'version'],
    ['future version', '#v2' + full.slice(3), 'version'],
    ['not base64url', '#v1ab$cd', 'encoding'],
    ['impossible base64 length', '#v1abcde', 'encoding'],
    ['truncated', full.slice(0, full.length - 7), 'compression'],
    ['cut after the version', '#v1', 'compression'],
    ['random bytes', '#v1' + encodeBase64url(new Uint8Array([1, 2, 3, 250, 251, 252, 9, 9])), 'compression'],
    ['not JSON', hashOf('{"f": ['), 'json'],
    ['JSON but not an object', hashOf('[1,2]'), 'shape'],
    ['no files', hashOf('{"d":"Dockerfile"}'), 'shape'],
    ['no Dockerfile path', hashOf('{"f":[]}'), 'shape'],
    ['negative size', hashOf('{"f":[["a",-1]],"d":"Dockerfile"}'), 'shape'],
    ['fractional size', hashOf('{"f":[["a",1.5]],"d":"Dockerfile"}'), 'shape'],
    ['absolute path', hashOf('{"f":[["/etc/passwd"]],"d":"Dockerfile"}'), 'shape'],
    ['path escaping the context', hashOf('{"f":[["a/../../x"]],"d":"Dockerfile"}'), 'shape'],
    ['empty path', hashOf('{"f":[[""]],"d":"Dockerfile"}'), 'shape'],
    ['duplicate paths', hashOf('{"f":[["a"],["a"]],"d":"Dockerfile"}'), 'shape'],
    ['content not a string', hashOf('{"f":[["a",null,{}]],"d":"Dockerfile"}'), 'shape'],
    ['build arg not a string', hashOf('{"f":[],"d":"Dockerfile","a":{"X":1}}'), 'shape'],
    ['target not a string', hashOf('{"f":[],"d":"Dockerfile","t":7}'), 'shape'],
    ['too many characters', '#v1' + 'A'.repeat(SHARE_LIMITS.hashChars + 1), 'too-large'],
  ]
  it.each(cases.map(([name, hash, kind]) => ({ name, hash, kind })))('$name → $kind error', ({ hash, kind }) => {
    const r = decodeState(hash)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.kind).toBe(kind)
  })

  it('stops a decompression bomb before building it', () => {
    // 100 MB of zeros compress to ~100 KB; the limit is 64 MB
    const bomb = deflateSync(new Uint8Array(100 * 1024 * 1024))
    const started = performance.now()
    const r = decodeState('#v1' + encodeBase64url(bomb))
    expect(r).toMatchObject({ ok: false, error: { kind: 'too-large' } })
    expect(performance.now() - started).toBeLessThan(15000)
  })

  it('carries a 100,000-file tree of paths and sizes', () => {
    const files = Array.from({ length: 100_000 }, (_, i) => ({ path: `node_modules/p${i % 500}/f${i}.js`, size: i }))
    const big: PlaygroundState = { files, dockerfile: 'Dockerfile', buildArgs: {} }
    const r = decodeState(encodeState(big))
    expect(r.ok && r.state.files.length).toBe(100_000)
  })
})

describe('isShareHash', () => {
  it.each([
    ['#v1abc', true],
    ['v1abc', true],
    ['#install', false],
    ['', false],
  ])('%s → %s', (hash, expected) => expect(isShareHash(hash)).toBe(expected))
})

describe('base64url', () => {
  it.each([[''], ['f'], ['fo'], ['foo'], ['foob'], ['fooba'], ['foobar']])('round-trips %j', (s) => {
    const bytes = strToU8(s)
    expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes)
  })
  it('matches RFC 4648 vectors (url alphabet, no padding)', () => {
    expect(encodeBase64url(strToU8('foobar'))).toBe('Zm9vYmFy')
    expect(encodeBase64url(strToU8('fo'))).toBe('Zm8')
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8')
  })
})
