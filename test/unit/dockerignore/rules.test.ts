// One table per rule of Docker's .dockerignore semantics (moby/patternmatcher v0.6.1 + fsutil's walk).
// Expected values are Docker's documented or upstream-tested behaviour, not outputs of this code.
import { describe, expect, it } from 'vitest'
import { DockerignoreError, matchPath, parseDockerignore } from '../../../src/dockerignore/index.ts'
import { computeContext } from '../../../src/context/index.ts'

const sent = (ignore: string, files: string[]) =>
  computeContext(parseDockerignore(ignore), files.map((path) => ({ path }))).sent

const excluded = (ignore: string, path: string) => matchPath(parseDockerignore(ignore), path).excluded

describe('1. anchored at the root; * and ? never cross /', () => {
  it.each([
    ['node_modules', 'node_modules/x.js', true],
    ['node_modules', 'web/node_modules/x.js', false],
    ['*.log', 'a.log', true],
    ['*.log', 'logs/a.log', false],
    ['*/a.log', 'logs/a.log', true],
    ['*/a.log', 'x/logs/a.log', false],
    ['?', 'a', true],
    ['a?c', 'a/c', false],
    ['**/node_modules', 'web/node_modules/x.js', true],
    ['**/*.log', 'a/b/c.log', true],
  ])('%s vs %s → excluded %s', (ignore, path, want) => expect(excluded(ignore, path)).toBe(want))
})

describe('2. children inherit; ! re-includes; excluded parents are sent bare', () => {
  it.each([
    ['docs\n!docs/README.md', ['docs/README.md', 'docs/guide.md'], ['docs/', 'docs/README.md']],
    ['*\n!cmd/', ['cmd/main.go', 'go.mod', 'tmp/'], ['cmd/', 'cmd/main.go']],
    ['a\n!a/b/c', ['a/x', 'a/b/c', 'a/b/d'], ['a/', 'a/b/', 'a/b/c']],
  ])('%j', (ignore, files, want) => expect(sent(ignore, files)).toEqual(want))
})

describe('3. an exception reaches into a subtree only through a directory excluded at that point', () => {
  it.each([
    ['a/b\n!a', ['a/b/f', 'a/c'], ['a/', 'a/c']],
    ['*/b\n!a', ['a/b/f', 'a/c'], ['a/', 'a/c']],
    ['a\n!a', ['a/b/f'], ['a/', 'a/b/', 'a/b/f']],
  ])('%j', (ignore, files, want) => expect(sent(ignore, files)).toEqual(want))
})

describe('4. dir/* and dir/** still send an empty dir/; dir and dir/ remove it', () => {
  it.each([
    ['dir/*', ['dir/a', 'dir/b/c'], ['dir/']],
    ['dir/**', ['dir/a', 'dir/b/c'], ['dir/']],
    ['dir', ['dir/a'], []],
    ['dir/', ['dir/a'], []],
    ['dir//', ['dir/a'], []],
  ])('%j', (ignore, files, want) => expect(sent(ignore, files)).toEqual(want))
})

describe('5. each line is cleaned like a path', () => {
  it.each([
    ['./x', ['x', 'y'], ['x', 'y'], ['x']],
    ['/x', ['x', 'y'], ['x', 'y'], ['x']],
    ['a//b', ['a/b', 'a/c'], ['a/b', 'a/c'], ['a/b']],
    ['a/../b', ['a', 'b'], ['a', 'b'], ['b']],
    ['/../x', ['x'], ['x'], ['x']],
    ['../x', ['x'], ['x'], []],
    // trimmed, one '/' dropped, trimmed again and cleaned again: the pattern is "/a", matching nothing
    ['/ /a', ['a'], ['a'], []],
  ])('%s', (ignore, files, _all, gone) => {
    const rules = parseDockerignore(ignore)
    for (const f of files) expect(matchPath(rules, f).excluded, f).toBe(gone.includes(f))
  })
  it('reports the cleaned pattern', () => {
    expect(parseDockerignore('./a/../b/\n!/c//d').patterns).toEqual([
      { line: 1, pattern: 'b', negated: false },
      { line: 2, pattern: 'c/d', negated: true },
    ])
  })
})

describe('6. file format', () => {
  it.each([
    ['# comment', []],
    [' # not a comment', ['# not a comment']],
    ['\u00a0x\u3000', ['x']],
    ['\u200bx', ['\u200bx']],
    ['\ufeffa\n\ufeffb', ['a', '\ufeffb']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\rb', ['a\rb']],
    ['! x', ['!x']],
    ['\n\n  \n', []],
  ])('%j → %j', (text, want) =>
    expect(parseDockerignore(text).patterns.map((p) => (p.negated ? '!' : '') + p.pattern)).toEqual(want),
  )
  it.each([
    ['!', 1, 'illegal exclusion pattern: "!"'],
    ['a\n!  ', 2, 'illegal exclusion pattern: "!"'],
    ['ok\n' + 'x'.repeat(65536), 2, 'bufio.Scanner: token too long'],
  ])('%j fails on line %i', (text, line, message) => {
    expect(() => parseDockerignore(text)).toThrow(DockerignoreError)
    try {
      parseDockerignore(text)
    } catch (e) {
      expect((e as DockerignoreError).line).toBe(line)
      expect((e as DockerignoreError).message).toBe(message)
    }
  })
  it('accepts a line just under 64 KiB', () => {
    expect(parseDockerignore('x'.repeat(65535)).patterns).toHaveLength(1)
  })
})

describe('7. validated as globs, matched as Go regexps', () => {
  it.each([
    ['[!a]', '!', true],
    ['[!a]', 'b', false],
    ['[^a]', 'b', true],
    ['a[^a]b', 'a/b', true],
    ['log\\d.txt', 'log1.txt', true],
    ['log\\d.txt', 'logd.txt', false],
    ['[[:digit:]]x', '7x', true],
    ['{a,b}', 'a', false],
    ['{a,b}', '{a,b}', true],
    ['?', 'é', true],
    ['?', '😀', true],
    ['a^b', 'a^b', true], // no wildcard: an exact string test
    ['a^b*', 'a^bc', false], // in a regexp, ^ anchors the start and never matches mid-path
    ['a+b', 'a+b', true],
    ['a.b', 'axb', false],
  ])('%s vs %s → %s', (ignore, path, want) => expect(excluded(ignore, path)).toBe(want))
})

describe('8. leading ** without / is a suffix test; foo** a prefix test', () => {
  it.each([
    ['dir**', 'dirt', true],
    ['dir**', 'dir/x', true],
    ['**.go', 'a/b.go', true],
    ['**o', 'go', true],
    ['**/foo', 'foo', true],
    ['**/foo', 'xfoo', false],
    ['**foo', 'xfoo', true],
  ])('%s vs %s → %s', (ignore, path, want) => expect(excluded(ignore, path)).toBe(want))
})

describe('9. some bad patterns fail before sending, others only when a path reaches them', () => {
  it.each(['[', 'a[', '[]a]', '[x-]', 'foo\\', 'a\n[^'])('parse error: %j', (text) =>
    expect(() => parseDockerignore(text)).toThrow(DockerignoreError),
  )
  it.each([
    ['[z-a]', ['a']],
    ['x\\y*', ['b']],
    ['a\n![z-a]', ['a']],
  ])('walk error: %j', (text, files) => {
    const rules = parseDockerignore(text)
    expect(() => computeContext(rules, files.map((path) => ({ path })))).toThrow('syntax error in pattern')
  })
  it('a bad exception never consulted does not fail', () => {
    // nothing is excluded, so the exception is never evaluated
    expect(sent('![z-a]', ['a'])).toEqual(['a'])
  })
  it('a bad pattern with no path to test does not fail', () => {
    expect(sent('[z-a]', [])).toEqual([])
  })
  it('a bad pattern fails for any path that reaches it, not only those it would match', () => {
    expect(() => sent('a\na/[z-a]', ['a/b', 'c'])).toThrow('syntax error in pattern')
  })
})

describe('10. case-sensitive; Dockerfile and .dockerignore are ordinary files', () => {
  it.each([
    ['readme.md', 'README.md', false],
    ['README.md', 'README.md', true],
    ['Dockerfile', 'Dockerfile', true],
    ['.dockerignore', '.dockerignore', true],
  ])('%s vs %s → %s', (ignore, path, want) => expect(excluded(ignore, path)).toBe(want))
})

describe('12. excluded directories are skipped unless an exception could match inside', () => {
  it('a glob exception makes the walk enter every excluded directory', () => {
    expect(sent('node_modules\n!**/*.keep', ['node_modules/a/x.keep', 'node_modules/b.js'])).toEqual([
      'node_modules/',
      'node_modules/a/',
      'node_modules/a/x.keep',
    ])
  })
  it('a plain-path exception opens only the directories on its way', () => {
    expect(sent('*\n!src/keep', ['src/keep', 'src/other', 'lib/keep'])).toEqual(['src/', 'src/keep'])
  })
})

describe('matchPath trace', () => {
  it('lists every matching rule in order, with lines and negation', () => {
    const rules = parseDockerignore('# c\ndocs\n*.md\n!docs/README.md\n')
    expect(matchPath(rules, 'docs/README.md')).toEqual({
      excluded: false,
      trace: [
        { line: 2, pattern: 'docs', negated: false },
        { line: 4, pattern: 'docs/README.md', negated: true },
      ],
    })
  })
  it('shows an inherited match', () => {
    expect(matchPath(parseDockerignore('a'), 'a/b/c').trace).toEqual([{ line: 1, pattern: 'a', negated: false }])
  })
  it('is empty for a path no rule matched', () => {
    expect(matchPath(parseDockerignore('a'), 'b')).toEqual({ excluded: false, trace: [] })
  })
})

describe('linear time', () => {
  it('a hostile pattern against 10,000-character names stays fast', () => {
    const rules = parseDockerignore('*a*a*a*a*a*a*a*a*a*a*b')
    const names = Array.from({ length: 50 }, (_, i) => 'a'.repeat(10_000 - i))
    const t0 = performance.now()
    const result = computeContext(rules, names.map((path) => ({ path })))
    const ms = performance.now() - t0
    expect(result.sent).toHaveLength(50)
    expect(ms).toBeLessThan(5000)
  })
})
