import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeState, encodeState } from '../../src/share/codec.ts'
import type { PlaygroundState } from '../../src/share/state.ts'

const segment = fc.stringMatching(/^[A-Za-z0-9_.\- ]{1,12}$/).filter((s) => s !== '.' && s !== '..')
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).chain((segs) =>
  fc.boolean().map((dir) => segs.join('/') + (dir ? '/' : '')),
)
const file = fc.record(
  { path, size: fc.nat({ max: 2 ** 40 }), content: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { requiredKeys: ['path'] },
)
const state: fc.Arbitrary<PlaygroundState> = fc.record(
  {
    files: fc.uniqueArray(file, { selector: (f) => f.path, maxLength: 30 }),
    dockerfile: path,
    target: fc.string({ maxLength: 20 }),
    buildArgs: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 5 }),
    platform: fc.constantFrom('linux/amd64', 'linux/arm64'),
  },
  { requiredKeys: ['files', 'dockerfile', 'buildArgs'] },
)

describe('share link properties', () => {
  it('decode(encode(state)) is the state', () => {
    fc.assert(fc.property(state, (s) => {
      expect(decodeState(encodeState(s))).toEqual({ ok: true, state: s })
    }), { numRuns: 300 })
  })

  it('decode never throws on arbitrary or mutated input', () => {
    const mutated = fc.tuple(state, fc.nat(), fc.string({ maxLength: 5 })).map(([s, at, junk]) => {
      const h = encodeState(s)
      const i = at % h.length
      return h.slice(0, i) + junk + h.slice(i + 1)
    })
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated, fc.string().map((s) => '#v1' + s)), (h) => {
        const r = decodeState(h)
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 500 },
    )
  })
})
