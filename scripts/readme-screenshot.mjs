#!/usr/bin/env node
// Regenerates the README's screenshot (docs/public/readme/home.png) from the built site:
//   npm run build && node scripts/readme-screenshot.mjs [--path /] [--out docs/public/readme/home.png]
// Uses the same static server and Chromium as the browser tests (CHROMIUM_PATH, default
// /usr/bin/chromium), light mode, 1280×800, so the picture matches what a reader first sees.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startServer } from '../test/e2e/serve.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const sitePath = option('--path', '/')
const out = path.resolve(repoRoot, option('--out', 'docs/public/readme/home.png'))
const dist = path.resolve(repoRoot, process.env.E2E_DIST ?? '.vitepress/dist')

const server = await startServer({ dir: dist })
let browser
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1 })
  await page.goto(server.url + sitePath, { waitUntil: 'networkidle' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await mkdir(path.dirname(out), { recursive: true })
  await page.screenshot({ path: out, animations: 'disabled' })
  console.log(`wrote ${path.relative(repoRoot, out)} from ${sitePath}`)
} finally {
  await browser?.close()
  await server.close()
}
