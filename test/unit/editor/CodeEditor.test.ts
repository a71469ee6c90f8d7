// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createSSRApp, h, ref, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { loadSfc } from '../stages/load-sfc.ts'

vi.mock('vitepress', () => ({ useData: () => ({ lang: ref('en-US'), isDark: ref(false) }) }))

// Monaco itself is exercised in the browser tests; here the loader stands for a slow or failing network.
const loader = vi.hoisted(() => ({ next: (): Promise<never> => new Promise<never>(() => {}) }))
vi.mock('../../../playground/editor/monaco-loader.ts', () => ({ loadMonaco: () => loader.next() }))

let CodeEditor: Component
beforeAll(async () => {
  CodeEditor = await loadSfc('playground/editor/CodeEditor.vue')
})
beforeEach(() => {
  loader.next = () => new Promise<never>(() => {})
})

const text = 'FROM golang:1.22\nCOPY . .\nRUN go build'
const props = { modelValue: text, language: 'dockerfile', label: 'Dockerfile', testid: 'editor-dockerfile' }

describe('CodeEditor before Monaco arrives', () => {
  it('renders a labelled textarea on the server, with the test id on the root', async () => {
    const html = await renderToString(createSSRApp({ render: () => h(CodeEditor, props) }))
    expect(html).toMatch(/^<div[^>]*data-testid="editor-dockerfile"/)
    expect(html).toMatch(/<textarea[^>]*aria-label="Dockerfile"/)
    expect(html).toContain('FROM golang:1.22')
  })

  it('is editable at once: input emits the new text, the caret emits its line', async () => {
    const w = mount(CodeEditor, { props, attachTo: document.body })
    expect(w.attributes('data-editor-state')).toBe('loading')
    const ta = w.find('textarea')
    expect(ta.attributes('aria-label')).toBe('Dockerfile')
    await ta.setValue('FROM alpine\nRUN true')
    expect(w.emitted('update:modelValue')).toEqual([['FROM alpine\nRUN true']])
    const el = ta.element as HTMLTextAreaElement
    el.setSelectionRange(14, 14)
    await ta.trigger('keyup')
    expect(w.emitted('cursor')!.at(-1)).toEqual([2])
    w.unmount()
  })

  it('reveal selects the line and focuses the textarea', async () => {
    const w = mount(CodeEditor, { props, attachTo: document.body })
    await w.setProps({ reveal: { line: 2, nonce: 1 } })
    const el = w.find('textarea').element as HTMLTextAreaElement
    expect(document.activeElement).toBe(el)
    expect(el.value.slice(el.selectionStart, el.selectionEnd)).toBe('COPY . .')
    w.unmount()
  })

  it('wraps the Dockerfile at narrow widths only, following the viewport as it changes', async () => {
    const listeners: ((e: { matches: boolean }) => void)[] = []
    const mql = { matches: true, addEventListener: (_: string, f: (e: { matches: boolean }) => void) => listeners.push(f), removeEventListener: () => {} }
    const queries: string[] = []
    const spy = vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => {
      queries.push(q)
      return mql as unknown as MediaQueryList
    })
    try {
      const w = mount(CodeEditor, { props })
      await flushPromises()
      expect(queries).toEqual(['(max-width: 599px)'])
      expect(w.find('textarea').attributes('wrap')).toBe('soft')
      for (const f of listeners) f({ matches: false })
      await flushPromises()
      expect(w.find('textarea').attributes('wrap')).toBe('off')
      w.unmount()
      // wide: the ignore file wraps all the same
      mql.matches = false
      const ignore = mount(CodeEditor, { props: { ...props, language: 'dockerignore' } })
      await flushPromises()
      expect(ignore.find('textarea').attributes('wrap')).toBe('soft')
      ignore.unmount()
    } finally {
      spy.mockRestore()
    }
  })

  it('honours readonly', () => {
    const w = mount(CodeEditor, { props: { ...props, readonly: true } })
    expect(w.find('textarea').attributes('readonly')).toBeDefined()
    w.unmount()
  })
})

describe('CodeEditor when Monaco fails to load', () => {
  it('keeps the textarea and shows the error', async () => {
    loader.next = () => Promise.reject(new Error('Failed to fetch dynamically imported module'))
    const w = mount(CodeEditor, { props, attachTo: document.body })
    await flushPromises()
    expect(w.attributes('data-editor-state')).toBe('failed')
    expect(w.find('textarea').exists()).toBe(true)
    expect(w.find('[role="alert"]').text()).toBe(
      'The editor could not be loaded (Failed to fetch dynamically imported module); you can still edit the plain text here.')
    w.unmount()
  })
})
