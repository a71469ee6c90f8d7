// The playground's state and its edits. One store per <DockerPlayground>, so several on a page stay
// independent. The state is plain data (PlaygroundState); every view derives from it.
import { reactive, shallowRef, type DeepReadonly, type ShallowRef } from 'vue'
import type { PlaygroundState, ProjectFile } from '../src/share/state.ts'
import { addFile, addFolder, removeEntry, renameEntry, setContent, setSize, type EditResult, type EditError } from '../src/project/edit.ts'
import { pickIgnoreFile } from '../src/project/files.ts'

/** Where the current files came from: an imported folder is shared only when the reader asks. */
export type ProjectOrigin = { kind: 'example'; id: string } | { kind: 'folder'; name: string } | { kind: 'custom' }

export interface PlaygroundStore {
  /** the state, replaced as a whole on every edit (cheap to diff, easy to persist) */
  state: ShallowRef<PlaygroundState>
  origin: ShallowRef<ProjectOrigin>
  ui: { selectedPath: string | null; cursorLine: number | null }
  getState(): PlaygroundState
  setState(next: PlaygroundState, origin?: ProjectOrigin): void
  setText(path: string, content: string): void
  setTarget(target: string | undefined): void
  setBuildArgs(args: Record<string, string>): void
  addFile(path: string, size?: number): EditError | null
  addFolder(path: string): EditError | null
  remove(path: string): EditError | null
  rename(from: string, to: string): EditError | null
  setSize(path: string, size: number): EditError | null
  /** the ignore file BuildKit would use for the current Dockerfile, or where a new one would go */
  ignorePath(): string
}

export function cloneState(s: PlaygroundState | DeepReadonly<PlaygroundState>): PlaygroundState {
  const out: PlaygroundState = {
    files: s.files.map((f) => ({ ...f }) as ProjectFile),
    dockerfile: s.dockerfile,
    buildArgs: { ...s.buildArgs },
  }
  if (s.target !== undefined) out.target = s.target
  if (s.platform !== undefined) out.platform = s.platform
  return out
}

export function createStore(initial: PlaygroundState, origin: ProjectOrigin): PlaygroundStore {
  const state = shallowRef<PlaygroundState>(cloneState(initial))
  const originRef = shallowRef<ProjectOrigin>(origin)
  const ui = reactive({ selectedPath: null as string | null, cursorLine: null as number | null })

  function update(patch: Partial<PlaygroundState>): void {
    state.value = { ...state.value, ...patch }
  }
  function applyEdit(r: EditResult): EditError | null {
    if (!r.ok) return r.error
    update({ files: r.files })
    if (originRef.value.kind === 'example') originRef.value = { kind: 'custom' }
    return null
  }

  return {
    state,
    origin: originRef,
    ui,
    getState: () => cloneState(state.value),
    setState(next, o = { kind: 'custom' }) {
      state.value = cloneState(next)
      originRef.value = o
      ui.selectedPath = null
    },
    setText(path, content) {
      update({ files: setContent(state.value.files, path, content) })
    },
    setTarget(target) {
      const next = { ...state.value }
      if (target === undefined || target === '') delete next.target
      else next.target = target
      state.value = next
    },
    setBuildArgs(args) {
      update({ buildArgs: { ...args } })
    },
    addFile: (path, size) => applyEdit(addFile(state.value.files, path, size === undefined ? {} : { size })),
    addFolder: (path) => applyEdit(addFolder(state.value.files, path)),
    remove: (path) => applyEdit(removeEntry(state.value.files, path)),
    rename: (from, to) => applyEdit(renameEntry(state.value.files, from, to)),
    setSize: (path, size) => applyEdit(setSize(state.value.files, path, size)),
    ignorePath: () => pickIgnoreFile(state.value.files, state.value.dockerfile) ?? '.dockerignore',
  }
}
