import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../../src/dockerfile/parser.ts'

describe('parser: positions for editor markers', () => {
  it('ranges of keyword, flags and arguments on a continued line', () => {
    const p = parseDockerfile('FROM alpine\n  COPY --from=build \\\n    --chown=1:1 a b\n')
    const copy = p.instructions[1]
    expect(copy.range).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 20 })
    expect(copy.keywordRange).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 7 })
    expect(copy.flags.map((f) => [f.name, f.value, f.range])).toEqual([
      ['from', 'build', { line: 2, column: 8, endLine: 2, endColumn: 20 }],
      ['chown', '1:1', { line: 3, column: 5, endLine: 3, endColumn: 16 }],
    ])
    expect(copy.argsText).toBe('a b')
    expect(copy.argsRange).toEqual({ line: 3, column: 17, endLine: 3, endColumn: 20 })
  })
  it('flag values lose their quotes as BuildKit reads them', () => {
    const p = parseDockerfile('FROM a\nCOPY --from="build" --chown=\'1 2\' x y\n')
    expect(p.instructions[1].flags.map((f) => f.value)).toEqual(['build', '1 2'])
  })
})

describe('parser: heredocs', () => {
  const cases: { text: string; docs: { name: string; fd: number; expand: boolean; chomp: boolean; content: string; startLine: number; endLine: number }[] }[] = [
    { text: 'FROM a\nRUN <<EOF\necho hi\nEOF\n', docs: [{ name: 'EOF', fd: 0, expand: true, chomp: false, content: 'echo hi\n', startLine: 3, endLine: 4 }] },
    { text: 'FROM a\nRUN << EOF\nx\nEOF\n', docs: [{ name: 'EOF', fd: 0, expand: true, chomp: false, content: 'x\n', startLine: 3, endLine: 4 }] },
    { text: 'FROM a\nRUN 3<<EOF cat\nx\nEOF\n', docs: [{ name: 'EOF', fd: 3, expand: true, chomp: false, content: 'x\n', startLine: 3, endLine: 4 }] },
    { text: "FROM a\nRUN <<'EOF'\n$x\nEOF\n", docs: [{ name: 'EOF', fd: 0, expand: false, chomp: false, content: '$x\n', startLine: 3, endLine: 4 }] },
    { text: 'FROM a\nRUN <<E"OF"\n$x\nEOF\n', docs: [{ name: 'EOF', fd: 0, expand: false, chomp: false, content: '$x\n', startLine: 3, endLine: 4 }] },
    { text: 'FROM a\nRUN <<-A <<B cat\n\thi\n\tA\n\tB\nB\n', docs: [
      { name: 'A', fd: 0, expand: true, chomp: true, content: '\thi\n', startLine: 3, endLine: 4 },
      { name: 'B', fd: 0, expand: true, chomp: false, content: '\tB\n', startLine: 5, endLine: 6 },
    ] },
    { text: 'FROM a\nRUN ["sh", "<<EOF"]\nFROM b\n', docs: [] },
  ]
  for (const c of cases) {
    it(JSON.stringify(c.text), () => {
      const p = parseDockerfile(c.text)
      expect(p.errors).toEqual([])
      expect(p.instructions[1].heredocs.map((h) => ({ name: h.name, fd: h.fileDescriptor, expand: h.expand, chomp: h.chomp, content: h.content, startLine: h.startLine, endLine: h.endLine }))).toEqual(c.docs)
    })
  }
  it('an unterminated heredoc is an error on the instruction', () => {
    expect(parseDockerfile('FROM a\nRUN <<EOF\nx\n').errors).toEqual([{ message: 'unterminated heredoc', line: 2, range: { line: 2, column: 1, endLine: 2, endColumn: 10 } }])
  })
})

describe('parser: directives', () => {
  const cases: [string, { name: string; value: string; line: number }[], string][] = [
    ['# escape=`\nFROM a', [{ name: 'escape', value: '`', line: 1 }], '`'],
    ['# ESCAPE = ` \nFROM a', [{ name: 'escape', value: '`', line: 1 }], '`'],
    ['# syntax=docker/dockerfile:1 \n# escape=`\nFROM a', [{ name: 'syntax', value: 'docker/dockerfile:1', line: 1 }, { name: 'escape', value: '`', line: 2 }], '`'],
    ['# hello\n# escape=`\nFROM a', [], '\\'],
    ['# unknown=1\n# escape=`\nFROM a', [], '\\'],
    ['\n# escape=`\nFROM a', [], '\\'],
    ['#!/bin/sh\n# check=skip=all\n# escape=`\nFROM a', [{ name: 'check', value: 'skip=all', line: 2 }], '\\'],
  ]
  for (const [text, directives, escape] of cases) {
    it(JSON.stringify(text), () => {
      const p = parseDockerfile(text)
      expect(p.directives).toEqual(directives)
      expect(p.escapeToken).toBe(escape)
    })
  }
  it('a repeated directive is an error', () => {
    expect(parseDockerfile('# escape=`\n# escape=\\\nFROM a').errors[0].message).toBe('only one escape parser directive can be used')
  })
  it('a bad escape token is an error', () => {
    expect(parseDockerfile('# escape=x\nFROM a').errors[0].message).toBe("invalid escape token 'x' does not match ` or \\")
  })
})

describe('parser: comments and continuations', () => {
  it('comments inside a continuation are dropped; an empty line warns NoEmptyContinuation', () => {
    const p = parseDockerfile('FROM a\nRUN a \\\n# c\n  b \\\n\n  c\nRUN d\n')
    expect(p.instructions[1].original).toBe('RUN a   b   c')
    expect(p.instructions[1].range.endLine).toBe(6)
    expect(p.warnings).toEqual([{ rule: 'NoEmptyContinuation', message: 'Empty continuation line', line: 6 }])
  })
  it('an escaped escape at the end of a line does not continue', () => {
    const p = parseDockerfile('FROM a\nENV C x\\\\\nENV D y\n')
    expect(p.instructions.map((i) => i.args)).toEqual([['a'], ['C', 'x\\\\', ''], ['D', 'y', '']])
  })
  it('comments directly above an instruction are its prevComments', () => {
    const p = parseDockerfile('FROM a\n# one\n#\n# two\n# three\nRUN x\n')
    expect(p.instructions[1].prevComments).toEqual(['two', 'three'])
  })
  it('invalid JSON falls back to shell form; a non-string array is an error', () => {
    expect(parseDockerfile('FROM a\nCMD ["a", \'b\']\n').instructions[1]).toMatchObject({ json: false, args: ['["a", \'b\']'] })
    expect(parseDockerfile('FROM a\nCMD ["a", 1]\n').errors[0]).toMatchObject({ line: 2, message: 'when using JSON array syntax, arrays must be comprised of strings only' })
  })
  it('a file without instructions is an error', () => {
    expect(parseDockerfile('# only a comment\n').errors[0].message).toBe('file with no instructions')
  })
})

describe('parser: linear time on long lines', () => {
  it('a directive line of spaces', () => {
    const t0 = performance.now()
    const p = parseDockerfile('# syntax=a' + ' '.repeat(60000) + 'b\nFROM x\n')
    expect(p.directives[0].value).toBe('a' + ' '.repeat(60000) + 'b')
    expect(performance.now() - t0).toBeLessThan(5000)
  })
  it('a value of only spaces is the last space, as the lazy group of the RE2 pattern gives', () => {
    expect(parseDockerfile('# escape=   \nFROM x\n').errors[0].message).toBe("invalid escape token ' ' does not match ` or \\")
  })
  it('a heredoc word full of quoted spaces', () => {
    const t0 = performance.now()
    parseDockerfile('FROM a\nRUN <<"' + ' '.repeat(30000) + '<"\n')
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
