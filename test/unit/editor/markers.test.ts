import { describe, expect, it } from 'vitest'
import { MARKER_SEVERITY, toMarkers, validLines } from '../../../playground/editor/markers.ts'
import type { Diagnostic } from '../../../src/types.ts'

const text = 'FROM golang:1.22 as build\nCOPY . .\n\nRUN go build'

describe('toMarkers', () => {
  it('maps severities to Monaco MarkerSeverity values (Error 8, Warning 4, Info 2)', () => {
    expect(MARKER_SEVERITY).toEqual({ error: 8, warning: 4, info: 2 })
  })

  it.each<[string, Diagnostic, Record<string, unknown>]>([
    ['no column: the whole line',
      { rule: 'FromAsCasing', severity: 'warning', message: "'as' and 'FROM' keywords' casing do not match", line: 1 },
      { severity: 4, startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 26 }],
    ['column range on one line',
      { rule: 'FromAsCasing', severity: 'warning', message: 'm', line: 1, column: 18, endColumn: 20 },
      { startLineNumber: 1, startColumn: 18, endLineNumber: 1, endColumn: 20 }],
    ['column without end: to the line end',
      { rule: 'CopyIgnoredFile', severity: 'info', message: 'm', line: 2, column: 6 },
      { severity: 2, startLineNumber: 2, startColumn: 6, endLineNumber: 2, endColumn: 9 }],
    ['multi-line range',
      { rule: 'SyntaxError', severity: 'error', message: 'm', line: 1, endLine: 2 },
      { severity: 8, startLineNumber: 1, startColumn: 1, endLineNumber: 2, endColumn: 9 }],
    ['empty line: widened to one column so it shows',
      { rule: 'X', severity: 'error', message: 'm', line: 3 },
      { startLineNumber: 3, startColumn: 1, endLineNumber: 3, endColumn: 2 }],
    ['line past the end: clamped to the last line',
      { rule: 'X', severity: 'error', message: 'm', line: 40 },
      { startLineNumber: 4, startColumn: 1, endLineNumber: 4, endColumn: 13 }],
    ['line 0: clamped to the first line',
      { rule: 'X', severity: 'error', message: 'm', line: 0 },
      { startLineNumber: 1, endLineNumber: 1 }],
    ['column past the line end: clamped',
      { rule: 'X', severity: 'error', message: 'm', line: 2, column: 50 },
      { startLineNumber: 2, startColumn: 9, endColumn: 10 }],
  ])('%s', (_name, d, expected) => {
    expect(toMarkers([d], text)[0]).toMatchObject(expected)
  })

  it('puts the rule name in the message and as the code, with the documentation link', () => {
    const [m] = toMarkers([{ rule: 'CopyIgnoredFile', severity: 'warning', message: 'go.mod is excluded by .dockerignore', line: 2,
      url: 'https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/' }], text)
    expect(m.message).toBe('CopyIgnoredFile: go.mod is excluded by .dockerignore')
    expect(m.code).toBe('CopyIgnoredFile')
    expect(m.url).toBe('https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/')
  })

  it('handles no diagnostics and CRLF text', () => {
    expect(toMarkers(undefined, text)).toEqual([])
    expect(toMarkers([{ rule: 'X', severity: 'error', message: 'm', line: 2 }], 'ab\r\ncdef\r\n')[0].endColumn).toBe(5)
  })
})

describe('validLines', () => {
  it.each([
    [undefined, 5, []],
    [[3, 1, 3, 2], 5, [1, 2, 3]],
    [[0, 6, 2.5, -1, 5], 5, [5]],
  ])('%j in %i lines', (lines, count, expected) => {
    expect(validLines(lines, count)).toEqual(expected)
  })
})
