// BuildKit's own build-check test cases (test/fixtures/checks/buildkit-check-cases.ts): the
// warnings a build reports, with rule, message and line, after `# check=` directives.
import { describe, expect, it } from 'vitest'
import { CAVEATS, isCheckRule } from '../../../src/checks/rules.ts'
import { BUILDKIT_CHECK_CASES } from '../../fixtures/checks/buildkit-check-cases.ts'
import { analyzeForChecks, byLineThenMessage } from './analyze-for-checks.ts'

const kebab = (rule: string) => rule.replace(/([a-z])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase()

describe("BuildKit's dockerfile_check_test.go", () => {
  it.each(BUILDKIT_CHECK_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { diagnostics } = analyzeForChecks(c.dockerfile, { buildArgs: c.buildArgs, target: c.target })
    const checks = diagnostics.filter((d) => isCheckRule(d.rule))
    expect(byLineThenMessage(checks)).toEqual(
      byLineThenMessage(c.warnings.map((w) => ({ ...w, message: w.caveat ? `${w.message}. ${CAVEATS[w.caveat]}` : w.message }))),
    )
    for (const d of checks) expect(d.url).toBe(`https://docs.docker.com/go/dockerfile/rule/${kebab(d.rule)}/`)
    const failure = diagnostics.find((d) => d.rule === 'LintViolation')
    if (c.buildError?.startsWith('lint violation')) {
      expect(failure?.message).toBe(c.buildError)
      expect(checks.every((d) => d.severity === 'error')).toBe(true)
    } else {
      expect(failure).toBeUndefined()
      expect(checks.every((d) => d.severity === 'warning')).toBe(true)
    }
    expect(diagnostics.some((d) => d.rule === 'InternalError')).toBe(false)
  })
})
