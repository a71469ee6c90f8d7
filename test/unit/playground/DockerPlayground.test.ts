// @vitest-environment happy-dom
// <DockerPlayground>: light on the server, state from the URL or storage on the client, its API for
// other components (getState/setState/change), and a broken link that never costs the reader their work.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createSSRApp, h, ref, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { loadSfc } from './sfc.ts'
import { decodeState, encodeState } from '../../../src/share/codec.ts'
import { findExample } from '../../../src/examples/index.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'

vi.mock('vitepress', () => ({ useData: () => ({ lang: ref('en-US'), isDark: ref(false) }), withBase: (p: string) => p }))
// Monaco is exercised in the browser tests; here it never arrives and the editors stay textareas
vi.mock('../../../playground/editor/monaco-loader.ts', () => ({ loadMonaco: () => new Promise<never>(() => {}) }))

let DockerPlayground: Component
beforeAll(async () => {
  DockerPlayground = await loadSfc('playground/DockerPlayground.vue')
})
// happy-dom lays nothing out, so its IntersectionObserver never reports; this one is driven by the test
const observed: { cb: IntersectionObserverCallback; el: Element }[] = []
let autoIntersect = true
class FakeIntersectionObserver {
  constructor(private cb: IntersectionObserverCallback) {}
  observe(el: Element): void {
    observed.push({ cb: this.cb, el })
    if (autoIntersect) this.cb([{ isIntersecting: true, target: el } as IntersectionObserverEntry], this as unknown as IntersectionObserver)
  }
  disconnect(): void {}
}
vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)

beforeEach(() => {
  autoIntersect = true
  observed.length = 0
  localStorage.clear()
  history.replaceState(null, '', '/playground.html')
})
afterEach(() => {
  vi.useRealTimers()
})

const custom: PlaygroundState = {
  files: [
    { path: 'Dockerfile', content: 'FROM alpine AS base\nRUN echo custom-marker\n' },
    { path: '.dockerignore', content: '*.log\n' },
    { path: 'app.log', size: 10 },
  ],
  dockerfile: 'Dockerfile',
  buildArgs: {},
}

/** Mount, let the lazy workbench load, and wait until it rendered. */
async function mountReady(props: Record<string, unknown>) {
  const w = mount(DockerPlayground, { props, attachTo: document.body })
  await waitReady(w)
  return w
}

async function waitReady(w: ReturnType<typeof mount>): Promise<void> {
  // the first load compiles and imports the whole workbench
  for (let i = 0; i < 300 && !w.find('[data-ready="true"]').exists(); i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 20))
  }
  expect(w.find('[data-ready="true"]').exists()).toBe(true)
}

const textareaOf = (w: ReturnType<typeof mount>, testid: string) => w.find(`[data-testid="${testid}"] textarea`)

describe('DockerPlayground', () => {
  it('renders only a light skeleton on the server', async () => {
    const html = await renderToString(createSSRApp({ render: () => h(DockerPlayground, { example: 'node-app' }) }))
    expect(html).toContain('data-testid="playground"')
    expect(html).toContain('Loading the playground')
    expect(html).not.toContain('data-testid="editor-dockerfile"')
  })

  it('embedded: loads the workbench only once scrolled into view', async () => {
    autoIntersect = false
    const w = mount(DockerPlayground, { props: { example: 'node-app' }, attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-ready="true"]').exists()).toBe(false)
    expect(w.text()).toContain('Loading the playground')
    observed[0].cb([{ isIntersecting: true, target: observed[0].el } as IntersectionObserverEntry], {} as IntersectionObserver)
    await waitReady(w)
    w.unmount()
  })

  it('shows the example it is given, with its editors and panels', async () => {
    const w = await mountReady({ example: 'node-app', full: false })
    expect((textareaOf(w, 'editor-dockerfile').element as HTMLTextAreaElement).value).toContain('FROM node:22-alpine')
    expect(w.find('[data-path="node_modules/"]').attributes('data-state')).toBe('excluded')
    expect(w.find('[data-testid="open-in-playground"]').attributes('href')).toBe('/en/playground.html')
    w.unmount()
  })

  it('"Open in playground" carries the embedded state to the playground page', async () => {
    const w = await mountReady({ example: 'node-app' })
    await textareaOf(w, 'editor-dockerfile').setValue('FROM node:22\n# carried\n')
    const link = w.find('[data-testid="open-in-playground"]')
    await link.trigger('mouseenter')
    const href = link.attributes('href')!
    const url = new URL(href)
    expect(url.pathname).toBe('/en/playground.html')
    const r = decodeState(url.hash)
    expect(r.ok && r.state.files.find((f) => f.path === 'Dockerfile')?.content).toBe('FROM node:22\n# carried\n')
    w.unmount()
  })

  it('moves between panel tabs with the arrow keys (phone layout)', async () => {
    const w = await mountReady({ example: 'node-app', panels: 'dockerfile,context,diagnostics' })
    const selected = () => w.findAll('[role="tab"]').filter((t) => t.attributes('aria-selected') === 'true').map((t) => t.text())
    expect(selected()).toEqual(['Dockerfile'])
    await w.find('[role="tablist"]').trigger('keydown', { key: 'ArrowRight' })
    expect(selected()).toEqual(['Build context'])
    await w.find('[role="tablist"]').trigger('keydown', { key: 'ArrowLeft' })
    await w.find('[role="tablist"]').trigger('keydown', { key: 'ArrowLeft' })
    expect(selected()).toEqual(['Diagnostics'])
    expect(w.findAll('[role="tab"]').map((t) => t.attributes('tabindex'))).toEqual(['-1', '-1', '0'])
    w.unmount()
  })

  it('shows only the panels asked for', async () => {
    const w = await mountReady({ example: 'node-app', panels: 'context,diagnostics' })
    expect(w.find('[data-testid="editor-dockerfile"]').exists()).toBe(false)
    expect(w.find('[data-testid="context-tree"]').exists()).toBe(true)
    expect(w.find('[data-testid="diagnostics"]').exists()).toBe(true)
    w.unmount()
  })

  it('typing in an editor updates the other panels and emits change', async () => {
    const changes: PlaygroundState[] = []
    const w = await mountReady({ example: 'go-tutorial', onChange: (s: PlaygroundState) => changes.push(s) })
    expect(w.find('[data-path="go.mod"]').attributes('data-state')).toBe('excluded')
    await textareaOf(w, 'editor-dockerignore').setValue('*\n!cmd/\n!pkg/\n!go.mod\n!go.sum\n')
    await flushPromises()
    expect(w.find('[data-path="go.mod"]').attributes('data-state')).not.toBe('excluded')
    expect(w.findAll('[data-rule="BuildManifestExcluded"]')).toHaveLength(0)
    expect(changes.at(-1)!.files.find((f) => f.path === '.dockerignore')?.content).toContain('!go.mod')
    w.unmount()
  })

  it('exposes getState and setState', async () => {
    const w = await mountReady({ example: 'python-app' })
    const api = w.vm as unknown as { getState(): PlaygroundState; setState(s: PlaygroundState): void }
    expect(api.getState()).toEqual(findExample('python-app')!.state)
    api.setState(custom)
    await flushPromises()
    expect((textareaOf(w, 'editor-dockerfile').element as HTMLTextAreaElement).value).toContain('custom-marker')
    expect(w.find('[data-path="app.log"]').attributes('data-state')).toBe('excluded')
    w.unmount()
  })

  it('full: opens the state of a #v1 link', async () => {
    history.replaceState(null, '', '/playground.html' + encodeState(custom))
    const w = await mountReady({ full: true })
    expect((textareaOf(w, 'editor-dockerfile').element as HTMLTextAreaElement).value).toContain('custom-marker')
    w.unmount()
  })

  it('full: opens ?example=<id>', async () => {
    history.replaceState(null, '', '/playground.html?example=multi-target')
    const w = await mountReady({ full: true })
    expect((textareaOf(w, 'editor-dockerfile').element as HTMLTextAreaElement).value).toContain('AS prod')
    w.unmount()
  })

  it('full: a corrupt link shows a notice and keeps the reader\'s saved state', async () => {
    localStorage.setItem('docker-playground:page', encodeState(custom))
    history.replaceState(null, '', '/playground.html#v1AAAAtruncated')
    const w = await mountReady({ full: true })
    expect(w.find('[data-testid="notice"]').attributes('data-kind')).toBe('bad-link')
    expect(w.find('[data-testid="notice"]').text()).toContain('your last state is kept')
    expect((textareaOf(w, 'editor-dockerfile').element as HTMLTextAreaElement).value).toContain('custom-marker')
    w.unmount()
  })

  it('full: edits go to the hash without new history entries, and to localStorage', async () => {
    const w = await mountReady({ full: true })
    const before = history.length
    await textareaOf(w, 'editor-dockerfile').setValue('FROM busybox\n# typed\n')
    await new Promise((r) => setTimeout(r, 600))
    expect(location.hash).toMatch(/^#v1/)
    expect(history.length).toBe(before)
    expect(localStorage.getItem('docker-playground:page')).toBe(location.hash)
    w.unmount()
  })

  it('embedded playgrounds keep their own state and touch neither the URL nor storage', async () => {
    const a = await mountReady({ example: 'node-app' })
    const b = await mountReady({ example: 'node-app' })
    await textareaOf(a, 'editor-dockerfile').setValue('FROM scratch\n')
    await new Promise((r) => setTimeout(r, 600))
    expect((textareaOf(b, 'editor-dockerfile').element as HTMLTextAreaElement).value).toContain('FROM node:22-alpine')
    expect(location.hash).toBe('')
    expect(localStorage.length).toBe(0)
    a.unmount()
    b.unmount()
  })
})
