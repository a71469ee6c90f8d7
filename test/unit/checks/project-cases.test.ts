// Cases for BuildKit behaviour its integration tests do not cover (test/fixtures/checks/project-check-cases.ts).
import { describe, expect, it } from 'vitest'
import { applyCheckDirectives, runChecks } from '../../../src/checks/index.ts'
import { CAVEATS, isCheckRule } from '../../../src/checks/rules.ts'
import { PROJECT_CHECK_CASES } from '../../fixtures/checks/project-check-cases.ts'
import { analyzeForChecks } from './analyze-for-checks.ts'

describe('build checks: phases, scopes and directives', () => {
  it.each(PROJECT_CHECK_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options = { buildArgs: c.buildArgs, target: c.target, platform: c.platform }
    const { parsed, model } = analyzeForChecks(c.dockerfile, options)
    const diagnostics = applyCheckDirectives(runChecks({ parsed, model, options }), parsed, options)
    const pick = (d: { rule: string; message: string; line: number }) => ({ rule: d.rule, message: d.message, line: d.line })
    expect(diagnostics.filter((d) => isCheckRule(d.rule)).map(pick)).toEqual(
      c.warnings.map((w) => ({ rule: w.rule, message: w.caveat ? `${w.message}. ${CAVEATS[w.caveat]}` : w.message, line: w.line })),
    )
    if (c.errors) {
      expect(diagnostics.filter((d) => !isCheckRule(d.rule) && model.diagnostics.every((m) => m !== d)).map(pick)).toEqual(c.errors.map(pick))
    }
  })
})
