// Serves the built site for the whole browser-test run and hands its address
// to the tests through `inject('baseURL')`. The server lives in vitest's own
// process, so it ends with it even if the run is interrupted; the returned
// teardown closes it on a normal end, whatever the tests' outcome.
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startServer } from './serve.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseURL: string
    /** Absolute path of the built site being served. */
    distDir: string
    /** Absolute path of the Chromium binary the tests drive. */
    chromiumPath: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = path.resolve(process.env.E2E_DIST ?? '.vitepress/dist')
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  project.provide('distDir', distDir)
  project.provide('chromiumPath', chromiumPath)

  // E2E_BASE_URL points the tests at a server that is already running (a dev server, say).
  const external = process.env.E2E_BASE_URL
  if (external) {
    project.provide('baseURL', external.replace(/\/+$/, ''))
    return async () => {}
  }
  const server = await startServer({ dir: distDir })
  project.provide('baseURL', server.url)
  return () => server.close()
}
