// Every rule of the table is exercised by a fixture that expects it, and the table matches
// BuildKit's ruleset: names, documentation links, experimental flags.
import { describe, expect, it } from 'vitest'
import { RULES } from '../../../src/checks/rules.ts'
import { BUILDKIT_CHECK_CASES } from '../../fixtures/checks/buildkit-check-cases.ts'
import { PROJECT_CHECK_CASES } from '../../fixtures/checks/project-check-cases.ts'

// linter/ruleset.go at the fixtures' commit, InvalidBaseImagePlatform left out: it needs the pulled image
const BUILDKIT_RULES: [string, string, boolean][] = [
  ['StageNameCasing', 'stage-name-casing', false], ['FromAsCasing', 'from-as-casing', false],
  ['NoEmptyContinuation', 'no-empty-continuation', false], ['ConsistentInstructionCasing', 'consistent-instruction-casing', false],
  ['DuplicateStageName', 'duplicate-stage-name', false], ['ReservedStageName', 'reserved-stage-name', false],
  ['JSONArgsRecommended', 'json-args-recommended', false], ['MaintainerDeprecated', 'maintainer-deprecated', false],
  ['UndefinedArgInFrom', 'undefined-arg-in-from', false], ['WorkdirRelativePath', 'workdir-relative-path', false],
  ['UndefinedVar', 'undefined-var', false], ['MultipleInstructionsDisallowed', 'multiple-instructions-disallowed', false],
  ['LegacyKeyValueFormat', 'legacy-key-value-format', false], ['RedundantTargetPlatform', 'redundant-target-platform', false],
  ['SecretsUsedInArgOrEnv', 'secrets-used-in-arg-or-env', false], ['InvalidDefaultArgInFrom', 'invalid-default-arg-in-from', false],
  ['FromPlatformFlagConstDisallowed', 'from-platform-flag-const-disallowed', false], ['CopyIgnoredFile', 'copy-ignored-file', false],
  ['InvalidDefinitionDescription', 'invalid-definition-description', true], ['ExposeProtoCasing', 'expose-proto-casing', false],
  ['ExposeInvalidFormat', 'expose-invalid-format', false],
]

describe('rule table', () => {
  it('has BuildKit’s rules with their links and experimental flags', () => {
    expect(Object.values(RULES).map((r) => [r.name, r.url, r.experimental])).toEqual(
      BUILDKIT_RULES.map(([name, kebab, experimental]) => [name, `https://docs.docker.com/go/dockerfile/rule/${kebab}/`, experimental]),
    )
  })

  const expected = new Set([...BUILDKIT_CHECK_CASES, ...PROJECT_CHECK_CASES].flatMap((c) => c.warnings.map((w) => w.rule)))
  // CopyIgnoredFile needs a build context; its cases belong to the context-aware checks
  it.each(BUILDKIT_RULES.filter(([name]) => name !== 'CopyIgnoredFile').map(([name]) => name))('%s has a fixture that expects it', (name) => {
    expect(expected.has(name)).toBe(true)
  })
})
