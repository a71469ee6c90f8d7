// BuildKit's heredoc parser tests (parser/parser_heredoc_test.go), transcribed as tables.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDockerfile, parseHeredoc } from '../../src/dockerfile/parser.ts'

type H = { name: string; content: string; expand: boolean; chomp?: boolean; fd?: number }
const h = (name: string, content: string, expand: boolean, extra: Partial<H> = {}): H => ({ name, content, expand, ...extra })

describe('TestParseExtractsHeredoc', () => {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/dockerfiles/buildkit-parser/heredoc/Dockerfile'), 'utf8')
  const expected: H[][] = [
    [], [], [], [],
    [h('EMPTY', '', true)],
    [h('EMPTY2', '', true, { fd: 3 })],
    [],
    [h('INDENT', '\tfoo\n\tbar\n', true)],
    [h('UNINDENT', '\tbaz\n\tquux\n', true, { chomp: true })],
    [h('UNINDENT2', '\tbaz\n\tquux\n', true, { chomp: true })],
    [h('EXPAND', '\texpand $NAME\n', true, { chomp: true })],
    [h('NOEXPAND', "\tdon't expand $NAME\n", false, { chomp: true })],
    [h('COPY', 'echo hello world\necho foo bar\n', true)],
    [h('COMMENT', '# internal comment\necho hello world\necho foo bar # trailing comment\n', true)],
    [h('MOUNT', 'echo hello\n', true)],
    [h('FILE1', 'content 1\n', true), h('FILE2', 'content 2\n', true)],
    [h('EOF', '"foo"\n\'bar\'\n', true)],
    [h('X', 'Y\n', true), h('Y', 'X\n', true)],
    [h('COMPLEX', "print('hello world')\n", true)],
    [h('file.txt', 'hello world\n', true)],
    [h('eof', 'echo foo\n', false)],
    [h("eo'f", 'echo foo\n', true)],
    [h("eo'f", 'echo foo\n', false)],
    [h('one two', 'echo bar\n', false)],
    [h('$EOF', '', true)],
    [h('EOF', '', true)],
    [h('EOF', '', true)],
  ]
  const parsed = parseDockerfile(text)
  it('parses', () => expect(parsed.errors).toEqual([]))
  expected.forEach((want, i) => {
    const node = parsed.instructions[i + 1]
    it(`child ${i + 1}: ${node?.original}`, () => {
      expect(node.heredocs.map((d) => ({ name: d.name, content: d.content, expand: d.expand, chomp: d.chomp, fd: d.fileDescriptor }))).toEqual(
        want.map((w) => ({ name: w.name, content: w.content, expand: w.expand, chomp: w.chomp ?? false, fd: w.fd ?? 0 })),
      )
    })
  })
})

describe('TestParseJSONHeredoc', () => {
  it('no heredocs in JSON form', () => {
    const p = parseDockerfile('\nFROM alpine:3.6\n\nRUN ["whoami"]\nRUN ["<<EOF"]\nRUN ["<<\'EOF\'"]\n\t')
    expect(p.instructions.slice(1).map((n) => n.heredocs)).toEqual([[], [], []])
  })
})

describe('TestParseHeredocHelpers', () => {
  const valid = ['<<EOF', "<<'EOF'", '<<"EOF"', '<<-EOF', "<<-'EOF'", '<<-"EOF"', '<<EO"F"', '<< EOF', '<<- EOF']
  const invalid = ["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"']
  const not = ['', 'EOF', '<<', '<<-', '<EOF', '<<<EOF', '<<EOF sh']
  for (const s of valid) it(`valid ${s}`, () => expect(parseHeredoc(s)?.name).toBe('EOF'))
  for (const s of invalid) it(`invalid ${s}`, () => expect(() => parseHeredoc(s)).toThrow())
  for (const s of not) it(`not a heredoc ${JSON.stringify(s)}`, () => expect(parseHeredoc(s)).toBeNull())
})

describe('TestHeredocsFromLine', () => {
  // BuildKit's test only checks the names it gets, so an empty result passes there; for
  // "<<- EOF" the lexer splits "<<-" from "EOF" and no heredoc is found, which is what we expect.
  const cases: [string, string[]][] = [
    ['RUN <<EOF', ['EOF']], ['RUN <<-EOF', ['EOF']], ['RUN <<- EOF', []], ['RUN << -EOF', ['-EOF']],
    ["RUN <<'EOF'", ['EOF']], ['RUN 4<<EOF', ['EOF']], ['RUN <<EOF <<EOF2', ['EOF', 'EOF2']], ["RUN '<<EOF'", []], ['RUN "<<EOF"', []],
  ]
  for (const [line, names] of cases) {
    it(line, () => {
      const body = names.map((n) => `${n}\n`).join('')
      const p = parseDockerfile(`FROM a\n${line}\n${body}`)
      expect(p.instructions[1].heredocs.map((d) => d.name)).toEqual(names)
    })
  }
})
