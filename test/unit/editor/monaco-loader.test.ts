import { beforeEach, describe, expect, it, vi } from 'vitest'

// The real setup pulls in all of Monaco; here it stands for "the chunk", counting how often it is set up.
const setup = vi.hoisted(() => ({ calls: 0, fail: false }))
vi.mock('../../../playground/editor/monaco-setup.ts', () => {
  return {
    setupMonaco: () => {
      if (setup.fail) throw new Error('chunk failed to load')
      setup.calls++
      return { marker: 'monaco' }
    },
    setDocsLocale: () => {},
    TabFocus: { getTabFocusMode: () => true, onDidChangeTabFocus: () => ({ dispose() {} }) },
  }
})

beforeEach(() => {
  vi.resetModules()
  setup.calls = 0
  setup.fail = false
})

describe('loadMonaco', () => {
  it('sets Monaco up once for every editor on the page', async () => {
    const { loadMonaco } = await import('../../../playground/editor/monaco-loader.ts')
    const [a, b, c] = await Promise.all([loadMonaco(), loadMonaco(), loadMonaco()])
    expect(setup.calls).toBe(1)
    expect(a.monaco).toBe(b.monaco)
    expect(b.monaco).toBe(c.monaco)
    await loadMonaco()
    expect(setup.calls).toBe(1)
  })

  it('lets a later editor try again after a failed load', async () => {
    setup.fail = true
    const { loadMonaco } = await import('../../../playground/editor/monaco-loader.ts')
    await expect(loadMonaco()).rejects.toThrow('chunk failed to load')
    setup.fail = false
    // the failed promise is not kept: the next call loads again
    await expect(loadMonaco()).resolves.toMatchObject({ monaco: { marker: 'monaco' } })
    expect(setup.calls).toBe(1)
  })
})
