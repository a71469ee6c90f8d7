// @vitest-environment happy-dom
// The context and diagnostics panels on real evaluations of the examples.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ref, type Component } from 'vue'
import { loadSfc } from './sfc.ts'
import { createStore } from '../../../playground/store.ts'
import { evaluateProject } from '../../../src/project/evaluate.ts'
import { buildTree } from '../../../src/project/tree.ts'
import { matchPath } from '../../../src/dockerignore/index.ts'
import { findExample } from '../../../src/examples/index.ts'

vi.mock('vitepress', () => ({ useData: () => ({ lang: ref('en-US'), isDark: ref(false) }), withBase: (p: string) => p }))

let ContextPanel: Component
let DiagnosticsPanel: Component
beforeAll(async () => {
  ContextPanel = await loadSfc('playground/panels/ContextPanel.vue')
  DiagnosticsPanel = await loadSfc('playground/panels/DiagnosticsPanel.vue')
})

function contextPanel(exampleId: string) {
  const store = createStore(findExample(exampleId)!.state, { kind: 'example', id: exampleId })
  const props = () => {
    const evaluation = evaluateProject(store.state.value)
    const path = store.ui.selectedPath
    return {
      store,
      evaluation,
      tree: buildTree(store.state.value.files, evaluation.context, evaluation.readPaths),
      trace: path && evaluation.rules ? matchPath(evaluation.rules, path.replace(/\/$/, '')).trace : null,
      pending: false,
    }
  }
  const w = mount(ContextPanel, { props: props(), attachTo: document.body })
  const refresh = async () => {
    await w.setProps(props())
    await flushPromises()
  }
  return { w, store, refresh }
}

const stateOf = (w: ReturnType<typeof mount>, path: string) => w.find(`[data-path="${path}"]`).attributes('data-state')

describe('ContextPanel', () => {
  it('marks each entry sent, excluded or read, with Docker\'s transfer figure', () => {
    const { w } = contextPanel('go-tutorial')
    expect(w.find('[data-testid="context-tree"]').exists()).toBe(true)
    expect(stateOf(w, 'go.mod')).toBe('excluded')
    expect(stateOf(w, '.git/')).toBe('excluded')
    expect(stateOf(w, 'cmd/account/main.go')).toBe('read')
    expect(w.find('[data-testid="transferring"]').text()).toMatch(/^transferring context: \d/)
    w.unmount()
  })

  it('explains a selected path with the ignore-file lines that decided it', async () => {
    const { w, store, refresh } = contextPanel('go-tutorial')
    await w.find('[data-path="go.mod"] .dp-tree-name').trigger('click')
    expect(store.ui.selectedPath).toBe('go.mod')
    await refresh()
    const why = w.find('[data-testid="context-why"]')
    expect(why.findAll('[data-line]').map((li) => li.attributes('data-line'))).toEqual(['1'])
    expect(why.text()).toContain('line 1: * excludes it')
    w.unmount()
  })

  it('filters to excluded entries', async () => {
    const { w } = contextPanel('go-tutorial')
    await w.find('input[type="radio"][value="excluded"]').setValue(true)
    const states = w.findAll('.dp-tree-item:not(:has(.dp-tree-item))').map((li) => li.attributes('data-state'))
    expect(new Set(states)).toEqual(new Set(['excluded']))
    expect(w.find('[data-path="go.mod"]').exists()).toBe(true)
    expect(w.find('[data-path="cmd/account/main.go"]').exists()).toBe(false)
    w.unmount()
  })

  it('adds a file, sets its size, renames and deletes it through the edit form', async () => {
    const { w, store, refresh } = contextPanel('go-tutorial')
    const buttons = () => w.findAll('.dp-edit button')
    await buttons().find((b) => b.text() === 'New file')!.trigger('click')
    await w.find('[data-testid="edit-input"]').setValue('notes/todo.txt')
    await w.find('.dp-edit-form').trigger('submit')
    expect(store.state.value.files.some((f) => f.path === 'notes/todo.txt')).toBe(true)
    await refresh()
    expect(stateOf(w, 'notes/todo.txt')).toBe('excluded')

    store.ui.selectedPath = 'notes/todo.txt'
    await refresh()
    await buttons().find((b) => b.text() === 'Set size')!.trigger('click')
    await w.find('[data-testid="edit-input"]').setValue('-3')
    await w.find('.dp-edit-form').trigger('submit')
    expect(w.find('.dp-edit-error').text()).toContain('whole number')
    await w.find('[data-testid="edit-input"]').setValue('2048')
    await w.find('.dp-edit-form').trigger('submit')
    expect(store.state.value.files.find((f) => f.path === 'notes/todo.txt')?.size).toBe(2048)

    await buttons().find((b) => b.text() === 'Rename')!.trigger('click')
    await w.find('[data-testid="edit-input"]').setValue('cmd/todo.txt')
    await w.find('.dp-edit-form').trigger('submit')
    await refresh()
    // `COPY . .` reads whatever is sent
    expect(stateOf(w, 'cmd/todo.txt')).toBe('read')

    store.ui.selectedPath = 'cmd/todo.txt'
    await refresh()
    await w.find('[data-action="delete"]').trigger('click')
    expect(store.state.value.files.some((f) => f.path === 'cmd/todo.txt')).toBe(false)
    w.unmount()
  })

  it('shows where .gitignore rules decide differently, and why', async () => {
    const { w, store, refresh } = contextPanel('gitignore-habits')
    expect(w.find('[data-testid="gitignore-diff"]').exists()).toBe(false)
    await w.find('[data-testid="gitignore-toggle"]').setValue(true)
    const marked = w.findAll('[data-testid="gitignore-diff"]').map((b) => b.element.closest('[data-path]')!.getAttribute('data-path'))
    expect(marked).toContain('logs/app.log')
    store.ui.selectedPath = 'logs/app.log'
    await refresh()
    expect(w.find('.dp-gitdiff-why').text()).toContain('any depth')
    w.unmount()
  })
})

describe('DiagnosticsPanel', () => {
  it('lists each diagnostic with its rule and line, and asks to reveal it on click', async () => {
    const ev = evaluateProject(findExample('go-tutorial')!.state)
    const w = mount(DiagnosticsPanel, { props: { diagnostics: ev.diagnostics, errors: ev.errors } })
    const items = w.findAll('[data-rule]')
    expect(items.map((i) => i.attributes('data-rule'))).toEqual(ev.diagnostics.map((d) => d.rule))
    const manifest = items.find((i) => i.attributes('data-rule') === 'BuildManifestExcluded')!
    await manifest.find('button').trigger('click')
    expect(w.emitted('reveal')).toEqual([['.dockerignore', 1]])
    expect(w.find('a[href*="docs.docker.com"]').exists()).toBe(true)
  })

  it('says so when there is nothing, and shows engine failures that have no line', () => {
    const w = mount(DiagnosticsPanel, {
      props: { diagnostics: [], errors: [{ step: 'readPaths', message: 'boom' }] },
    })
    expect(w.text()).toContain('No diagnostics')
    expect(w.find('[role="alert"]').text()).toContain('boom')
  })
})
