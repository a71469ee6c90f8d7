import { describe, expect, it } from 'vitest'
import { parseDockerignore } from '../../../src/dockerignore/index.ts'
import { checkDockerignore, lintDockerignore } from '../../../src/context/index.ts'

const tree = (paths: string[]) => paths.map((p) => (typeof p === 'string' ? { path: p, size: 100 } : p))
const rulesOf = (ds: { rule: string; line: number }[]) => ds.map((d) => `${d.rule}@${d.line}`).sort()

describe('checkDockerignore', () => {
  it.each([
    ['UnusedPattern: a pattern that matches nothing', 'build\n*.tmp', ['src/a.ts', 'build/x'], ['UnusedPattern@2']],
    ['RootOnlyPattern: bare name present only deeper', 'node_modules', ['web/node_modules/x.js', 'web/a.js'], ['HeavyDirectorySent@1', 'RootOnlyPattern@1']],
    ['RootOnlyPattern: bare glob matching at root and still sent deeper', '*.log', ['a.log', 'logs/b.log'], ['RootOnlyPattern@1']],
    ['no RootOnlyPattern for deeper paths an exception puts back (allowlist)', '*\n!cmd/\n!pkg/', ['cmd/account/main.go', 'pkg/db/db.go', 'go.mod'], []],
    ['RootOnlyPattern still for a deeper path sent without an exception', '*.log\n!keep/', ['a.log', 'logs/b.log', 'keep/c.log'], ['IneffectiveException@2', 'RootOnlyPattern@1']],
    ['no RootOnlyPattern once **/ is used', '**/node_modules', ['web/node_modules/x.js', 'web/a.js'], []],
    ['IneffectiveException: nothing excluded before it', '!src/keep.ts\nbuild', ['src/keep.ts', 'build/x'], ['IneffectiveException@1']],
    ['IneffectiveException: cannot reach into a directory excluded below it', 'a/b\n!a', ['a/b/f', 'a/c'], ['IneffectiveException@2']],
    ['IneffectiveException: excluded again later', '*.md\n!README.md\n*.md', ['README.md', 'x.ts'], ['IneffectiveException@2']],
    ['an exception that works is fine', '*.md\n!README.md', ['README.md', 'a.md', 'x.ts'], []],
  ])('%s', (_name, ignore, paths, want) => {
    expect(rulesOf(checkDockerignore(parseDockerignore(ignore), tree(paths)))).toEqual(want)
  })

  it('SecretSent names the files', () => {
    const ds = checkDockerignore(parseDockerignore(''), tree(['.env', 'certs/server.pem', '.env.example', 'a.ts']))
    expect(ds.filter((d) => d.rule === 'SecretSent').map((d) => d.message)).toEqual([
      '.env (.env) is sent to the builder',
      'certs/server.pem (*.pem) is sent to the builder',
    ])
  })

  it('HeavyDirectorySent gives the size, and .git counts as a secret too', () => {
    const entries = [
      { path: 'node_modules/a/index.js', size: 1_500_000 },
      { path: 'node_modules/b.js', size: 500_000 },
      { path: '.git/HEAD', size: 20 },
      { path: 'src/x.ts', size: 1 },
    ]
    const ds = checkDockerignore(parseDockerignore(''), entries)
    expect(ds.filter((d) => d.rule === 'HeavyDirectorySent').map((d) => d.message).sort()).toEqual([
      '.git/ is sent: 1 files, 20B',
      'node_modules/ is sent: 2 files, 2.00MB',
    ])
    expect(ds.some((d) => d.rule === 'SecretSent' && d.message.startsWith('.git/'))).toBe(true)
    expect(checkDockerignore(parseDockerignore('node_modules\n.git'), entries).filter((d) => d.rule === 'HeavyDirectorySent')).toEqual([])
  })

  it('links each diagnostic to its documented anchor', () => {
    const [d] = checkDockerignore(parseDockerignore('nothing'), tree(['a']))
    expect(d).toMatchObject({ rule: 'UnusedPattern', severity: 'info', line: 1, url: '/reference/dockerignore-checks.html#unused-pattern' })
  })

  it('turns a walk-time pattern error into a SyntaxError diagnostic', () => {
    expect(checkDockerignore(parseDockerignore('ok\n[z-a]'), tree(['a']))).toEqual([
      expect.objectContaining({ rule: 'SyntaxError', severity: 'error', line: 2 }),
    ])
  })
})

describe('lintDockerignore', () => {
  it('reports a parse error on its line with Docker’s wording', () => {
    expect(lintDockerignore('a\n!\n', tree(['a']))).toEqual([
      expect.objectContaining({ rule: 'SyntaxError', line: 2, message: 'illegal exclusion pattern: "!"' }),
    ])
  })
})

describe('UnreadableFile', () => {
  it('names a file the walk sends but Open() refuses (fsutil quirk)', () => {
    expect(checkDockerignore(parseDockerignore('a\n!a/c\na'), tree(['a/c', 'a/d', 'b']))).toEqual([
      expect.objectContaining({ rule: 'UnreadableFile', line: 1, url: '/reference/dockerignore-checks.html#unreadable-file' }),
    ])
  })
})
