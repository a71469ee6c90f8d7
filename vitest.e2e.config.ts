import { defineConfig } from 'vitest/config'

// Browser tests: run through `npm run test:e2e` (test/e2e/run.mjs), which builds the
// site and finds Chromium first. One file at a time: the machine's cores go to Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A browser test that fails once fails: retries would hide flaky pages.
    retry: 0,
  },
})
