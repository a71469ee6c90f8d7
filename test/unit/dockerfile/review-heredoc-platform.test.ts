// Two points settled against BuildKit's code.
// Heredoc words: heredocsFromLine splits the line with the shell lexer, whose processPossibleHeredoc
// swallows whitespace only right after "<<"; the word must then match ^(\d*)<<(-?)\s*([^<]*)$ with
// a non-empty rest. So "<< EOF" and "<< -EOF" are heredocs, but "<<- EOF" splits into "<<-" and
// "EOF" and is none: the body lines become instructions.
// Stage.platform: the --platform flag as instructions.Stage.Platform holds it (flag quotes removed,
// variables not expanded), as the conformance fixtures give it; the expanded value only decides
// errors and the platform a stage runs on.
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'
import { parseDockerfile } from '../../../src/dockerfile/parser.ts'

describe('heredoc words with "<<-" and spaces', () => {
  const cases: [string, string, { name: string; chomp: boolean; expand: boolean }[], string[]][] = [
    ['<<-EOF', 'FROM a\nRUN <<-EOF\n\tx\n\tEOF\n', [{ name: 'EOF', chomp: true, expand: true }], ['from', 'run']],
    ['<< EOF', 'FROM a\nRUN << EOF\nx\nEOF\n', [{ name: 'EOF', chomp: false, expand: true }], ['from', 'run']],
    ['<< -EOF names -EOF, no chomp', 'FROM a\nRUN << -EOF\n\tx\n-EOF\n', [{ name: '-EOF', chomp: false, expand: true }], ['from', 'run']],
    ['<<-"EOF" quoted', 'FROM a\nRUN <<-"EOF" cat\n\tx $y\n\tEOF\n', [{ name: 'EOF', chomp: true, expand: false }], ['from', 'run']],
    ['<<- EOF is no heredoc', 'FROM a\nRUN <<- EOF\n\tx\nEOF\n', [], ['from', 'run', 'x', 'eof']],
    ['3<<- EOF is no heredoc', 'FROM a\nRUN 3<<- EOF cat\nx\nEOF\n', [], ['from', 'run', 'x', 'eof']],
    ['<<-<tab>EOF is no heredoc', 'FROM a\nRUN <<-\tEOF\nx\nEOF\n', [], ['from', 'run', 'x', 'eof']],
  ]
  it.each(cases)('%s', (_name, text, heredocs, keywords) => {
    const p = parseDockerfile(text)
    expect(p.instructions.map((i) => i.keyword)).toEqual(keywords)
    expect(p.instructions[1].heredocs.map((h) => ({ name: h.name, chomp: h.chomp, expand: h.expand }))).toEqual(heredocs)
  })

  it('a body read as instructions fails the build at its first line', () => {
    const errors = analyzeDockerfile('FROM a\nRUN <<- EOF\n\tx\nEOF\n').diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => [d.line, d.message])).toEqual([[3, 'dockerfile parse error on line 3: unknown instruction: x']])
  })
})

describe('Stage.platform is the flag as written', () => {
  const cases: [string, string, (string | null)[], string[]][] = [
    ['variable kept unexpanded', 'FROM --platform=$BUILDPLATFORM alpine\n', ['$BUILDPLATFORM'], []],
    ['flag quotes removed', 'FROM --platform="$BUILDPLATFORM" alpine AS a\nFROM --platform=\'${TARGETPLATFORM}\' alpine\n', ['$BUILDPLATFORM', '${TARGETPLATFORM}'], []],
    ['a global ARG stays a reference', 'ARG P=linux/arm64\nFROM --platform=${P} alpine\n', ['${P}'], []],
    ['no flag', 'FROM alpine\n', [null], []],
    ['an empty expansion is an error, the flag is still shown', 'FROM --platform=$NOPE alpine\n', ['$NOPE'], ['empty platform value from expression $NOPE']],
  ]
  it.each(cases)('%s', (_name, text, platforms, errors) => {
    const a = analyzeDockerfile(text)
    expect(a.stages.map((s) => s.platform)).toEqual(platforms)
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(errors)
  })
})
