// The chapter pages embed only examples and exercises that exist, in both languages alike.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findExample } from '../../../src/examples/index.ts'
import { findExercise } from '../../../src/exercises/index.ts'

const CHAPTERS = ['02-dockerignore', '03-multi-stage', '04-build-cache', '05-build-checks', '06-cleanup']
const PANELS = new Set(['dockerfile', 'dockerignore', 'context', 'stages', 'diagnostics'])

function page(locale: 'zh' | 'en', slug: string): string {
  const dir = locale === 'zh' ? 'docs/docker' : 'docs/en/docker'
  return readFileSync(path.resolve(dir, `${slug}.md`), 'utf8')
}

const embeds = (md: string) => [...md.matchAll(/<DockerPlayground example="([^"]+)"(?: panels="([^"]+)")? \/>/g)].map((m) => ({ example: m[1]!, panels: m[2] }))
const exercisesOf = (md: string) => [...md.matchAll(/<DockerExercise id="([^"]+)" \/>/g)].map((m) => m[1]!)

describe.each(CHAPTERS)('chapter %s', (slug) => {
  const zh = page('zh', slug)
  const en = page('en', slug)

  it('embeds existing examples with known panels, the same ones in both languages', () => {
    expect(embeds(zh)).toEqual(embeds(en))
    expect(embeds(zh).length).toBeGreaterThan(0)
    for (const { example, panels } of embeds(zh)) {
      expect(findExample(example), example).toBeDefined()
      for (const p of (panels ?? '').split(',').filter(Boolean)) expect(PANELS.has(p), p).toBe(true)
    }
  })

  it('ends with its own exercises, the same in both languages', () => {
    const ids = exercisesOf(zh)
    expect(ids).toEqual(exercisesOf(en))
    expect(ids.length).toBeGreaterThanOrEqual(1)
    for (const id of ids) {
      const exercise = findExercise(id)
      expect(exercise?.chapter).toBe(slug)
      for (const p of (exercise?.panels ?? '').split(',').filter(Boolean)) expect(PANELS.has(p), p).toBe(true)
    }
  })

  it('links 01 → 02 → … → 06 in its footer front matter', () => {
    const i = CHAPTERS.indexOf(slug)
    const prev = i === 0 ? '01-docker-inspect' : CHAPTERS[i - 1]
    const next = CHAPTERS[i + 1]
    expect(zh).toMatch(new RegExp(`^prev: /docker/${prev}\\.html$`, 'm'))
    expect(en).toMatch(new RegExp(`^prev: /en/docker/${prev}\\.html$`, 'm'))
    expect(zh).toMatch(next ? new RegExp(`^next: /docker/${next}\\.html$`, 'm') : /^next: false$/m)
    expect(en).toMatch(next ? new RegExp(`^next: /en/docker/${next}\\.html$`, 'm') : /^next: false$/m)
  })
})

it('chapter 05 has a section for every rule, anchored by its lower-cased name', () => {
  const rules = [
    'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName',
    'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath',
    'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'RedundantTargetPlatform',
    'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed', 'CopyIgnoredFile',
    'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat', 'CopySourceNotFound',
  ]
  for (const locale of ['zh', 'en'] as const) {
    const md = page(locale, '05-build-checks')
    for (const rule of rules) expect(md, `${locale} ${rule}`).toMatch(new RegExp(`^### ${rule}\\b.*\\{#${rule.toLowerCase()}\\}$`, 'm'))
  }
})
