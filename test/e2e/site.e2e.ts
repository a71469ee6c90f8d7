// The site as a reader meets it: every built page of both locales renders cleanly, the
// tutorial's pager, search, the 404 page and the language switch work, and screenshots
// of each page land in screenshots/site/ to be looked at, and axe finds nothing serious on the
// reading pages.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { builtPages, openPage, PHONE, screenshot, siteURL } from './helpers.ts'

const pages = await builtPages()

/** Pages the guide promises in both languages (issue: the guide's site). */
const PROMISED = ['/', '/docker/00-docker-build.html', '/docker/01-docker-inspect.html', '/playground.html']
/** Pages also shot in dark mode and at phone width. */
const MAIN = ['/', '/docker/00-docker-build.html', '/docker/01-docker-inspect.html']

const HAN = /\p{Script=Han}/u

function isEnglish(sitePath: string): boolean {
  return sitePath === '/en/' || sitePath.startsWith('/en/')
}
function twin(sitePath: string): string {
  return isEnglish(sitePath) ? sitePath.slice('/en'.length) : '/en' + sitePath
}
/** `/docker/00-docker-build.html` → `zh/docker-00-docker-build`, `/en/` → `en/index`. */
function shotName(sitePath: string): string {
  const locale = isEnglish(sitePath) ? 'en' : 'zh'
  const rest = (isEnglish(sitePath) ? sitePath.slice('/en'.length) : sitePath).replace(/^\/|\.html$/g, '')
  return `${locale}/${rest.replace(/\/$/, '').replace(/\//g, '-') || 'index'}`
}

async function visibleH1s(page: Page): Promise<string[]> {
  return page.locator('h1:visible').allInnerTexts()
}

/** What the page's theme config says, read from the build (VitePress inlines it in each page). */
async function localeThemeConfig(page: Page, locale: 'root' | 'en'): Promise<Record<string, unknown>> {
  return page.evaluate((key) => {
    const site = (window as unknown as { __VP_SITE_DATA__: { locales: Record<string, { themeConfig?: Record<string, unknown> }> } })
      .__VP_SITE_DATA__
    return site.locales[key]?.themeConfig ?? {}
  }, locale)
}

describe('the built site', () => {
  it('has the promised pages, each in both languages', () => {
    for (const sitePath of PROMISED) {
      expect(pages).toContain(sitePath)
      expect(pages).toContain(twin(sitePath))
    }
    const missingTwins = pages.filter((p) => !pages.includes(twin(p)))
    expect(missingTwins).toEqual([])
  })

  it.each(pages)('%s renders with no error, the right lang and one h1', async (sitePath) => {
    const { page, problems, close } = await openPage(sitePath, { colorScheme: 'light' })
    expect(await page.locator('html').getAttribute('lang')).toBe(isEnglish(sitePath) ? 'en-US' : 'zh-CN')
    const h1s = await visibleH1s(page)
    expect(h1s).toHaveLength(1)
    expect(h1s[0].trim()).not.toBe('')
    expect((await page.title()).trim()).not.toBe('')
    await screenshot(page, `site/light/${shotName(sitePath)}`)
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each(MAIN.flatMap((p) => [p, twin(p)]))('%s in dark mode', async (sitePath) => {
    const { page, problems, close } = await openPage(sitePath, { colorScheme: 'dark' })
    expect(await page.locator('html').getAttribute('class')).toMatch(/\bdark\b/)
    // The page background really is dark, not just flagged as such.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number)
    expect(r + g + b).toBeLessThan(3 * 64)
    await screenshot(page, `site/dark/${shotName(sitePath)}`)
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each(MAIN.flatMap((p) => [p, twin(p)]))('%s at phone width', async (sitePath) => {
    const { page, problems, close } = await openPage(sitePath, { viewport: PHONE })
    // Nothing may push the page sideways: wide code and tables scroll inside their own box.
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    expect(await visibleH1s(page)).toHaveLength(1)
    await screenshot(page, `site/phone/${shotName(sitePath)}`)
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('the tutorial page', () => {
  it.each([
    ['/docker/00-docker-build.html', '/docker/01-docker-inspect.html'],
    ['/en/docker/00-docker-build.html', '/en/docker/01-docker-inspect.html'],
  ])('%s: the footer has no previous link and its next link leads to %s', async (from, to) => {
    const { page, problems, close } = await openPage(from)
    const footer = page.locator('.VPDocFooter')
    await expect(footer.locator('.pager-link.prev').count()).resolves.toBe(0)
    const next = footer.locator('.pager-link.next')
    await expect(next.count()).resolves.toBe(1)
    expect(new URL((await next.getAttribute('href')) ?? '', page.url()).pathname).toBe(to)
    await next.click()
    await page.waitForURL((url) => url.pathname === to)
    // The client-side navigation rendered the inspect page, not just changed the address
    // (VitePress changes the address first, then loads and renders the page).
    await expect.poll(async () => (await visibleH1s(page)).join(' '), { timeout: 20_000 }).toMatch(/inspect/i)
    expect(problems.list()).toEqual([])
    await close()
  })

  it.each([['/docker/00-docker-build.html'], ['/en/docker/00-docker-build.html']])(
    '%s has an outline, titled code blocks with highlighted lines and copy buttons, an edit link and a last-updated date',
    async (sitePath) => {
      const { page, problems, close } = await openPage(sitePath)
      expect(await page.locator('.VPDocAsideOutline .outline-link').count()).toBeGreaterThan(2)
      expect(await page.locator('.vp-doc div[class*="language-"] button.copy').count()).toBeGreaterThan(0)
      const titles = await page.locator('.vp-doc .vp-code-group .tabs label').allInnerTexts()
      expect(titles.some((t) => t.includes('Dockerfile'))).toBe(true)
      expect(titles.some((t) => t.includes('.dockerignore'))).toBe(true)
      expect(await page.locator('.vp-doc div[class*="language-"] .line.highlighted').count()).toBeGreaterThan(0)
      expect(await page.locator('.VPDocFooter .edit-link a').getAttribute('href')).toMatch(/^https:\/\//)
      const lastUpdated = page.locator('.VPDocFooter .last-updated time')
      expect(await lastUpdated.count()).toBe(1)
      expect(Number.isNaN(Date.parse((await lastUpdated.getAttribute('datetime')) ?? ''))).toBe(false)
      expect(problems.list()).toEqual([])
      await close()
    },
  )
})

describe('local search', () => {
  async function search(page: Page, query: string, open: 'button' | 'keyboard') {
    if (open === 'button') await page.locator('.VPNavBarSearch button').click()
    else await page.keyboard.press('Control+k')
    const input = page.locator('.VPLocalSearchBox input.search-input')
    await input.waitFor()
    await input.fill(query)
    const results = page.locator('.VPLocalSearchBox ul.results a.result')
    await results.first().waitFor({ timeout: 20_000 })
    return results
  }

  it.each([
    // page searched from, query, how the box is opened, a page that must be among the results
    ['/', '上下文', 'button', '/docker/00-docker-build.html'],
    ['/docker/00-docker-build.html', '多阶段', 'keyboard', '/docker/03-multi-stage.html'],
    ['/en/', 'inspect', 'button', '/en/docker/01-docker-inspect.html'],
    ['/en/docker/00-docker-build.html', 'builder', 'keyboard', '/en/docker/00-docker-build.html'],
  ] as const)('from %s, "%s" (opened with the %s) finds %s', async (from, query, open, expected) => {
    const { page, problems, close } = await openPage(from)
    const results = await search(page, query, open)
    const hrefs = (await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map(
      (href) => new URL(href).pathname,
    )
    expect(hrefs).toContain(expected)
    // Each locale searches its own pages only.
    expect(hrefs.every((href) => isEnglish(href) === isEnglish(from))).toBe(true)
    // With excerpts shown, the results show the word itself (not just a page that has it).
    const toggle = page.locator('.VPLocalSearchBox .toggle-layout-button')
    if (!(await toggle.getAttribute('class'))?.includes('detailed-list')) await toggle.click()
    await expect
      .poll(async () => (await page.locator('.VPLocalSearchBox ul.results').innerText()).toLowerCase(), { timeout: 20_000 })
      .toContain(query.toLowerCase())
    await screenshot(page, `site/search/${isEnglish(from) ? 'en' : 'zh'}-${query}`, { fullPage: false })
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('the 404 page', () => {
  it.each([
    ['/docker/no-such-page.html', 'root', '/'],
    ['/no-such-page', 'root', '/'],
    ['/en/docker/no-such-page.html', 'en', '/en/'],
  ] as const)('%s answers 404 with the %s locale\'s not-found text and a link home', async (sitePath, locale, home) => {
    const { page, problems, close } = await openPage(sitePath, { expectedStatus: 404 })
    const notFound = (await localeThemeConfig(page, locale)).notFound as { title?: string; linkText?: string } | undefined
    expect(notFound?.title).toBeTruthy()
    const title = (await page.locator('.NotFound .title').innerText()).trim()
    expect(title).toBe(notFound?.title)
    // Localized, not VitePress's English default.
    expect(title).not.toBe('PAGE NOT FOUND')
    expect(HAN.test(title)).toBe(locale === 'root')
    expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'en' ? 'en-US' : 'zh-CN')
    expect(new URL((await page.locator('.NotFound a.link').getAttribute('href')) ?? '', page.url()).pathname).toBe(home)
    await screenshot(page, `site/404/${locale === 'en' ? 'en' : 'zh'}`)
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('the language switch', () => {
  it.each([
    ['/docker/00-docker-build.html', 'English', '/en/docker/00-docker-build.html', 'en-US'],
    ['/en/docker/01-docker-inspect.html', '简体中文', '/docker/01-docker-inspect.html', 'zh-CN'],
    ['/', 'English', '/en/', 'en-US'],
  ])('on %s, choosing %s opens %s', async (from, label, to, lang) => {
    const { page, problems, close } = await openPage(from)
    const before = (await visibleH1s(page)).join(' ')
    const menu = page.locator('.VPNavBar .VPNavBarTranslations')
    await menu.hover()
    const link = menu.getByRole('link', { name: label, exact: true })
    await link.waitFor({ state: 'visible' })
    await link.click()
    await page.waitForURL((url) => url.pathname === to)
    await page.waitForFunction((expected) => document.documentElement.lang === expected, lang)
    // The twin's own content is shown, not the page we came from.
    await expect.poll(async () => (await visibleH1s(page)).join(' '), { timeout: 20_000 }).not.toBe(before)
    expect(await visibleH1s(page)).toHaveLength(1)
    expect(problems.list()).toEqual([])
    await close()
  })
})

describe('links', () => {
  // VitePress checks links in page bodies, but not the nav, the sidebar or the footers, and
  // never #anchors; these are read from the served HTML, as a crawler would.
  const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' }
  const decodeEntities = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e])
  const encodeAttribute = (text: string) =>
    text.replace(/[&"'<>]/g, (c) => Object.entries(ENTITIES).find(([, v]) => v === c)?.[0] ?? c)
  // The playground's hash is its shared state, not an element id.
  const hashIsState = (pathname: string) => /(^|\/)playground(\.html)?$/.test(pathname)

  it('every link between pages leads to a page, and every #anchor to an element on it', async () => {
    const fetched = new Map<string, Promise<{ status: number; html: string }>>()
    const get = (pathname: string) => {
      if (!fetched.has(pathname)) {
        fetched.set(
          pathname,
          fetch(siteURL(pathname)).then(async (r) => ({ status: r.status, html: await r.text() })),
        )
      }
      return fetched.get(pathname)!
    }
    const origin = new URL(siteURL('/')).origin
    const broken: string[] = []
    let checked = 0
    for (const from of pages) {
      const { html } = await get(from)
      const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]))
      for (const href of new Set(hrefs)) {
        const url = new URL(href, siteURL(from))
        if (url.origin !== origin) continue
        checked++
        const target = await get(url.pathname)
        if (target.status !== 200) {
          broken.push(`${from} → ${href}: HTTP ${target.status}`)
          continue
        }
        const id = decodeURIComponent(url.hash.slice(1))
        if (id && !hashIsState(url.pathname) && !target.html.includes(` id="${encodeAttribute(id)}"`)) {
          broken.push(`${from} → ${href}: no element with id "${id}"`)
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length)
    expect(broken).toEqual([])
  })
})

describe('accessibility', () => {
  /** Reading pages with every kind of content the guide uses: hero, code groups, tables, notes. */
  const READING = [
    '/',
    '/docker/00-docker-build.html',
    '/docker/01-docker-inspect.html',
    '/docker/02-dockerignore.html',
  ]
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

  it.each(
    READING.flatMap((p) => [p, twin(p)]).flatMap((p) => [[p, 'light'] as const, [p, 'dark'] as const]),
  )('%s (%s) has no serious or critical axe violation', async (sitePath, colorScheme) => {
    const { page, close } = await openPage(sitePath, { colorScheme })
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }
      const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe
      const result = await axe.run(document)
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`))
    })
    expect(violations).toEqual([])
    await close()
  })
})
