import { describe, expect, it } from 'vitest'
import { compareWithGitignore } from '../../../src/context/index.ts'

const entries = (paths: string[]) => paths.map((path) => ({ path }))

describe('compareWithGitignore', () => {
  it.each([
    // a slash-less name: gitignore matches it at any depth, Docker only at the root
    ['node_modules', ['node_modules/a.js', 'web/node_modules/b.js'], [['web/node_modules/b.js', 'sent', 'ignored', 'unanchored-name', 1]]],
    // an unanchored exception: gitignore re-includes docs/README.md, Docker does not
    ['**/*.md\n!README.md', ['README.md', 'docs/README.md'], [['docs/README.md', 'excluded', 'kept', 'unanchored-name', 2]]],
    // gitignore cannot re-include inside an excluded directory; Docker can
    ['docs\n!docs/README.md', ['docs/README.md', 'docs/a.md'], [['docs/README.md', 'sent', 'ignored', 'cannot-reinclude', 2]]],
    // a trailing slash: directories only in gitignore, anything in Docker
    ['build/', ['build', 'src/a.ts'], [['build', 'excluded', 'kept', 'directory-only-slash', 1]]],
    // same decision, no difference
    ['/dist\n*.log', ['dist/a.js', 'a.log', 'src/a.ts'], []],
  ])('%j', (ignore, paths, want) => {
    expect(compareWithGitignore(ignore, entries(paths)).map((d) => [d.path, d.docker, d.gitignore, d.reason, d.line])).toEqual(want)
  })
})
