// ${v#p}, ${v%p}, ${v/p/r} patterns are matched without a backtracking RegExp (linear-time rule
// of DESIGN.md). Here they are checked against the RegExp BuildKit's convertShellPatternToRegex
// would build, run by JavaScript on inputs small enough for backtracking to be harmless.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expandWord } from '../../src/dockerfile/shell.ts'

// Go: `*` → .* or .*?, `?` → ., no newline for either; "." with JS must be spelt [^\n]
function goRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  let out = anchored ? '^' : ''
  for (const c of pattern) {
    if (c === '*') out += greedy ? '[^\\n]*' : '[^\\n]*?'
    else if (c === '?') out += '[^\\n]'
    else out += c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
  }
  return new RegExp(out, 'u')
}

const rev = (s: string) => Array.from(s).reverse().join('')

function reference(value: string, op: string, pattern: string, repl: string): string {
  switch (op) {
    case '#': case '##': {
      const m = goRegex(pattern, op === '##', true).exec(value)
      return m ? value.slice(m[0].length) : value
    }
    case '%': case '%%': {
      const r = rev(value)
      const m = goRegex(rev(pattern), op === '%%', true).exec(r)
      return rev(m ? r.slice(m[0].length) : r)
    }
    case '/': {
      const m = goRegex(pattern, true, false).exec(value)
      return m ? value.slice(0, m.index) + repl + value.slice(m.index + m[0].length) : value
    }
    default: {
      // Go's ReplaceAllString skips an empty match right after a match
      const re = new RegExp(goRegex(pattern, true, false).source, 'gu')
      let out = ''
      let last = 0
      let prevEnd = -1
      for (let pos = 0; pos <= value.length; ) {
        re.lastIndex = pos
        const m = re.exec(value)
        if (!m) break
        const end = m.index + m[0].length
        if (!(m[0].length === 0 && m.index === prevEnd)) {
          out += value.slice(last, m.index) + repl
          last = end
          prevEnd = end
        }
        pos = end > pos ? end : pos + 1
      }
      return out + value.slice(last)
    }
  }
}

const alphabet = fc.constantFrom('a', 'b', 'c', '\n')
const value = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''))
const pattern = fc.array(fc.constantFrom('a', 'b', '*', '?', '*', 'c'), { maxLength: 7 }).map((a) => a.join(''))

describe('shell pattern modifiers agree with the RegExp BuildKit builds', () => {
  it('# ## % %% / //', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('#', '##', '%', '%%', '/', '//'), pattern, fc.constantFrom('', 'X'), (v, op, p, r) => {
        // "${V//}" would read as a replace-all, not an empty pattern
        fc.pre(!(op === '/' && p === ''))
        const word = op === '/' || op === '//' ? `\${V${op}${p}/${r}}` : `\${V${op}${p}}`
        const got = expandWord(word, new Map([['V', v]]))
        expect(got.error).toBeNull()
        expect(got.value).toBe(reference(v, op, p, r))
      }),
      { numRuns: 3000 },
    )
  })
  it('patterns that make a backtracking RegExp explode stay fast', () => {
    const v = 'a'.repeat(5000)
    const t0 = performance.now()
    const r = expandWord('${V/*a*a*a*a*a*a*a*a*a*b/x}', new Map([['V', v]]))
    expect(r.value).toBe(v)
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
