import { defineConfig } from 'vitest/config'

// Vitest 4 ships its own Vite; keep its config apart from the site's (STACK-NOTES).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/conformance/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
