// Cases for BuildKit behaviour its integration tests do not cover (test/fixtures/checks/project-check-cases.ts).
import { describe, expect, it } from 'vitest'
import { CAVEATS, isCheckRule } from '../../../src/checks/rules.ts'
import { PROJECT_CHECK_CASES } from '../../fixtures/checks/project-check-cases.ts'
import { analyzeForChecks, byLineThenMessage } from './analyze-for-checks.ts'

describe('build checks: phases, scopes and directives', () => {
  it.each(PROJECT_CHECK_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { model, diagnostics } = analyzeForChecks(c.dockerfile, { buildArgs: c.buildArgs, target: c.target, platform: c.platform })
    expect(byLineThenMessage(diagnostics.filter((d) => isCheckRule(d.rule)))).toEqual(
      byLineThenMessage(c.warnings.map((w) => ({ ...w, message: w.caveat ? `${w.message}. ${CAVEATS[w.caveat]}` : w.message }))),
    )
    if (c.errors) {
      const fromModel = (d: { message: string; line: number }) => model.diagnostics.some((m) => m.message === d.message && m.line === d.line)
      expect(byLineThenMessage(diagnostics.filter((d) => !isCheckRule(d.rule) && !fromModel(d)))).toEqual(byLineThenMessage(c.errors))
    }
    expect(diagnostics.some((d) => d.rule === 'InternalError')).toBe(false)
  })
})
