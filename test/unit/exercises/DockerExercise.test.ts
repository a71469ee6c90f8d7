// @vitest-environment happy-dom
// <DockerExercise>: loads its exercise after hydration, passes the start state to the playground, checks
// every state the playground reports, shows the hint and the solution, and remembers a solved exercise.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createSSRApp, defineComponent, h, ref, type Component, type PropType } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { loadSfc } from '../playground/sfc.ts'
import { findExercise } from '../../../src/exercises/index.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'

vi.mock('vitepress', () => ({ useData: () => ({ lang: ref('en-US'), isDark: ref(false) }), withBase: (p: string) => p }))

let DockerExercise: Component
beforeAll(async () => {
  DockerExercise = await loadSfc('playground/exercises/DockerExercise.vue')
})
beforeEach(() => localStorage.clear())

/** What the exercise handed to the playground, per mounted playground instance. */
interface Received {
  initialState: PlaygroundState | undefined
  persistKey: string | undefined
  panels: string | undefined
  setStates: PlaygroundState[]
  emitChange(s: PlaygroundState): void
}
const received: Received[] = []

function playgroundStub(withSetState: boolean): Component {
  return defineComponent({
    props: {
      initialState: Object as PropType<PlaygroundState>,
      persistKey: String,
      panels: String,
    },
    emits: ['change'],
    setup(props, { emit, expose }) {
      const r: Received = {
        initialState: props.initialState,
        persistKey: props.persistKey,
        panels: props.panels,
        setStates: [],
        emitChange: (s) => emit('change', s),
      }
      received.push(r)
      if (withSetState) {
        expose({
          setState: (s: PlaygroundState) => {
            r.setStates.push(s)
            emit('change', s)
          },
        })
      } else expose({})
      return () => h('div', { 'data-testid': 'playground-stub' })
    },
  })
}

async function mountExercise(id: string, withSetState = true) {
  received.length = 0
  const wrapper = mount(DockerExercise, { props: { id }, global: { components: { DockerPlayground: playgroundStub(withSetState) } } })
  await flushPromises()
  await vi.dynamicImportSettled()
  await flushPromises()
  return wrapper
}

const exercise = findExercise('ch02-small-context')!

describe('<DockerExercise>', () => {
  it('says so when the id names no exercise', async () => {
    const w = await mountExercise('no-such-exercise')
    expect(w.find('[role="alert"]').text()).toContain('no-such-exercise')
    expect(w.find('[data-testid="playground-stub"]').exists()).toBe(false)
  })

  it('hands the start state, a persist key and its panels to the playground, and lists what is wrong', async () => {
    const w = await mountExercise('ch02-small-context')
    expect(received).toHaveLength(1)
    expect(received[0]!.initialState).toEqual(exercise.start)
    expect(received[0]!.persistKey).toBe('exercise:ch02-small-context')
    expect(received[0]!.panels).toBe('dockerignore,context')
    expect(w.find('[data-testid="exercise-task"] code').text()).toBe('.dockerignore')
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('false')
    expect(w.find('[data-testid="exercise-problems"]').text()).toMatch(/The context is still [\d.]+ MB; it must be under 1 MB\./)
    expect(w.find('[data-testid="exercise-solved"]').exists()).toBe(false)
  })

  it('checks each state the playground reports, and remembers the success', async () => {
    const w = await mountExercise('ch02-small-context')
    received[0]!.emitChange(exercise.solution)
    await flushPromises()
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('true')
    expect(w.find('[data-testid="exercise-solved"]').exists()).toBe(true)
    expect(localStorage.getItem('docker-guide:exercise-solved:ch02-small-context')).toBe('1')
    // going back to a failing state keeps the ✓ (it was solved once) but shows the problems again
    received[0]!.emitChange(exercise.start)
    await flushPromises()
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('false')
    expect(w.find('[data-testid="exercise-solved"]').exists()).toBe(true)
  })

  it('shows the hint on demand', async () => {
    const w = await mountExercise('ch02-small-context')
    expect(w.find('[data-testid="exercise-hint"]').exists()).toBe(false)
    await w.find('[data-testid="exercise-hint-button"]').trigger('click')
    expect(w.find('[data-testid="exercise-hint"]').text()).toContain('node_modules')
  })

  it('"show solution" puts the solution into the playground through setState', async () => {
    const w = await mountExercise('ch02-small-context')
    await w.find('[data-testid="exercise-solution-button"]').trigger('click')
    await flushPromises()
    expect(received[0]!.setStates).toEqual([exercise.solution])
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('true')
    await w.find('[data-testid="exercise-reset-button"]').trigger('click')
    await flushPromises()
    expect(received[0]!.setStates).toEqual([exercise.solution, exercise.start])
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('false')
  })

  it('remounts a playground that cannot take a state, starting from the solution', async () => {
    const w = await mountExercise('ch02-small-context', false)
    await w.find('[data-testid="exercise-solution-button"]').trigger('click')
    await flushPromises()
    expect(received).toHaveLength(2)
    expect(received[1]!.initialState).toEqual(exercise.solution)
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('true')
  })

  it('shows an exercise solved on an earlier visit as solved', async () => {
    localStorage.setItem('docker-guide:exercise-solved:ch02-small-context', '1')
    const w = await mountExercise('ch02-small-context')
    expect(w.find('[data-testid="exercise"]').attributes('data-solved')).toBe('true')
    expect(w.find('[data-testid="exercise-status"]').attributes('data-passed')).toBe('false')
  })

  it('renders a loading shell on the server: the exercise and its progress load only once mounted', async () => {
    const app = createSSRApp({ render: () => h(DockerExercise, { id: 'ch02-small-context' }) })
    app.component('DockerPlayground', playgroundStub(true))
    const html = await renderToString(app)
    expect(html).toContain('data-testid="exercise"')
    expect(html).toContain('data-loaded="false"')
    expect(html).not.toContain('playground-stub')
  })
})
