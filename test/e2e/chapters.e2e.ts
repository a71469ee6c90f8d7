// Chapters 02–06 in a real browser, in both languages: each renders without console errors or failed
// requests, every embedded playground loads its example, every exercise loads, and an exercise can be
// solved through the UI (show solution → success), which is remembered across a reload.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, PHONE, screenshot } from './helpers.ts'

const CHAPTERS = ['02-dockerignore', '03-multi-stage', '04-build-cache', '05-build-checks', '06-cleanup']
const LOCALES = [
  { name: 'zh', source: 'docs/docker', url: '/docker' },
  { name: 'en', source: 'docs/en/docker', url: '/en/docker' },
] as const

function countTags(source: string, slug: string, tag: string): number {
  const md = readFileSync(path.resolve(source, `${slug}.md`), 'utf8')
  return md.split(`<${tag} `).length - 1
}

/** Scroll each embedded playground into view (they load lazily) and wait until its workbench is ready. */
async function loadEveryPlayground(page: Page, count: number): Promise<void> {
  const playgrounds = page.locator('[data-testid="playground"]')
  await expect.poll(() => playgrounds.count()).toBe(count)
  for (let i = 0; i < count; i++) {
    const pg = playgrounds.nth(i)
    await pg.scrollIntoViewIfNeeded()
    await pg.locator('[data-ready="true"]').first().waitFor({ timeout: 30_000 })
  }
}

describe.each(LOCALES)('chapters in $name', (locale) => {
  it.each(CHAPTERS)('%s renders, and its playgrounds and exercises load', async (slug) => {
    const exercises = countTags(locale.source, slug, 'DockerExercise')
    // each exercise embeds a playground of its own
    const playgrounds = countTags(locale.source, slug, 'DockerPlayground') + exercises
    const { page, problems, close } = await openPage(`${locale.url}/${slug}.html`)
    await page.locator('h1').first().waitFor()
    await expect.poll(() => page.locator('[data-testid="exercise"][data-loaded="true"]').count()).toBe(exercises)
    await loadEveryPlayground(page, playgrounds)
    // no embed fell back to the default example or failed to load
    expect(await page.locator('[data-testid="playground"] [role="alert"]').count()).toBe(0)
    await screenshot(page, `chapters/${locale.name}-${slug}`)
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('an exercise solved through the page', () => {
  it('shows what is wrong, then success after "show solution", and remembers it after a reload', async () => {
    const { page, problems, close } = await openPage('/en/docker/02-dockerignore.html')
    const exercise = page.locator('[data-exercise-id="ch02-small-context"]')
    await exercise.scrollIntoViewIfNeeded()
    await exercise.locator('[data-testid="playground"] [data-ready="true"]').first().waitFor({ timeout: 30_000 })
    const status = exercise.getByTestId('exercise-status')
    expect(await status.getAttribute('data-passed')).toBe('false')
    expect(await exercise.getByTestId('exercise-problems').textContent()).toContain('under 1 MB')

    await exercise.getByTestId('exercise-hint-button').click()
    expect(await exercise.getByTestId('exercise-hint').textContent()).toContain('node_modules')

    await exercise.getByTestId('exercise-solution-button').click()
    await expect.poll(() => status.getAttribute('data-passed')).toBe('true')
    await exercise.getByTestId('exercise-solved').waitFor()
    // the playground shows the solution's context too: node_modules is no longer sent
    await expect
      .poll(() => exercise.locator('[data-testid="context-tree"] [data-path="node_modules/"], [data-testid="context-tree"] [data-path="node_modules"]').first().getAttribute('data-state'))
      .toBe('excluded')
    await screenshot(page, 'chapters/exercise-solved', { fullPage: false })

    await page.reload({ waitUntil: 'networkidle' })
    const again = page.locator('[data-exercise-id="ch02-small-context"]')
    await again.scrollIntoViewIfNeeded()
    await again.getByTestId('exercise-solved').waitFor()
    expect(await again.getAttribute('data-solved')).toBe('true')
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('on a phone', () => {
  it('an exercise with its playground fits the screen width', async () => {
    const { page, problems, close } = await openPage('/docker/04-build-cache.html', { viewport: PHONE, colorScheme: 'dark' })
    const exercise = page.locator('[data-exercise-id="ch04-deps-first"]')
    await exercise.scrollIntoViewIfNeeded()
    await exercise.locator('[data-testid="playground"] [data-ready="true"]').first().waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0)
    await screenshot(page, 'chapters/phone-dark-exercise', { fullPage: false })
    expect(problems.list()).toEqual([])
    await close()
  })
})
