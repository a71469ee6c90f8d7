// BuildKit's own build-check test cases (test/fixtures/checks/buildkit-check-cases.ts): the
// warnings a build reports, with rule, message and line, after `# check=` directives.
import { describe, expect, it } from 'vitest'
import { applyCheckDirectives, runChecks } from '../../../src/checks/index.ts'
import { CAVEATS, isCheckRule } from '../../../src/checks/rules.ts'
import { BUILDKIT_CHECK_CASES } from '../../fixtures/checks/buildkit-check-cases.ts'
import { analyzeForChecks } from './analyze-for-checks.ts'

describe("BuildKit's dockerfile_check_test.go", () => {
  it.each(BUILDKIT_CHECK_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options = { buildArgs: c.buildArgs, target: c.target }
    const { parsed, model } = analyzeForChecks(c.dockerfile, options)
    const diagnostics = applyCheckDirectives(runChecks({ parsed, model, options }), parsed, options)
    const got = diagnostics.filter((d) => isCheckRule(d.rule)).map((d) => ({ rule: d.rule, message: d.message, line: d.line }))
    const expected = c.warnings.map((w) => ({ rule: w.rule, message: w.caveat ? `${w.message}. ${CAVEATS[w.caveat]}` : w.message, line: w.line }))
    expect(got).toEqual(expected)
    for (const d of diagnostics.filter((x) => isCheckRule(x.rule))) {
      expect(d.url).toBe(`https://docs.docker.com/go/dockerfile/rule/${d.rule.replace(/([a-z])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase()}/`)
    }
    const failure = diagnostics.find((d) => d.rule === 'LintViolation')
    if (c.buildError?.startsWith('lint violation')) {
      expect(failure?.message).toBe(c.buildError)
      expect(diagnostics.filter((d) => isCheckRule(d.rule)).every((d) => d.severity === 'error')).toBe(true)
    } else {
      expect(failure).toBeUndefined()
      expect(diagnostics.filter((d) => isCheckRule(d.rule)).every((d) => d.severity === 'warning')).toBe(true)
    }
  })
})
