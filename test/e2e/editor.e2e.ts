// The editors in a real browser on the playground page: Monaco arrives and replaces the textarea, Dockerfile
// hover and completion know BuildKit's flags, diagnostics are markers, Tab leaves the editor, dark mode follows
// the site, and Monaco's CSS stays out of the stylesheet every page loads.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, PHONE, screenshot } from './helpers.ts'
import { DARK_THEME, LIGHT_THEME } from '../../playground/editor/themes.ts'

const PLAYGROUND = '/playground.html'

async function monacoReady(page: Page, testid: string): Promise<void> {
  await page.locator(`[data-testid="${testid}"][data-editor-state="ready"] .view-line`).first().waitFor({ timeout: 30_000 })
}

/** Put the caret at the end of the line containing `text` in the given editor. */
async function caretAfter(page: Page, testid: string, text: string): Promise<void> {
  await page.locator(`[data-testid="${testid}"] .view-line`, { hasText: text }).first().click()
  await page.keyboard.press('End')
}

const suggestions = (page: Page) =>
  page.locator('.suggest-widget.visible .monaco-list-row .label-name').allTextContents()

function rgb(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  return `rgb(${n(0)}, ${n(1)}, ${n(2)})`
}

describe('the code editors', () => {
  it('replace the textarea with Monaco, highlight Dockerfile syntax and show diagnostics as markers', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND)
    await monacoReady(page, 'editor-dockerfile')
    await monacoReady(page, 'editor-dockerignore')
    const editor = page.getByTestId('editor-dockerfile')
    expect(await editor.locator('textarea.code-editor-fallback').count()).toBe(0)
    expect(await editor.locator('textarea').getAttribute('aria-label')).toMatch(/Dockerfile/)
    // keywords get a colour of their own: the FROM token is not painted like plain text
    const colours = await editor.locator('.view-line', { hasText: 'FROM' }).first().evaluate((line) =>
      [...line.querySelectorAll('span span')].map((s) => [s.textContent, getComputedStyle(s).color]))
    const from = colours.find(([t]) => t === 'FROM')
    const plain = colours.find(([t]) => t && t.trim() && t !== 'FROM' && !/^[A-Z]+$/.test(t.trim()))
    expect(from, JSON.stringify(colours)).toBeDefined()
    expect(from![1]).not.toBe(plain?.[1])
    // the tutorial project has diagnostics; each shows as a squiggle
    await expect.poll(() => editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info').count(), { timeout: 10_000 }).toBeGreaterThan(0)
    await screenshot(page, 'editor/tutorial-light', { fullPage: false })
    expect(problems.list()).toEqual([])
    await close()
  })

  it('offers BuildKit flags, mount options and directives, and explains them on hover', async () => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=cache-mounts`)
    await monacoReady(page, 'editor-dockerfile')
    await caretAfter(page, 'editor-dockerfile', 'ENTRYPOINT')
    await page.keyboard.press('Enter')
    await page.keyboard.type('RUN --')
    await expect.poll(() => suggestions(page)).toEqual(expect.arrayContaining(['--mount=', '--network=', '--security=']))
    await page.keyboard.type('mount=type=cache,')
    await expect.poll(() => suggestions(page)).toEqual(expect.arrayContaining(['target=', 'sharing=', 'id=']))
    await screenshot(page, 'editor/completion-mount', { fullPage: false })
    await page.keyboard.press('Escape')
    await page.keyboard.press('Enter')
    await page.keyboard.type('COPY --')
    await expect.poll(() => suggestions(page)).toEqual(expect.arrayContaining(['--link', '--parents', '--exclude=', '--chmod=']))
    await page.keyboard.press('Escape')

    const flag = page.locator('[data-testid="editor-dockerfile"] .view-line', { hasText: '--mount=type=cache,target=/go/pkg/mod \\' }).first()
    const box = (await flag.boundingBox())!
    await page.mouse.move(box.x + 40, box.y + box.height / 2)
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'RUN --mount' }).first()
    await hover.waitFor({ timeout: 10_000 })
    expect(await hover.textContent()).toContain('type=bind|cache|tmpfs|secret|ssh')
    await screenshot(page, 'editor/hover-mount', { fullPage: false })

    // parser directives: the check directive knows BuildKit's rule names
    await caretAfter(page, 'editor-dockerfile', '# syntax=docker/dockerfile:1')
    await page.keyboard.press('Enter')
    await page.keyboard.type('# check=skip=FromAs')
    await expect.poll(() => suggestions(page)).toEqual(expect.arrayContaining(['FromAsCasing']))
    await page.keyboard.press('Escape')
    expect(problems.list()).toEqual([])
    await close()
  })

  it('lets Tab leave the editor, and says so', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND)
    await monacoReady(page, 'editor-dockerfile')
    const editor = page.getByTestId('editor-dockerfile')
    await editor.locator('.view-line').first().click()
    const textBefore = await editor.locator('.view-lines').textContent()
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-dockerfile"]'))).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-dockerfile"]'))).toBe(false)
    expect(await editor.locator('.view-lines').textContent()).toBe(textBefore)
    expect(await editor.locator('.code-editor-note').textContent()).toMatch(/Tab/)
    // and Shift+Tab comes back
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-dockerfile"]'))).toBe(true)
    // Ctrl+M, as the hint says, makes Tab indent; pressing it again restores Tab moving focus
    const hint = editor.locator('.code-editor-note')
    const movesHint = await hint.textContent()
    await page.keyboard.press('Control+m')
    await expect.poll(() => hint.textContent()).not.toBe(movesHint)
    await page.keyboard.press('Home')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-dockerfile"]'))).toBe(true)
    expect(await editor.locator('.view-lines').textContent()).not.toBe(textBefore)
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+m')
    await expect.poll(() => hint.textContent()).toBe(movesHint)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-dockerfile"]'))).toBe(false)
    expect(problems.list()).toEqual([])
    await close()
  })

  it('shows the Tab hint with a keyboard and mouse, and hides it on a touch phone, which has no Tab key', async () => {
    for (const [viewport, shown] of [[undefined, true], [PHONE, false]] as const) {
      const { page, problems, close } = await openPage(PLAYGROUND, viewport ? { viewport } : {})
      await monacoReady(page, 'editor-dockerfile')
      const hint = page.getByTestId('editor-dockerfile').locator('.code-editor-note')
      expect(await hint.textContent()).toMatch(/Tab/)
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(!shown)
      expect(await hint.isVisible()).toBe(shown)
      expect(problems.list()).toEqual([])
      await close()
    }
  })

  it('wraps long lines on a phone, so none runs past the editor; the Dockerfile keeps whole lines on a desktop', async () => {
    const long = 'RUN --mount=type=cache,target=/root/.cache/go-build go build -trimpath -ldflags="-s -w" -o /out/account ./cmd/account'
    /** How much wider the widest rendered line is than the editor, in px (≤ 0 when every line fits). Widths,
     *  not right edges: Monaco scrolls sideways to keep the caret in view, which moves a long line's end in. */
    const overflow = (page: Page, testid: string) => page.evaluate((id) => {
      const host = document.querySelector(`[data-testid="${id}"] .monaco-editor`)!.getBoundingClientRect()
      const spans = [...document.querySelectorAll(`[data-testid="${id}"] .view-line > span`)]
      return Math.max(...spans.map((s) => s.getBoundingClientRect().width)) - host.width
    }, testid)
    for (const [viewport, wraps] of [[PHONE, true], [undefined, false]] as const) {
      const { page, problems, close } = await openPage(PLAYGROUND, viewport ? { viewport } : {})
      await monacoReady(page, 'editor-dockerfile')
      await page.getByTestId('editor-dockerfile').locator('.view-lines').click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type(`\n${long}`)
      await expect.poll(() => page.getByTestId('editor-dockerfile').locator('.view-line', { hasText: 'trimpath' }).count()).toBeGreaterThan(0)
      if (wraps) expect(await overflow(page, 'editor-dockerfile')).toBeLessThanOrEqual(0)
      else expect(await overflow(page, 'editor-dockerfile')).toBeGreaterThan(0)
      if (viewport) {
        await screenshot(page, 'editor/phone-wrapped', { fullPage: false })
        // the ignore file wraps as well
        await page.getByRole('tab', { name: /忽略文件/ }).click()
        await monacoReady(page, 'editor-dockerignore')
        await page.getByTestId('editor-dockerignore').locator('.view-lines').click()
        await page.keyboard.press('Control+End')
        await page.keyboard.type(`\n${'very/long/path/to/some/generated/folder/'.repeat(3)}*.log`)
        await expect.poll(() => page.getByTestId('editor-dockerignore').locator('.view-line', { hasText: 'generated' }).count()).toBeGreaterThan(0)
        expect(await overflow(page, 'editor-dockerignore')).toBeLessThanOrEqual(0)
      }
      expect(problems.list()).toEqual([])
      await close()
    }
  })

  it('highlights the .dockerignore lines that decided a selected path', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND)
    await monacoReady(page, 'editor-dockerignore')
    const highlighted = page.locator('[data-testid="editor-dockerignore"] .code-editor-line-highlight')
    expect(await highlighted.count()).toBe(0)
    // the tutorial's .dockerignore is `*`, `!cmd/`, `!pkg/`: go.mod is decided by line 1 alone
    await page.locator('[data-testid="context-tree"] [data-path="go.mod"] .dp-tree-name').first().click()
    await expect.poll(() => highlighted.count()).toBe(1)
    const lineTop = async (text: string) => (await page.locator('[data-testid="editor-dockerignore"] .view-line').filter({ hasText: new RegExp(`^${text}$`) }).boundingBox())!.y
    expect(Math.abs((await highlighted.first().boundingBox())!.y - (await lineTop('\\*')))).toBeLessThan(2)
    await page.getByTestId('editor-dockerignore').scrollIntoViewIfNeeded()
    await screenshot(page, 'editor/dockerignore-highlight', { fullPage: false })
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each([
    ['light', LIGHT_THEME.background],
    ['dark', DARK_THEME.background],
  ] as const)('follows the site in %s mode', async (scheme, background) => {
    const { page, problems, close } = await openPage(PLAYGROUND, { colorScheme: scheme })
    await monacoReady(page, 'editor-dockerfile')
    const bg = await page.locator('[data-testid="editor-dockerfile"] .monaco-editor-background').first()
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(bg).toBe(rgb(background))
    await screenshot(page, `editor/editors-${scheme}`, { fullPage: false })
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('editor weight', () => {
  it("keeps Monaco's CSS out of the site stylesheet and injects it with the editor", async () => {
    const { page, close } = await openPage('/')
    const sheets = await page.evaluate(() => [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => (l as HTMLLinkElement).href))
    expect(sheets.length).toBeGreaterThan(0)
    for (const href of sheets) {
      const css = await page.evaluate(async (u) => (await fetch(u)).text(), href)
      expect(css, href).not.toContain('.monaco-editor')
    }
    expect(await page.locator('style[data-monaco]').count()).toBe(0)
    await close()

    const pg = await openPage(PLAYGROUND)
    await monacoReady(pg.page, 'editor-dockerfile')
    expect(await pg.page.locator('style[data-monaco]').count()).toBe(1)
    expect(await pg.page.locator('style[data-monaco]').textContent()).toContain('.monaco-editor')
    await pg.close()
  })
})
