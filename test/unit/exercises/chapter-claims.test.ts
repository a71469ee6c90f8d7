// Statements chapter 02 makes about .dockerignore, each checked on the engine as a table: pattern,
// path, whether Docker excludes it. The expected column is Docker's documented behaviour
// (moby/patternmatcher and BuildKit's context walk), which the chapter teaches.
import { describe, expect, it } from 'vitest'
import { DockerignoreError, computeContext, parseDockerignore } from '../../../src/index.ts'

function sentPaths(ignore: string, paths: string[]): string[] {
  return computeContext(parseDockerignore(ignore), paths.map((path) => ({ path, size: 1 }))).sent
}

describe('chapter 02 claims', () => {
  it.each([
    // [.dockerignore, path, excluded]
    ['build/', 'build', true], // a trailing slash does not mean "directories only"
    ['x[!a]', 'x!', true], // [!a] is the set {!, a}, not a negation
    ['x[!a]', 'xb', false],
    ['x[^a]', 'xb', true], // [^a] is the negation
    ['\\*', '*', true], // a backslash escapes
    ['\\*', 'a', false],
    ['foo #bar', 'foo #bar', true], // '#' is a comment only as the first character
    ['# foo', 'foo', false],
    ['readme.md', 'README.md', false], // case-sensitive
    ['/build', 'build/app', true], // anchored, leading slash dropped
    ['node_modules', 'web/node_modules/x.js', false], // a bare name matches at the root only
    ['**/node_modules', 'web/node_modules/x.js', true],
    ['**/*.tmp', 'cache.tmp', true], // ** matches zero directories too
    ['*/temp*', 'build/sub/temporary.txt', false], // one level only
  ])('%j on %s: excluded = %s', (ignore, path, excluded) => {
    expect(sentPaths(ignore, [path]).includes(path)).toBe(!excluded)
  })

  it('trims whitespace around a pattern', () => {
    expect(sentPaths('  node_modules  ', ['node_modules/x.js', 'a.js'])).toEqual(['a.js'])
  })

  it('tmp/** and tmp/* leave an empty tmp/, tmp removes it', () => {
    expect(sentPaths('tmp/**', ['tmp/a', 'main.go'])).toEqual(['main.go', 'tmp/'])
    expect(sentPaths('tmp/*', ['tmp/a', 'main.go'])).toEqual(['main.go', 'tmp/'])
    expect(sentPaths('tmp', ['tmp/a', 'main.go'])).toEqual(['main.go'])
  })

  it('an exception re-includes one file of an excluded directory, and the directory with it', () => {
    expect(sentPaths('docs\n!docs/api.md', ['docs/api.md', 'docs/internals.md'])).toEqual(['docs/', 'docs/api.md'])
  })

  it('a/b then !a keeps a/b out; !a/b brings it back', () => {
    expect(sentPaths('a/b\n!a', ['a/b', 'a/c'])).toEqual(['a/', 'a/c'])
    expect(sentPaths('a/b\n!a/b', ['a/b', 'a/c'])).toEqual(['a/', 'a/b', 'a/c'])
  })

  it('the last matching line wins', () => {
    const paths = ['README.md', 'README-secret.md', 'CHANGELOG.md']
    expect(sentPaths('*.md\n!README*.md\nREADME-secret.md', paths)).toEqual(['README.md'])
    expect(sentPaths('*.md\nREADME-secret.md\n!README*.md', paths)).toEqual(['README-secret.md', 'README.md'])
  })

  it('a lone ! is an error', () => {
    expect(() => parseDockerignore('node_modules\n!\n')).toThrow(DockerignoreError)
  })
})
