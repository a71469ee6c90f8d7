// applyCheckDirectives on diagnostics it did not see produced (other modules' checks, or copies
// of runChecks' objects): it finds the governing `# check=` comment by the diagnostic's line.
import { describe, expect, it } from 'vitest'
import { applyCheckDirectives, runChecks } from '../../../src/checks/index.ts'
import { parseDockerfile } from '../../../src/dockerfile/parser.ts'
import type { Diagnostic } from '../../../src/types.ts'
import { analyzeForChecks } from './analyze-for-checks.ts'

const copyIgnored = (line: number): Diagnostic => ({ rule: 'CopyIgnoredFile', severity: 'warning', message: 'Attempting to Copy file "a" that is excluded by .dockerignore', line })

describe('applyCheckDirectives', () => {
  it('silences a diagnostic from another module by the comment above its instruction', () => {
    const parsed = parseDockerfile('FROM scratch\n# check=skip=CopyIgnoredFile\nCOPY a /\nCOPY a /b\n')
    expect(applyCheckDirectives([copyIgnored(3), copyIgnored(4)], parsed).map((d) => d.line)).toEqual([4])
  })

  it('applies the file directive and BUILDKIT_DOCKERFILE_CHECK, which wins over it', () => {
    const parsed = parseDockerfile('# check=skip=CopyIgnoredFile\nFROM scratch\nCOPY a /\n')
    expect(applyCheckDirectives([copyIgnored(3)], parsed)).toEqual([])
    expect(applyCheckDirectives([copyIgnored(3)], parsed, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'error=true' } }).map((d) => [d.rule, d.severity])).toEqual([
      ['CopyIgnoredFile', 'error'],
      ['LintViolation', 'error'],
    ])
  })

  it('keeps file-level-only rules when their copies lose track of the governing instruction', () => {
    const text = 'FROM scratch AS a\n# check=skip=DuplicateStageName,StageNameCasing\nFROM scratch AS a\nFROM scratch AS B\n'
    const { parsed, model } = analyzeForChecks(text)
    const copies = runChecks({ parsed, model, options: {} }).map((d) => ({ ...d }))
    expect(applyCheckDirectives(copies, parsed).map((d) => [d.rule, d.line])).toEqual([
      ['DuplicateStageName', 3],
      ['StageNameCasing', 4],
    ])
  })

  it('passes other diagnostics through untouched, even under skip=all', () => {
    const parsed = parseDockerfile('# check=skip=all\nFROM scratch\n')
    const error: Diagnostic = { rule: 'SyntaxError', severity: 'error', message: 'x', line: 2 }
    expect(applyCheckDirectives([error], parsed)).toEqual([error])
  })
})
