// CopyIgnoredFile: the cases of BuildKit's testCopyIgnoredFiles and testCopyIgnoredFileContextRoot
// (frontend/dockerfile/dockerfile_check_test.go), with their expected warnings and lines.
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'
import { computeContext } from '../../../src/context/index.ts'
import { parseDockerignore } from '../../../src/dockerignore/index.ts'

function warnings(dockerfile: string, dockerignore: string): [number, string][] {
  const rules = parseDockerignore(dockerignore)
  const context = computeContext(rules, [{ path: 'Dockerfile' }, { path: '.dockerignore' }])
  return analyzeDockerfile(dockerfile, { dockerignore: rules, context })
    .diagnostics.filter((d) => d.rule === 'CopyIgnoredFile')
    .map((d) => [d.line, d.message])
}

describe("BuildKit's CopyIgnoredFile cases", () => {
  const cases: [string, string, string, [number, string][]][] = [
    ['COPY and ADD of an ignored file', '\nDockerfile\n', '\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', [
      [3, 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore'],
      [4, 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore'],
    ]],
    ['skipped by # check', '\nDockerfile\n', '# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', []],
    ['COPY --from is not the context', '\nfoobar\n', '\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n', []],
    ['an exception in the .dockerignore turns the check off', '\n**\n!Dockerfile\n', '\nFROM scratch\nCOPY ./Dockerfile .\n', []],
    ['copying the directory', '\n**\n!Dockerfile\n', '\nFROM scratch\nCOPY . .\n\t', []],
    ['context root with dotfiles ignored', '\n.*\n', '\nFROM scratch\nCOPY . .\n', []],
    ['context root with everything ignored', '\n*\n', '\nFROM scratch\nCOPY . .\n', [[3, 'Attempting to Copy file "." that is excluded by .dockerignore']]],
  ]
  for (const [name, ignore, dockerfile, want] of cases) it(name, () => expect(warnings(dockerfile, ignore)).toEqual(want))
})
