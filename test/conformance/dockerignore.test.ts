// Docker's own behaviour, case by case: test/fixtures/dockerignore/dockerignore-cases.json.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DockerignoreError, matchPath, parseDockerignore, readIgnoreLines } from '../../src/dockerignore/index.ts'
import { computeContext, openDenied } from '../../src/context/index.ts'

interface Case {
  id: string
  description: string
  dockerignore: string | null
  dockerfileDockerignore?: string
  files: string[]
  expected: {
    error: string | null
    errorStage: 'read' | 'parse' | 'walk' | null
    patterns: string[]
    sent: string[]
    included: string[]
    openDenied?: string[]
  }
}

const data = JSON.parse(
  readFileSync(new URL('../fixtures/dockerignore/dockerignore-cases.json', import.meta.url), 'utf8'),
) as { cases: Case[] }

const textOf = (c: Case) => c.dockerfileDockerignore ?? c.dockerignore ?? ''
const entries = (c: Case) => c.files.map((path) => ({ path, size: 1 }))

describe('conformance: .dockerignore cases from Docker', () => {
  it('has all 482 cases', () => expect(data.cases).toHaveLength(482))

  for (const c of data.cases) {
    it(`${c.id}: ${c.description.slice(0, 80)}`, () => {
      const text = textOf(c)
      const { error, errorStage } = c.expected
      if (errorStage === 'read' || errorStage === 'parse') {
        let thrown: unknown
        try {
          parseDockerignore(text)
        } catch (e) {
          thrown = e
        }
        expect(thrown).toBeInstanceOf(DockerignoreError)
        expect((thrown as DockerignoreError).message).toBe(error)
        expect((thrown as DockerignoreError).line).toBeGreaterThan(0)
        if (errorStage === 'parse') {
          expect(readIgnoreLines(text).map((l) => l.pattern)).toEqual(c.expected.patterns)
        }
        return
      }
      const rules = parseDockerignore(text)
      expect(rules.patterns.map((p) => (p.negated ? '!' : '') + p.pattern)).toEqual(c.expected.patterns)
      if (errorStage === 'walk') {
        expect(() => computeContext(rules, entries(c))).toThrow(DockerignoreError)
        try {
          computeContext(rules, entries(c))
        } catch (e) {
          expect((e as DockerignoreError).message).toBe(error)
        }
        return
      }
      const result = computeContext(rules, entries(c))
      expect(result.sent).toEqual(c.expected.sent)
      expect(result.included).toEqual(c.expected.included)
      expect(result.included.length + result.excluded.length).toBe(c.files.length)
      expect(openDenied(rules, result)).toEqual(c.expected.openDenied ?? [])
      // matchPath agrees with the walk on every listed file
      for (const f of c.files) {
        if (f.endsWith('/')) continue
        expect(matchPath(rules, f).excluded, f).toBe(!c.expected.included.includes(f))
      }
    })
  }
})
