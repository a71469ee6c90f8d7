// The stage graph in a real browser on the playground page: it is laid out and drawn, clicking or pressing
// Enter on a stage reveals its FROM line, moving the caret highlights the caret's stage, build args change
// stages, and the graph fits a phone's width.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, PHONE, screenshot } from './helpers.ts'

const PLAYGROUND = '/playground.html'

const graph = (page: Page) => page.locator('[data-testid="stage-graph"]')
const node = (page: Page, i: number) => graph(page).locator(`svg [data-stage-index="${i}"]`)

async function graphReady(page: Page): Promise<void> {
  await graph(page).locator('svg.stages-svg [data-stage-index]').first().waitFor({ timeout: 30_000 })
  await page.locator('[data-testid="editor-dockerfile"][data-editor-state="ready"] .view-line').first().waitFor({ timeout: 30_000 })
}

const activeLineNumber = (page: Page) =>
  page.locator('[data-testid="editor-dockerfile"] .line-numbers.active-line-number').first().textContent()

describe('the stage graph', () => {
  it('draws the multi-target build: stages, the external images, FROM and COPY --from edges, a legend', async () => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=multi-target`)
    await graphReady(page)
    expect(await graph(page).locator('svg [data-stage-index]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage-index')))).toEqual(['0', '1', '2', '3'])
    expect(await graph(page).locator('[data-image]').evaluateAll((els) => els.map((e) => e.getAttribute('data-image')))).toEqual(
      expect.arrayContaining(['golang:1.23', 'gcr.io/distroless/static-debian12']))
    expect(new Set(await graph(page).locator('[data-edge-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge-kind'))))).toEqual(new Set(['from', 'copy']))
    expect(await graph(page).locator('[data-legend-kind]').count()).toBe(2)
    // target test (the example's): build and prod are skipped
    expect(await node(page, 3).getAttribute('data-built')).toBe('false')
    expect(await node(page, 1).getAttribute('data-target')).toBe('true')
    // dagre's layered layout: the base stage above the stages built on it
    const y = async (i: number) => (await node(page, i).boundingBox())!.y
    expect(await y(0)).toBeLessThan(await y(1))
    expect(await y(0)).toBeLessThan(await y(2))
    await screenshot(page, 'stages/multi-target-light')
    expect(problems.list()).toEqual([])
    await close()
  })

  it('reveals a stage line in the editor on click and on Enter', async () => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=multi-target`)
    await graphReady(page)
    await node(page, 2).click()
    await expect.poll(() => activeLineNumber(page)).toBe('10')
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-dockerfile"]'))).toBe(true)
    await node(page, 1).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => activeLineNumber(page)).toBe('7')
    expect(problems.list()).toEqual([])
    await close()
  })

  it('highlights the stage the caret is in', async () => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=multi-target`)
    await graphReady(page)
    const active = () => graph(page).locator('svg [data-active="true"]').getAttribute('data-stage-index')
    await page.locator('[data-testid="editor-dockerfile"] .view-line', { hasText: 'go build -o' }).click()
    await expect.poll(active).toBe('2')
    await page.keyboard.press('Control+Home')
    await expect.poll(active).toBe('0')
    expect(problems.list()).toEqual([])
    await close()
  })

  it('passes build args: the ARG-parameterised base follows the input', async () => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=arg-from`)
    await graphReady(page)
    const input = graph(page).locator('input[data-arg="NODE_VERSION"]')
    expect(await input.getAttribute('placeholder')).toBe('22')
    await input.fill('18')
    await expect.poll(() => node(page, 0).textContent()).toContain('node:18-alpine')
    await input.fill('')
    await expect.poll(() => node(page, 0).textContent()).toContain('node:22-alpine')
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each(['light', 'dark'] as const)('fits a phone in %s mode', async (scheme) => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=multi-target`, { viewport: PHONE, colorScheme: scheme })
    await page.getByRole('tab', { name: /stages|阶段/i }).click()
    await graph(page).locator('svg.stages-svg').waitFor({ timeout: 30_000 })
    const [svg, box] = await Promise.all([
      graph(page).locator('svg.stages-svg').boundingBox(),
      graph(page).locator('.stages-scroll').boundingBox(),
    ])
    expect(svg!.width).toBeLessThanOrEqual(box!.width)
    expect(svg!.width).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, `stages/phone-${scheme}`)
    expect(problems.list()).toEqual([])
    await close()
  })
})
