import { describe, expect, it } from 'vitest'
import { analyzeDockerfile, readPaths } from '../../../src/analyze.ts'
import { computeContext } from '../../../src/context/index.ts'
import { parseDockerignore } from '../../../src/dockerignore/index.ts'
import { goMatch } from '../../../src/dockerfile/read-paths.ts'

const files = ['go.mod', 'go.sum', 'main.go', 'cmd/app/main.go', 'cmd/app/util_test.go', 'docs/a.md', 'web/index.html', 'web/app.js', 'README.md', 'tmp/x.log', 'requirements.txt']
const ctx = (ignore = '') => computeContext(parseDockerignore(ignore), files.map((path) => ({ path })))

describe('filepath.Match, one component', () => {
  const cases: [string, string, boolean][] = [
    ['*.go', 'main.go', true], ['*.go', 'main.gox', false], ['m?in.go', 'main.go', true], ['[a-m]ain.go', 'main.go', true],
    ['[^a-m]ain.go', 'main.go', false], ['\\*', '*', true], ['\\*', 'a', false], ['*', '', true], ['[', 'a', false], ['a*b*c', 'axxbyyc', true], ['a*b', 'acb', true], ['a*b', 'acbd', false],
  ]
  for (const [p, n, want] of cases) it(`${p} ~ ${n}`, () => expect(goMatch(p, n)).toBe(want))
})

describe('readPaths: what the built stages read from the context', () => {
  const cases: [string, string, Record<string, unknown>, string[]][] = [
    ['files and a directory', 'FROM golang\nCOPY go.mod go.sum ./\nCOPY cmd/ ./cmd/\n', {}, ['cmd/', 'cmd/app/', 'cmd/app/main.go', 'cmd/app/util_test.go', 'go.mod', 'go.sum']],
    ['wildcards per component', 'FROM golang\nCOPY */app/*.go /src/\n', {}, ['cmd/app/main.go', 'cmd/app/util_test.go']],
    ['a leading slash is the context root', 'FROM a\nCOPY /web/app.js /x\n', {}, ['web/app.js']],
    ['--exclude inside a directory', 'FROM a\nCOPY --exclude=*_test.go cmd/app /x\n', {}, ['cmd/app/', 'cmd/app/main.go']],
    ['COPY --from reads no context', 'FROM a AS b\nFROM c\nCOPY --from=b /x /y\n', {}, []],
    ['bind mounts without from read the context', 'FROM a\nRUN --mount=type=bind,source=requirements.txt,target=/r pip\n', {}, ['requirements.txt']],
    ['cache mounts do not', 'FROM a\nRUN --mount=type=cache,target=/c x\n', {}, []],
    ['only stages the target builds', 'FROM a AS docs\nCOPY docs /d\nFROM b\nCOPY main.go /\n', {}, ['main.go']],
    ['the target decides', 'FROM a AS docs\nCOPY docs /d\nFROM b\nCOPY main.go /\n', { target: 'docs' }, ['docs/', 'docs/a.md']],
    ['variables expand in sources', 'FROM a\nARG DIR=web\nCOPY ${DIR}/index.html /\n', {}, ['web/index.html']],
    ['ADD of a URL reads nothing', 'FROM a\nADD https://example.com/x.tgz /\n', {}, []],
    ['--parents with ** crosses directories', 'FROM a\nCOPY --parents ./cmd/**/*.go /app/\n', {}, ['cmd/app/main.go', 'cmd/app/util_test.go']],
    ['--parents with a pivot', 'FROM a\nCOPY --parents web/./*.js /app/\n', {}, ['web/app.js']],
    ['heredoc sources are not context paths', 'FROM a\nCOPY <<EOF /x\nhi\nEOF\n', {}, []],
  ]
  for (const [name, text, options, want] of cases) {
    it(name, () => expect(readPaths(analyzeDockerfile(text, options), ctx())).toEqual(want))
  }
  it('COPY . reads everything sent, which the .dockerignore already trimmed', () => {
    const c = ctx('tmp\n*.md\n')
    expect(readPaths(analyzeDockerfile('FROM a\nCOPY . .\n'), c)).toEqual(c.sent)
    expect(c.sent).not.toContain('tmp/x.log')
  })
  it('an object not returned by analyzeDockerfile reads nothing', () => {
    expect(readPaths({ stages: [], edges: [], target: 0, built: [], diagnostics: [] }, ctx())).toEqual([])
  })
})

describe('context-aware checks', () => {
  const diag = (text: string, ignore: string) => {
    const rules = parseDockerignore(ignore)
    return analyzeDockerfile(text, { dockerignore: rules, context: computeContext(rules, files.map((path) => ({ path }))) }).diagnostics
  }
  it('CopyIgnoredFile for a source the .dockerignore excludes', () => {
    const d = diag('FROM a\nCOPY tmp/x.log /\nADD README.md /\n', 'tmp\n*.md\n').filter((x) => x.rule === 'CopyIgnoredFile')
    expect(d.map((x) => [x.line, x.message, x.severity])).toEqual([
      [2, 'Attempting to Copy file "tmp/x.log" that is excluded by .dockerignore', 'warning'],
      [3, 'Attempting to Add file "README.md" that is excluded by .dockerignore', 'warning'],
    ])
  })
  it('CopyIgnoredFile is skipped when the .dockerignore has an exception, and for COPY --from', () => {
    expect(diag('FROM a\nCOPY tmp/x.log /\n', 'tmp\n!tmp/keep\n').filter((x) => x.rule === 'CopyIgnoredFile')).toEqual([])
    expect(diag('FROM a AS b\nFROM c\nCOPY --from=b tmp/x.log /\n', 'tmp\n').filter((x) => x.rule === 'CopyIgnoredFile')).toEqual([])
  })
  it('CopyIgnoredFile on the context root only for a pattern that excludes everything', () => {
    expect(diag('FROM a\nCOPY . /\n', 'tmp\n').filter((x) => x.rule === 'CopyIgnoredFile')).toEqual([])
    expect(diag('FROM a\nCOPY . /\n', '*\n').filter((x) => x.rule === 'CopyIgnoredFile').map((x) => x.message)).toEqual(['Attempting to Copy file "." that is excluded by .dockerignore'])
  })
  it('CopySourceNotFound names the nearest existing path; wildcards may match nothing', () => {
    const d = diag('FROM a\nCOPY requirement.txt /\nCOPY *.nothing /\nCOPY cmd/app/main.go /\n', '').filter((x) => x.rule === 'CopySourceNotFound')
    expect(d.map((x) => [x.line, x.severity, x.url])).toEqual([[2, 'error', '/docker/05-build-checks.html#copysourcenotfound']])
    expect(d[0].message).toContain('"requirement.txt" is not in the build context')
    expect(d[0].message).toContain('Nearest existing path: "requirements.txt"')
  })
  it('CopySourceNotFound says when the .dockerignore is the reason', () => {
    const d = diag('FROM a\nCOPY tmp/x.log /\n', 'tmp\n').filter((x) => x.rule === 'CopySourceNotFound')
    expect(d.map((x) => x.message)).toEqual(['COPY source "tmp/x.log" is not in the build context; the build would fail with "not found" (.dockerignore excludes it)'])
  })
  it('# check=skip silences CopyIgnoredFile', () => {
    expect(diag('# check=skip=CopyIgnoredFile\nFROM a\nCOPY tmp/x.log /\n', 'tmp\n').filter((x) => x.rule === 'CopyIgnoredFile')).toEqual([])
  })
})
