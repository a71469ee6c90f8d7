import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.ts'

describe('public API', () => {
  it('exports the functions DESIGN.md names', () => {
    for (const name of ['parseDockerignore', 'matchPath', 'computeContext', 'analyzeDockerfile']) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function')
    }
  })
})
