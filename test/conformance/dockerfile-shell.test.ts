// BuildKit's own word-expansion tables (shell/envVarTest, shell/wordsTest), read as lex_test.go reads them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandWord } from '../../src/dockerfile/shell.ts'

const dir = join(import.meta.dirname, '../fixtures/dockerfiles/buildkit-shell')

// shell.EnvsFromSlice: KEY=VALUE, a later key wins
function envsFromSlice(list: string[]): Map<string, string> {
  const m = new Map<string, string>()
  for (const e of list) {
    const eq = e.indexOf('=')
    m.set(eq < 0 ? e : e.slice(0, eq), eq < 0 ? '' : e.slice(eq + 1))
  }
  return m
}

describe('envVarTest (ProcessWord, Unix)', () => {
  const env = envsFromSlice(['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL='])
  const lines = readFileSync(join(dir, 'envVarTest'), 'utf8').split('\n')
  let count = 0
  lines.forEach((raw, i) => {
    if (raw.startsWith('#')) return
    const line = raw.trim()
    if (line === '') return
    const [platform, source, expected] = line.split('|').map((s) => s.trim())
    if (platform === 'W') return
    count++
    it(`line ${i + 1}: ${source}`, () => {
      const r = expandWord(source, env, '\\')
      if (expected === 'error') expect(r.error).not.toBeNull()
      else {
        expect(r.error).toBeNull()
        expect(r.value).toBe(expected)
      }
    })
  })
  it('read the table', () => expect(count).toBeGreaterThan(100))
})

describe('wordsTest (ProcessWords)', () => {
  const envs: string[] = []
  const lines = readFileSync(join(dir, 'wordsTest'), 'utf8').split('\n')
  lines.forEach((line, i) => {
    if (line.startsWith('#') || line === '') return
    if (line.startsWith('ENV ')) {
      envs.push(line.slice(3).replace(/^ +/, ''))
      return
    }
    const [test, exp] = line.split('|')
    const expected = exp.replace(/^ +/, '').split(',')
    const env = envsFromSlice([...envs])
    it(`line ${i + 1}: ${test.trim()}`, () => {
      const r = expandWord(test.trim(), env, '\\')
      expect(r.error === null ? r.words : ['error']).toEqual(expected)
    })
  })
})
