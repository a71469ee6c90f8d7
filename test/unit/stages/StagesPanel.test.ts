// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ref, type Component } from 'vue'
import { loadSfc } from './load-sfc.ts'
import { multiStage, unnamed } from './fixtures.ts'

vi.mock('vitepress', () => ({ useData: () => ({ lang: ref('en-US'), isDark: ref(false) }) }))

let StagesPanel: Component
beforeAll(async () => {
  StagesPanel = await loadSfc('playground/stages/StagesPanel.vue')
})

const globalArgs = [
  { name: 'GO_VERSION', defaultValue: '1.22' },
  { name: 'BASE', defaultValue: null },
]

function mountPanel(props: Record<string, unknown> = {}) {
  return mount(StagesPanel, {
    props: { analysis: multiStage, target: undefined, buildArgs: {}, globalArgs, activeStage: null, ...props },
    attachTo: document.body,
  })
}

describe('StagesPanel', () => {
  it('has the test hooks: root, one node per stage with its index and built state', () => {
    const w = mountPanel()
    expect(w.attributes('data-testid')).toBe('stage-graph')
    const nodes = w.findAll('svg [data-stage-index]')
    expect(nodes.map((n) => [n.attributes('data-stage-index'), n.attributes('data-built')])).toEqual([
      ['0', 'true'], ['1', 'false'], ['2', 'true'],
    ])
    expect(w.find('[data-target="true"]').attributes('data-stage-index')).toBe('2')
    w.unmount()
  })

  it('draws external images as their own nodes and edges by kind', () => {
    const w = mountPanel()
    expect(w.findAll('[data-image]').map((n) => n.attributes('data-image'))).toEqual(['golang:1.22', 'alpine:3.20', 'busybox:1.36'])
    expect(w.findAll('[data-edge-kind]').map((e) => e.attributes('data-edge-kind'))).toEqual(['from', 'from', 'from', 'copy', 'copy'])
    expect(w.findAll('[data-legend-kind]').map((e) => e.attributes('data-legend-kind'))).toEqual(['from', 'copy'])
    w.unmount()
  })

  it('emits select on click, Enter and Space', async () => {
    const w = mountPanel()
    await w.find('[data-stage-index="1"]').trigger('click')
    await w.find('[data-stage-index="0"]').trigger('keydown', { key: 'Enter' })
    await w.find('[data-stage-index="2"]').trigger('keydown', { key: ' ' })
    expect(w.emitted('select')!.map(([s]) => (s as { index: number }).index)).toEqual([1, 0, 2])
    w.unmount()
  })

  it('makes stage nodes keyboard-focusable with a spoken label', () => {
    const w = mountPanel()
    const node = w.find('[data-stage-index="1"]')
    expect(node.attributes('tabindex')).toBe('0')
    expect(node.attributes('role')).toBe('button')
    expect(node.attributes('aria-label')).toBe('test build, skipped')
    const description = document.getElementById(node.attributes('aria-describedby')!)
    expect(description?.textContent).toBe('Stage test, based on build, line 3, skipped')
    w.unmount()
  })

  // WCAG 2.5.3 (axe's label-content-name-mismatch): the accessible name starts with the words the node
  // shows, in the same order, so a reader can name what they see.
  const longName = 'a-stage-name-far-too-long-for-its-box'
  const longBase = 'registry.example.com/team/some-base-image:2024.11.3'
  it.each([
    ['a built, targeted stage', multiStage, 2, 'prod alpine:3.20, built, target'],
    ['a skipped stage', multiStage, 1, 'test build, skipped'],
    ['a clipped name and base', { ...multiStage, stages: multiStage.stages.map((s) => (s.index === 0 ? { ...s, name: longName, base: longBase } : s)) }, 0, null],
  ])('names %s by its visible text first', (_case, analysis, index, expected) => {
    const w = mountPanel({ analysis })
    const node = w.find(`[data-stage-index="${index}"]`)
    const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    // the node's own text as one string, as axe reads it: the drawn lines, without <title> and <desc>
    const copy = node.element.cloneNode(true) as Element
    copy.querySelectorAll('title, desc').forEach((e) => e.remove())
    const visible = words(copy.textContent ?? '')
    const name = node.attributes('aria-label')!
    expect(visible.length).toBeGreaterThan(0)
    expect(words(name).slice(0, visible.length)).toEqual(visible)
    if (expected !== null) expect(name).toBe(expected)
    else expect(document.getElementById(node.attributes('aria-describedby')!)?.textContent).toContain(longBase)
    w.unmount()
  })

  it('highlights the active stage', () => {
    const w = mountPanel({ activeStage: 0 })
    expect(w.findAll('[data-active="true"]').map((n) => n.attributes('data-stage-index'))).toEqual(['0'])
    w.unmount()
  })

  it('offers the default (last stage) and every named stage as targets, and emits the choice', async () => {
    const w = mountPanel()
    const select = w.find('[data-testid="target-select"]')
    expect(select.findAll('option').map((o) => [o.attributes('value'), o.text()])).toEqual([
      ['', 'Last stage (default) — prod'], ['build', 'build'], ['test', 'test'], ['prod', 'prod'],
    ])
    await select.setValue('test')
    await select.setValue('')
    expect(w.emitted('update:target')).toEqual([['test'], [undefined]])
    w.unmount()
  })

  it('shows the chosen target as selected', () => {
    const w = mountPanel({ target: 'build' })
    expect((w.find('[data-testid="target-select"]').element as HTMLSelectElement).value).toBe('build')
    w.unmount()
  })

  it('offers only the default target when no stage has a name', () => {
    const w = mountPanel({ analysis: unnamed })
    expect(w.findAll('[data-testid="target-select"] option').map((o) => o.text())).toEqual(['Last stage (default) — #1'])
    w.unmount()
  })

  it('has one input per global ARG with its default as placeholder, and emits the new build args', async () => {
    const w = mountPanel({ buildArgs: { BASE: 'debian' } })
    const inputs = w.findAll('input[data-arg]')
    expect(inputs.map((i) => [i.attributes('data-arg'), i.attributes('placeholder'), (i.element as HTMLInputElement).value])).toEqual([
      ['GO_VERSION', '1.22', ''], ['BASE', 'no default', 'debian'],
    ])
    await inputs[0].setValue('1.23')
    await inputs[1].setValue('')
    expect(w.emitted('update:buildArgs')).toEqual([[{ BASE: 'debian', GO_VERSION: '1.23' }], [{}]])
    w.unmount()
  })

  it('lists every stage as text: base, dependencies, built or not', () => {
    const w = mountPanel()
    const items = w.findAll('[data-testid="stage-list"] li').map((li) => li.text())
    expect(items).toEqual([
      'Stage build (line 1): based on image golang:1.22; depends on no other stage; built for the target.',
      'Stage test (line 3): based on stage build; depends on no other stage; not built (the target does not need it).',
      'Stage prod (line 5): based on image alpine:3.20; depends on: build (COPY --from, line 6); busybox:1.36 (COPY --from, line 7); build (COPY --from, line 8); built for the target; this is the target.',
    ])
    w.unmount()
  })

  it('shows a message and no graph without an analysis', () => {
    const w = mountPanel({ analysis: null })
    expect(w.find('svg.stages-svg').exists()).toBe(false)
    expect(w.text()).toContain('No stages to show yet.')
    w.unmount()
  })
})
