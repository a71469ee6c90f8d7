// The playground in a real browser: panels follow edits, the tutorial's go.mod mistake shows, targets grey
// stages, share links and reloads keep state, broken links keep the reader's state, a 100,000-file folder
// imports with the page responsive, every example loads cleanly, and axe finds nothing serious.
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { distDir, openPage, PHONE, screenshot } from './helpers.ts'
import { builtinExamples } from '../../src/examples/builtin.ts'

const PLAYGROUND = '/playground.html'
const figures: Record<string, string> = {}
afterAll(() => {
  // the measured figures, for the record (see the report of this work)
  console.log('playground figures', JSON.stringify(figures, null, 2))
})

async function ready(page: Page): Promise<void> {
  await page.locator('[data-testid="playground"] [data-ready="true"]').first().waitFor()
  await page.locator('[data-testid="context-tree"]').first().waitFor({ state: 'attached' })
}

async function monacoReady(page: Page, testid: string): Promise<void> {
  await page.locator(`[data-testid="${testid}"][data-editor-state="ready"]`).waitFor({ timeout: 30_000 })
}

/** Type at the end of an editor's text, in Monaco once it is there, else in its textarea. */
async function typeAtEnd(page: Page, testid: string, text: string): Promise<void> {
  await monacoReady(page, testid)
  await page.locator(`[data-testid="${testid}"] .view-lines`).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

const entry = (page: Page, p: string) => page.locator(`[data-testid="context-tree"] [data-path="${p}"]`)

describe('the playground page', () => {
  it('opens the tutorial project, editable, with go.mod excluded and a diagnostic for it', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND, { waitUntil: 'load' })
    await ready(page)
    figures.timeToEditableTextareaMs = String(await page.evaluate(() => Math.round(performance.now())))
    await monacoReady(page, 'editor-dockerfile')
    figures.timeToMonacoMs = String(await page.evaluate(() => Math.round(performance.now())))
    await expect.poll(() => entry(page, 'go.mod').getAttribute('data-state')).toBe('excluded')
    expect(await entry(page, 'cmd/account/main.go').getAttribute('data-state')).toMatch(/^(sent|read)$/)
    const manifest = page.locator('[data-testid="diagnostics"] [data-rule="BuildManifestExcluded"]')
    await expect.poll(() => manifest.count()).toBeGreaterThan(0)
    expect(await manifest.first().textContent()).toContain('go.mod')
    await screenshot(page, 'playground/tutorial-light')
    expect(problems.list()).toEqual([])
    await close()
  })

  it('updates the other panels when each editor is typed in, and measures the delay', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND)
    await ready(page)
    // the ignore file: put go.mod back
    await typeAtEnd(page, 'editor-dockerignore', '\n!go.mod')
    await expect.poll(() => entry(page, 'go.mod').getAttribute('data-state')).not.toBe('excluded')
    // keystroke → panels, timed inside the page: from the last key typed to go.sum's new state in the tree
    await page.evaluate(() => {
      const w = window as unknown as { __lastKey: number; __changed: Promise<number> }
      document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true)
      const el = document.querySelector('[data-testid="context-tree"] [data-path="go.sum"]')!
      w.__changed = new Promise<number>((resolve) => {
        new MutationObserver(() => resolve(performance.now() - w.__lastKey)).observe(el, { attributes: true, attributeFilter: ['data-state'] })
      })
    })
    await typeAtEnd(page, 'editor-dockerignore', '\n!go.sum')
    const ms = await page.evaluate(() => (window as unknown as { __changed: Promise<number> }).__changed)
    figures.keystrokeToPanelsMs = ms.toFixed(1)
    await expect.poll(() => entry(page, 'go.sum').getAttribute('data-state')).not.toBe('excluded')
    // the Dockerfile: a second stage shows up in the stage panel
    const stages = page.locator('[data-testid="stage-graph"] [data-stage-index]')
    const before = await stages.count()
    await typeAtEnd(page, 'editor-dockerfile', '\nFROM alpine AS extra\n')
    await expect.poll(() => stages.count()).toBe(before + 1)
    expect(problems.list()).toEqual([])
    await close()
  })

  it('greys the stages a target does not need', async () => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=multi-target`)
    await ready(page)
    const stage = (i: number) => page.locator(`[data-testid="stage-graph"] [data-stage-index="${i}"]`).first()
    await page.locator('[data-testid="target-select"]').selectOption('test')
    await expect.poll(() => stage(3).getAttribute('data-built')).toBe('false')
    expect(await stage(1).getAttribute('data-built')).toBe('true')
    await page.locator('[data-testid="target-select"]').selectOption('prod')
    await expect.poll(() => stage(3).getAttribute('data-built')).toBe('true')
    expect(await stage(1).getAttribute('data-built')).toBe('false')
    await screenshot(page, 'playground/multi-target')
    expect(problems.list()).toEqual([])
    await close()
  })

  it('puts the state in a link that reproduces it in a fresh page, and keeps edits over a reload', async () => {
    const first = await openPage(PLAYGROUND)
    await ready(first.page)
    const historyBefore = await first.page.evaluate(() => history.length)
    await typeAtEnd(first.page, 'editor-dockerignore', '\n# shared-marker')
    await first.page.getByTestId('share-button').click()
    await expect.poll(() => first.page.evaluate(() => location.hash)).toMatch(/^#v1/)
    const hash = await first.page.evaluate(() => location.hash)
    // typing and sharing replaced the entry; they added none
    expect(await first.page.evaluate(() => history.length)).toBe(historyBefore)
    // reload: the edit survives
    await first.page.reload({ waitUntil: 'networkidle' })
    await ready(first.page)
    await expect.poll(() => first.page.locator('[data-testid="editor-dockerignore"]').textContent()).toContain('shared-marker')
    expect(first.problems.list()).toEqual([])
    await first.close()

    const fresh = await openPage(PLAYGROUND + hash)
    await ready(fresh.page)
    await expect.poll(() => fresh.page.locator('[data-testid="editor-dockerignore"]').textContent()).toContain('shared-marker')
    expect(fresh.problems.list()).toEqual([])
    await fresh.close()
  })

  it.each([
    ['garbage', '#v1!!!not-base64'],
    ['truncated', '#v1q1ZKU7KKjlZyyU_OTi1Ky8x'],
    ['future version', '#v9AAAA'],
  ])('shows a notice for a %s link and keeps a working playground', async (_name, hash) => {
    const { page, problems, close } = await openPage(PLAYGROUND + hash)
    await ready(page)
    await page.locator('[data-testid="notice"][data-kind="bad-link"]').waitFor()
    expect(await entry(page, 'Dockerfile').count()).toBe(1)
    await screenshot(page, `playground/bad-link-${_name.replace(/ /g, '-')}`)
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each(builtinExamples.map((e) => e.id))('loads the example %s without errors', async (id) => {
    const { page, problems, close } = await openPage(`${PLAYGROUND}?example=${id}`)
    await ready(page)
    expect(await page.locator('[data-testid="playground"] [role="alert"]').count()).toBe(0)
    await screenshot(page, `playground/example-${id}`)
    expect(problems.list()).toEqual([])
    await close()
  })

  it('works on a phone, with panels in tabs, and in dark mode', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND, { viewport: PHONE, colorScheme: 'dark' })
    await ready(page)
    await page.getByRole('tab', { name: /context|上下文/i }).click()
    await expect.poll(() => page.locator('[data-testid="context-tree"]').isVisible()).toBe(true)
    await screenshot(page, 'playground/phone-dark')
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each([
    [PLAYGROUND, 'light'],
    [PLAYGROUND, 'dark'],
    ['/en/playground.html', 'dark'],
  ] as const)('%s (%s) on a phone shows every panel tab, whole, with no sideways scrolling', async (sitePath, colorScheme) => {
    const { page, problems, close } = await openPage(sitePath, { viewport: PHONE, colorScheme })
    await ready(page)
    const tablist = page.locator('[data-testid="playground"] [role="tablist"]')
    const tabs = tablist.getByRole('tab')
    expect(await tabs.count()).toBe(5)
    /** Each tab's box, and whether the strip (or the page) can scroll sideways. */
    const measure = () => page.evaluate(() => {
      const list = document.querySelector('[data-testid="playground"] [role="tablist"]') as HTMLElement
      return {
        tabs: [...list.querySelectorAll('[role="tab"]')].map((t) => {
          const r = t.getBoundingClientRect()
          return { name: t.textContent, left: r.left, right: r.right, width: r.width, clipped: t.scrollWidth > t.clientWidth }
        }),
        stripScrolls: list.scrollWidth > list.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
      }
    })
    // the last tab chosen must not push the first one out, nor the first the last
    for (const index of [0, 4, 2]) {
      await tabs.nth(index).click()
      expect(await tabs.nth(index).getAttribute('aria-selected')).toBe('true')
      const m = await measure()
      expect(m.stripScrolls).toBe(false)
      expect(m.pageScrolls).toBe(false)
      for (const t of m.tabs) {
        expect(t.left, `${t.name} left edge`).toBeGreaterThanOrEqual(0)
        expect(t.right, `${t.name} right edge`).toBeLessThanOrEqual(PHONE.width)
        expect(t.clipped, `${t.name} clipped`).toBe(false)
      }
      for (let i = 0; i < 5; i++) expect(await tabs.nth(i).isVisible()).toBe(true)
    }
    // the toolbar above the tabs fits as well, the examples menu with its long titles included
    const toolbar = await page.locator('[data-testid="playground"] [role="toolbar"]').evaluate((bar) => ({
      right: bar.getBoundingClientRect().right,
      items: [...bar.querySelectorAll('button, select, a')].filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().right),
    }))
    expect(toolbar.items.length).toBeGreaterThan(0)
    for (const right of toolbar.items) expect(right).toBeLessThanOrEqual(Math.min(toolbar.right, PHONE.width))
    await screenshot(page, `playground/phone-tabs-${sitePath.startsWith('/en/') ? 'en' : 'zh'}-${colorScheme}`, { fullPage: false })
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each([
    [PLAYGROUND, 'light'],
    ['/en/playground.html', 'light'],
    [PLAYGROUND, 'dark'],
  ] as const)('%s (%s) has no serious or critical axe violation', async (sitePath, colorScheme) => {
    const { page, close } = await openPage(sitePath, { colorScheme })
    await ready(page)
    // The editors' gutters and the graph's nodes are what axe most needs to see, so wait for both.
    await monacoReady(page, 'editor-dockerfile')
    await monacoReady(page, 'editor-dockerignore')
    await page.locator('[data-testid="stage-graph"] [data-stage-index]').first().waitFor({ state: 'attached' })
    const require = createRequire(import.meta.url)
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: string): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
      const r = await axe.run('[data-testid="playground"]')
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
    })
    expect(violations).toEqual([])
    await close()
  })
})

describe('weight', () => {
  async function jsBytes(sitePath: string, scroll: boolean): Promise<{ bytes: number; urls: string[] }> {
    const { page, close } = await openPage(sitePath, { waitUntil: 'load' })
    let bytes = 0
    await page.reload({ waitUntil: 'networkidle' })
    if (scroll) await page.waitForTimeout(500)
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => [e.name, (e as PerformanceResourceTiming).encodedBodySize] as const),
    )
    for (const [, size] of entries) bytes += size
    await close()
    return { bytes, urls: entries.map(([u]) => u) }
  }

  it('a reading page loads no editor or graph code; the playground page does', async () => {
    const reading = await jsBytes('/docker/00-docker-build.html', false)
    const heavy = /monaco|editor\.api|monaco-setup|dagre|StagesPanel|PlaygroundWorkbench/i
    expect(reading.urls.filter((u) => heavy.test(u))).toEqual([])
    const playground = await jsBytes(PLAYGROUND, true)
    expect(playground.urls.some((u) => /PlaygroundWorkbench/.test(u))).toBe(true)
    // the test server sends files as they are; gzip them as a web server would, to compare with real sites
    const gz = async (urls: string[]) => {
      let n = 0
      for (const u of new Set(urls)) n += gzipSync(await readFile(path.join(distDir, new URL(u).pathname))).length
      return n
    }
    figures.readingPageJsBytes = `${reading.bytes} (gzip ${await gz(reading.urls)})`
    figures.playgroundPageJsBytes = `${playground.bytes} (gzip ${await gz(playground.urls)})`
  })
})

/** Writes a project of `dirs` × `perDir` files under node_modules/ into the page's origin-private file system
 * (a real directory handle, as showDirectoryPicker returns), from a worker. */
async function makeOpfsProject(page: Page, name: string, dirs: number, perDir: number): Promise<void> {
  await page.evaluate(
    async ({ name, dirs, perDir }) => {
      const src = `onmessage = async (e) => {
        const { name, dirs, perDir } = e.data
        const root = await navigator.storage.getDirectory()
        await root.removeEntry(name, { recursive: true }).catch(() => {})
        const top = await root.getDirectoryHandle(name, { create: true })
        const write = async (dir, file, text) => {
          const h = await (await dir.getFileHandle(file, { create: true })).createSyncAccessHandle()
          h.write(new TextEncoder().encode(text)); h.close()
        }
        await write(top, 'Dockerfile', 'FROM node:22\\nCOPY . .\\n')
        await write(top, '.dockerignore', 'node_modules\\n')
        const nm = await top.getDirectoryHandle('node_modules', { create: true })
        for (let p = 0; p < dirs; p++) {
          const d = await nm.getDirectoryHandle('pkg' + p, { create: true })
          await Promise.all(Array.from({ length: perDir }, async (_, i) => {
            const fh = await d.getFileHandle('f' + i + '.js', { create: true })
            // a few files with a size, enough to see sizes summed; writing each would take minutes
            if (i === 0) { const h = await fh.createSyncAccessHandle(); h.truncate(p + 1); h.close() }
          }))
        }
        postMessage('ok')
      }`
      const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })))
      await new Promise((resolve, reject) => {
        w.onmessage = resolve
        w.onerror = reject
        w.postMessage({ name, dirs, perDir })
      })
      w.terminate()
    },
    { name, dirs, perDir },
  )
}

/** Starts a heartbeat in the page: the longest gap between 50 ms timer ticks from now on. */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number }
    w.__maxGap = 0
    let last = performance.now()
    window.setInterval(() => {
      const now = performance.now()
      w.__maxGap = Math.max(w.__maxGap, now - last)
      last = now
    }, 50)
  })
}

describe('opening a folder', () => {
  it('reads a 100,000-file folder from the directory picker in a worker, the page staying responsive', async () => {
    const { page, problems, close } = await openPage(PLAYGROUND)
    await ready(page)
    const N = 100_000
    const generating = Date.now()
    await makeOpfsProject(page, 'big-project', 1000, 100)
    figures.opfsGenerationMs = String(Date.now() - generating)
    // the native dialog is the one thing a test cannot click: it answers with a real directory handle
    await page.evaluate(() => {
      ;(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('big-project')
    })
    await page.getByTestId('open-folder').click()
    await startHeartbeat(page)
    const started = await page.evaluate(() => performance.now())
    await page.getByTestId('folder-pick').click()
    await page.getByTestId('folder-done').waitFor({ timeout: 300_000 })
    await expect.poll(() => entry(page, 'node_modules/').getAttribute('data-state'), { timeout: 60_000 }).toBe('excluded')
    const after = await page.evaluate(() => ({ now: performance.now(), maxGap: (window as unknown as { __maxGap: number }).__maxGap }))
    figures.folderImport100kMs = (after.now - started).toFixed(0)
    figures.folderImport100kLongestStallMs = after.maxGap.toFixed(0)
    // the generated files plus the Dockerfile and the .dockerignore
    expect(await page.getByTestId('folder-done').textContent()).toContain(String(N + 2))
    expect(await page.locator('[data-testid="transferring"]').textContent()).toMatch(/transferring context: \d/)
    await screenshot(page, 'playground/folder-100k')
    // responsive: no stretch of a second or more without the page running its timers
    expect(after.maxGap).toBeLessThan(1000)
    expect(problems.list()).toEqual([])
    await close()
  }, 600_000)

  it('reads a folder chosen with <input webkitdirectory> (browsers without the directory picker)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pg-folder-'))
    try {
      const root = path.join(dir, 'small-project')
      await mkdir(path.join(root, 'src'), { recursive: true })
      await writeFile(path.join(root, 'Dockerfile'), 'FROM alpine\nCOPY src/ /src/\n')
      await writeFile(path.join(root, '.dockerignore'), '*.log\n')
      await writeFile(path.join(root, 'debug.log'), 'x'.repeat(1234))
      await Promise.all(Array.from({ length: 2000 }, (_, i) => writeFile(path.join(root, 'src', `m${i}.js`), 'y'.repeat(i % 50))))
      const { page, problems, close } = await openPage(PLAYGROUND)
      await ready(page)
      await page.getByTestId('open-folder').click()
      await page.getByTestId('folder-input').setInputFiles(root, { timeout: 120_000 })
      await page.getByTestId('folder-done').waitFor({ timeout: 120_000 })
      expect(await page.getByTestId('folder-done').textContent()).toContain('2003')
      await expect.poll(() => entry(page, 'debug.log').getAttribute('data-state')).toBe('excluded')
      expect(await entry(page, 'src/').getAttribute('data-state')).toBe('sent')
      // the share link carries a folder only when the reader says so
      expect(await page.evaluate(() => location.hash)).toBe('')
      await page.getByTestId('share-button').click()
      await page.getByRole('alertdialog').waitFor()
      expect(problems.list()).toEqual([])
      await close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
