#!/usr/bin/env node
// `npm run test:e2e [-- <vitest args>]`: builds the site, then runs the browser tests
// (test/e2e/**/*.e2e.ts) with vitest.e2e.config.ts, whose global setup serves the build
// on 127.0.0.1. Exits with the tests' status.
//
// Environment:
//   CHROMIUM_PATH    the Chromium to drive (default /usr/bin/chromium, Debian's `chromium`)
//   E2E_SKIP_BUILD=1 reuse an existing build instead of building again
//   E2E_DIST         the built site to serve (default .vitepress/dist); built there too
//   E2E_BASE_URL     test a server that is already running instead (skips build and serve)
//
// Extra arguments go to vitest, e.g. `npm run test:e2e -- site` runs only site.e2e.ts.

import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants as osConstants } from 'node:os'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
process.chdir(repoRoot)

function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium']
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // try the next one
    }
  }
  return null
}

/**
 * Runs a command with inherited output; resolves with its exit code. Ctrl+C reaches the child
 * from the terminal already, so this process only waits for it to finish cleaning up (vitest
 * stops the server in its teardown); a SIGTERM sent to this process alone is passed on.
 */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    const wait = () => {}
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', wait)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', wait)
      process.off('SIGTERM', forward)
      resolve(code ?? 128 + (osConstants.signals[signal] ?? 0))
    })
    child.on('error', (error) => {
      console.error(`test:e2e: cannot run ${command}: ${error.message}`)
      resolve(1)
    })
  })
}

const chromiumPath = findChromium()
if (!chromiumPath) {
  const asked = process.env.CHROMIUM_PATH
  console.error(
    [
      `test:e2e: no Chromium found ${asked ? `at CHROMIUM_PATH=${asked}` : 'at /usr/bin/chromium'}.`,
      'The browser tests drive Debian\'s Chromium through playwright-core. Install it (as root) with:',
      '',
      '    apt-get update && apt-get install -y chromium fonts-noto-cjk',
      '',
      'or point CHROMIUM_PATH at another Chromium or Chrome binary (playwright\'s own download is not used).',
    ].join('\n'),
  )
  process.exit(1)
}

const distDir = path.resolve(process.env.E2E_DIST ?? '.vitepress/dist')
const node = process.execPath

if (!process.env.E2E_BASE_URL) {
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(distDir, 'index.html'))
  if (reuse) {
    console.log(`test:e2e: reusing the build in ${path.relative(repoRoot, distDir) || '.'}`)
  } else {
    const vitepress = path.join(repoRoot, 'node_modules/vitepress/bin/vitepress.js')
    const args = [vitepress, 'build']
    if (process.env.E2E_DIST) args.push('--outDir', distDir)
    console.log(`test:e2e: building the site (vitepress build${process.env.E2E_DIST ? ` --outDir ${distDir}` : ''})`)
    const code = await run(node, args)
    if (code !== 0) {
      console.error(`test:e2e: the site build failed (exit ${code}); no browser tests were run.`)
      process.exit(code)
    }
  }
}

const vitest = path.join(repoRoot, 'node_modules/vitest/vitest.mjs')
const code = await run(node, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: chromiumPath,
  E2E_DIST: distDir,
})
process.exit(code)
