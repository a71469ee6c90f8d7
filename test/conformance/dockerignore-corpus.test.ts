// Breadth: 48 real .dockerignore files from public projects (test/fixtures/dockerignore/corpus.json)
// are read, matched against a repository-shaped tree and checked without an unexpected failure.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DockerignoreError, matchPath, parseDockerignore } from '../../src/dockerignore/index.ts'
import { checkDockerignore, compareWithGitignore, computeContext } from '../../src/context/index.ts'

const corpus = JSON.parse(readFileSync(new URL('../fixtures/dockerignore/corpus.json', import.meta.url), 'utf8')) as {
  files: { repo: string; path: string; text: string }[]
}

const tree = [
  'Dockerfile', '.dockerignore', 'README.md', 'go.mod', 'package.json', '.git/HEAD', '.git/objects/ab/cd',
  'node_modules/x/index.js', 'web/node_modules/y/index.js', 'src/main.go', 'src/app.ts', 'src/app.test.ts',
  'docs/index.md', 'build/out.bin', 'dist/app.js', 'vendor/pkg/a.go', 'bundles/x', '.env', 'tmp/', 'logs/a.log',
].map((path) => ({ path, size: 10 }))

describe('corpus of real .dockerignore files', () => {
  it('has 48 files', () => expect(corpus.files).toHaveLength(48))
  for (const f of corpus.files) {
    it(`${f.repo}/${f.path}`, () => {
      let rules
      try {
        rules = parseDockerignore(f.text)
      } catch (e) {
        expect(e).toBeInstanceOf(DockerignoreError)
        return
      }
      // a pattern per non-comment, non-blank line, in file order
      const lines = rules.patterns.map((p) => p.line)
      expect([...lines].sort((a, b) => a - b)).toEqual(lines)
      for (const p of rules.patterns) expect(f.text.split('\n')[p.line - 1].replace(/^\uFEFF/, '').startsWith('#')).toBe(false)
      const result = computeContext(rules, tree)
      expect(result.included.length + result.excluded.length).toBe(tree.length)
      for (const e of tree) expect(matchPath(rules, e.path).excluded).toBe(result.excluded.includes(e.path))
      for (const d of checkDockerignore(rules, tree)) expect(d.line).toBeGreaterThan(0)
      expect(Array.isArray(compareWithGitignore(f.text, tree))).toBe(true)
    })
  }
})
