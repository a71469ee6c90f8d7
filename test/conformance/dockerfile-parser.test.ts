// BuildKit's own parser test files: the parse, dumped in BuildKit's format, must equal `result`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dumpParsed, parseDockerfile } from '../../src/dockerfile/parser.ts'

const root = join(import.meta.dirname, '../fixtures/dockerfiles/buildkit-parser')

describe('BuildKit parser testfiles', () => {
  const dirs = readdirSync(join(root, 'testfiles')).sort()
  it('has the fixtures', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(33)
  })
  for (const dir of dirs) {
    it(dir, () => {
      const text = readFileSync(join(root, 'testfiles', dir, 'Dockerfile'), 'utf8')
      const expected = readFileSync(join(root, 'testfiles', dir, 'result'), 'utf8')
      const parsed = parseDockerfile(text)
      expect(parsed.errors).toEqual([])
      expect(dumpParsed(parsed) + '\n').toBe(expected)
    })
  }
})

describe('BuildKit negative parser testfiles', () => {
  const dirs = readdirSync(join(root, 'testfiles-negative')).sort()
  for (const dir of dirs) {
    it(dir, () => {
      const text = readFileSync(join(root, 'testfiles-negative', dir, 'Dockerfile'), 'utf8')
      expect(parseDockerfile(text).errors.length).toBeGreaterThan(0)
    })
  }
})
