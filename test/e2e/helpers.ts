/**
 * Helpers for the browser tests (`test/e2e/<area>.e2e.ts`, run by `npm run test:e2e`).
 *
 * `npm run test:e2e` builds the site, serves `.vitepress/dist` on 127.0.0.1 and runs
 * every `test/e2e/**\/*.e2e.ts` file with vitest, one file at a time, in Node, driving
 * Debian's Chromium through playwright-core. A test file looks like this:
 *
 *   import { describe, expect, it } from 'vitest'
 *   import { openPage, screenshot } from './helpers.ts'
 *
 *   describe('the playground page', () => {
 *     it('loads without errors', async () => {
 *       const { page, problems, close } = await openPage('/playground.html', { colorScheme: 'dark' })
 *       await page.getByTestId('playground').waitFor()
 *       await screenshot(page, 'playground/dark')
 *       expect(problems.list()).toEqual([])
 *       await close()
 *     })
 *   })
 *
 * API
 * - `baseURL`: where the site is served, e.g. `http://127.0.0.1:41234` (no trailing slash).
 * - `distDir`: absolute path of the built site being served.
 * - `builtPages()`: URL paths (`/`, `/docker/00-docker-build.html`, `/en/`, …) of every page
 *   in `distDir` except `404.html`, sorted.
 * - `launchBrowser()`: the file's shared headless Chromium (launched on first call, closed
 *   after the file's last test). You rarely need it: `openPage` calls it.
 * - `openPage(path, options?)`: a new browser context and page, navigated to `baseURL + path`
 *   and settled (network idle). Options:
 *     `colorScheme: 'light' | 'dark'` – emulates `prefers-color-scheme` and sets VitePress's
 *        `localStorage['vitepress-theme-appearance']` before any script runs;
 *     `viewport: { width, height }` – default `DESKTOP` (1280×800); `PHONE` is 390×844, and any
 *        width under 768 also emulates a mobile device (meta viewport, touch);
 *     `expectedStatus` – HTTP status the document must have (default 200; 404 for the
 *        not-found page). A different status throws. The document's own expected status and
 *        the one console line Chromium prints for it are not counted as problems;
 *     `waitUntil: 'load' | 'networkidle'` – default 'networkidle'.
 *   Returns `{ page, context, response, problems, close }`. `problems` keeps recording while
 *   the page lives (clicks, SPA navigations):
 *     `consoleErrors` – `console.error` messages, including Vue's hydration-mismatch error;
 *     `pageErrors` – uncaught exceptions and unhandled rejections;
 *     `failedRequests` – responses with status >= 400 and requests that failed at the network
 *        level (`net::ERR_…`, including aborted ones), as `"<status|error> <METHOD> <url>"`;
 *     `externalRequests` – any request to another origin than `baseURL` (the site must work
 *        offline and leak nothing to third parties);
 *     `list()` – all of the above as one array of labelled strings. Assert
 *        `expect(problems.list()).toEqual([])` so a failure prints every problem. Nothing is
 *        filtered silently: to tolerate something, filter it in the test, visibly, and say why.
 * - `screenshot(page, name, { fullPage = true })`: writes `screenshots/<name>.png` at the repo
 *   root (git-ignored; `/` in `name` makes subfolders) once web fonts have loaded, and returns
 *   the file's path. A full-page shot briefly makes the window as tall as the page (so fixed
 *   parts such as the sidebar show whole) and then restores it.
 * - `DESKTOP`, `PHONE`: viewport sizes.
 */
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'
import { afterAll, inject } from 'vitest'

export const baseURL: string = inject('baseURL')
export const distDir: string = inject('distDir')
const chromiumPath: string = inject('chromiumPath')

export const DESKTOP = { width: 1280, height: 800 } as const
export const PHONE = { width: 390, height: 844 } as const

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const screenshotsDir = path.join(repoRoot, 'screenshots')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let sharedBrowser: Promise<Browser> | undefined

export function launchBrowser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  return sharedBrowser
}

// Registered while the test file is being collected, so it belongs to the file's suite.
afterAll(async () => {
  if (!sharedBrowser) return
  const browser = await sharedBrowser.catch(() => undefined)
  sharedBrowser = undefined
  await browser?.close()
})

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  failedRequests: string[]
  externalRequests: string[]
  list(): string[]
}

export interface OpenPageOptions {
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
  expectedStatus?: number
  waitUntil?: 'load' | 'networkidle'
}

export interface OpenedPage {
  page: Page
  context: BrowserContext
  response: Response | null
  problems: PageProblems
  close(): Promise<void>
}

function newProblems(): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    externalRequests: [],
    list: () => [
      ...problems.consoleErrors.map((m) => `console error: ${m}`),
      ...problems.pageErrors.map((m) => `page error: ${m}`),
      ...problems.failedRequests.map((m) => `failed request: ${m}`),
      ...problems.externalRequests.map((m) => `external request: ${m}`),
    ],
  }
  return problems
}

/** `baseURL` joined with a site path such as `/en/` or `/docker/00-docker-build.html`. */
export function siteURL(sitePath: string): string {
  return baseURL + (sitePath.startsWith('/') ? sitePath : '/' + sitePath)
}

export async function openPage(sitePath: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const browser = await launchBrowser()
  const viewport = options.viewport ?? DESKTOP
  const mobile = viewport.width < 768
  const context = await browser.newContext({
    viewport,
    isMobile: mobile,
    hasTouch: mobile,
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
  })
  if (options.colorScheme) {
    await context.addInitScript((appearance: string) => {
      try {
        localStorage.setItem('vitepress-theme-appearance', appearance)
      } catch {
        // Storage can be unavailable (opaque origins); the media emulation still applies.
      }
    }, options.colorScheme)
  }

  const page = await context.newPage()
  const problems = newProblems()
  const target = siteURL(sitePath)
  const expectedStatus = options.expectedStatus ?? 200
  const origin = new URL(baseURL).origin
  let documentURL = target

  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    const where = message.location().url
    // Chromium reports a document's own error status as a console error; when the test asked
    // for that status (the 404 page), it is the expected outcome, not a problem.
    if (
      expectedStatus >= 400 &&
      where === documentURL &&
      text === `Failed to load resource: the server responded with a status of ${expectedStatus} (${statusText(expectedStatus)})`
    ) {
      return
    }
    problems.consoleErrors.push(where ? `${text} (${where})` : text)
  })
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`)
  })
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) problems.externalRequests.push(`${request.method()} ${url}`)
  })
  page.on('response', (response) => {
    const status = response.status()
    if (status < 400) return
    const request = response.request()
    const isDocument = request.isNavigationRequest() && request.frame() === page.mainFrame()
    if (isDocument && response.url() === documentURL && status === expectedStatus) return
    problems.failedRequests.push(`${status} ${request.method()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.method()} ${request.url()}`)
  })

  const response = await page.goto(target, { waitUntil: options.waitUntil ?? 'networkidle' })
  if (response) documentURL = response.url()
  const status = response?.status()
  if (status !== expectedStatus) {
    await context.close()
    throw new Error(`GET ${target} answered ${status ?? 'nothing'}, expected ${expectedStatus}`)
  }
  return { page, context, response, problems, close: () => context.close() }
}

function statusText(status: number): string {
  const texts: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 500: 'Internal Server Error' }
  return texts[status] ?? ''
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const segments = name.split('/').filter(Boolean).map((s) => s.replace(/[^\p{L}\p{N}._-]+/gu, '_'))
  if (segments.length === 0) throw new Error('screenshot: empty name')
  const file = path.join(screenshotsDir, ...segments) + '.png'
  await mkdir(path.dirname(file), { recursive: true })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const fullPage = options.fullPage ?? true
  const viewport = page.viewportSize()
  const height = fullPage ? await page.evaluate(() => document.documentElement.scrollHeight) : 0
  if (fullPage && viewport && height > viewport.height) {
    // A full-page capture keeps fixed elements (the sidebar) at the window's height, which
    // cuts them off halfway down the picture; a window as tall as the page shows them whole.
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16_000) })
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))))
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
    await page.setViewportSize(viewport)
  } else {
    await page.screenshot({ path: file, fullPage, animations: 'disabled' })
  }
  return file
}

/** Every built page's URL path, `404.html` excepted: `index.html` → its folder (`/`, `/en/`). */
export async function builtPages(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true })
  const pages: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const relative = path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (relative === '404.html') continue
    pages.push('/' + relative.replace(/(^|\/)index\.html$/, '$1'))
  }
  return pages.sort()
}
