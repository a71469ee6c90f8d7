// Properties of the .dockerignore engine over generated files and trees (fast-check).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DockerignoreError, matchPath, parseDockerignore } from '../../src/dockerignore/index.ts'
import { computeContext } from '../../src/context/index.ts'
import type { FileEntry } from '../../src/types.ts'
import { GoRegexp } from '../../src/dockerignore/goregexp.ts'
import { translatePattern } from '../../src/dockerignore/pattern.ts'
import { goClean } from '../../src/dockerignore/gostd.ts'

// Characters that exercise every rule: wildcards, classes, escapes, cleaning, comments, spaces.
const patternChar = fc.constantFrom('a', 'b', 'x', '.', '/', '*', '*', '?', '[', ']', '^', '-', '!', '\\', ' ', '#', 'é', '{', '+', 'd')
const pattern = fc.string({ unit: patternChar, minLength: 1, maxLength: 10 })
const ignoreText = fc.array(pattern, { maxLength: 8 }).map((lines) => lines.join('\n'))

const segment = fc.constantFrom('a', 'b', 'ab', 'x.log', '.a', 'é', '[', '*', 'node_modules', 'd1', '^', 'a b')
const entries: fc.Arbitrary<FileEntry[]> = fc
  .uniqueArray(
    fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([segs, dir]) => segs.join('/') + (dir ? '/' : '')),
    { maxLength: 12 },
  )
  .map((paths) => paths.map((path) => ({ path, size: path.length })))

/** The outcome Docker would report: the sent set, or the error message. */
function outcome(text: string, tree: FileEntry[]): { error: string } | { sent: string[] } {
  try {
    return { sent: computeContext(parseDockerignore(text), tree).sent }
  } catch (e) {
    if (e instanceof DockerignoreError) return { error: e.message }
    throw e
  }
}

const runs = { numRuns: 400 }

describe('properties', () => {
  it('never throws anything but DockerignoreError', () => {
    fc.assert(
      fc.property(ignoreText, entries, (text, tree) => {
        try {
          const rules = parseDockerignore(text)
          computeContext(rules, tree)
          for (const e of tree) matchPath(rules, e.path)
        } catch (e) {
          expect(e).toBeInstanceOf(DockerignoreError)
          expect((e as DockerignoreError).line).toBeGreaterThan(0)
        }
      }),
      runs,
    )
  })

  it('a comment line or a blank line changes nothing', () => {
    const filler = fc.constantFrom('', '   ', '\t', '# a comment', '#!important', '#*')
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 6 }), fc.nat(), filler, entries, (lines, at, extra, tree) => {
        const i = lines.length === 0 ? 0 : at % (lines.length + 1)
        const withExtra = [...lines.slice(0, i), extra, ...lines.slice(i)]
        expect(outcome(withExtra.join('\n'), tree)).toEqual(outcome(lines.join('\n'), tree))
      }),
      runs,
    )
  })

  it('x and /x agree', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), fc.nat(), entries, (lines, at, tree) => {
        const i = at % lines.length
        // x is a pattern as written, without surrounding spaces (Docker trims the line, then drops
        // one leading '/', then trims again: "/ /a" is the pattern "/a", which matches nothing)
        const x = lines[i].trim()
        if (x.startsWith('#') || x === '') return
        const negated = x.startsWith('!')
        const body = negated ? x.slice(1).trim() : x
        // where cleaning reaches above the root, the '/' matters: "/../x" is "x", "../x" matches
        // nothing, and "!/." becomes a lone "!"
        const cleaned = goClean(body)
        if (body === '' || cleaned === '.' || cleaned === '..' || cleaned.startsWith('../')) return
        const plain = [...lines.slice(0, i), (negated ? '!' : '') + body, ...lines.slice(i + 1)]
        const anchored = [...lines.slice(0, i), (negated ? '!/' : '/') + body, ...lines.slice(i + 1)]
        expect(outcome(anchored.join('\n'), tree)).toEqual(outcome(plain.join('\n'), tree))
      }),
      runs,
    )
  })

  it('the walk and matchPath agree on every file; sent covers the included entries', () => {
    fc.assert(
      fc.property(ignoreText, entries, (text, tree) => {
        let rules
        let result
        try {
          rules = parseDockerignore(text)
          result = computeContext(rules, tree)
        } catch {
          return
        }
        const sent = new Set(result.sent)
        for (const e of tree) {
          const isIncluded = result.included.includes(e.path)
          expect(sent.has(e.path) || sent.has(e.path.replace(/\/?$/, '/'))).toBe(isIncluded)
          // a file's own decision (directories may be sent bare as parents)
          if (!e.path.endsWith('/') && !tree.some((o) => o.path.startsWith(e.path + '/'))) {
            expect(matchPath(rules, e.path).excluded).toBe(!isIncluded)
          }
        }
        expect(result.included.length + result.excluded.length).toBe(tree.length)
      }),
      runs,
    )
  })
})

describe('the linear-time matcher', () => {
  it('agrees with a backtracking RegExp on short paths (wildcards, ** and classes)', () => {
    const globChar = fc.constantFrom('a', 'b', '/', '*', '*', '?', '.', '[ab]', '[^a]', '**/')
    const glob = fc.array(globChar, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''))
    const path = fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', 'é', '\n'), maxLength: 12 })
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 10 }), (g, paths) => {
        const { kind, regexp } = translatePattern(g)
        if (kind !== 'regexp') return
        // Go's `.` excludes \n like JavaScript's; `u` makes `[^/]` and `.` match one code point
        const js = new RegExp(regexp, 'u')
        const ours = new GoRegexp(regexp)
        for (const p of paths) expect(ours.test(p), `${regexp} on ${JSON.stringify(p)}`).toBe(js.test(p))
      }),
      { numRuns: 500 },
    )
  })
})
