// Where the state lives besides memory: localStorage (autosave) and, on the playground page, the URL
// (`#v1…` share hash, `?example=<id>`). The hash is rewritten with history.replaceState, so typing adds
// no history entries; a folder the reader opened stays out of the URL until they ask to share it.
import { onBeforeUnmount, watch } from 'vue'
import { decodeState, encodeState, isShareHash, type ShareErrorKind } from '../../src/share/codec.ts'
import { findExample } from '../../src/examples/index.ts'
import type { PlaygroundStore } from '../store.ts'

export type Notice =
  | { kind: 'bad-link'; reason: ShareErrorKind }
  | { kind: 'unknown-example'; id: string }
  | { kind: 'storage-full' }

export interface PersistenceOptions {
  full: boolean
  /** localStorage key suffix; embedded playgrounds autosave only when given one */
  persistKey?: string
  onNotice(notice: Notice): void
}

const STORAGE_PREFIX = 'docker-playground:'
/** Trees larger than this are not autosaved in full: encoding them on every pause would stall typing. */
const AUTOSAVE_MAX_FILES = 20_000

export function storageKey(options: Pick<PersistenceOptions, 'full' | 'persistKey'>): string | null {
  if (options.persistKey) return STORAGE_PREFIX + options.persistKey
  return options.full ? STORAGE_PREFIX + 'page' : null
}

export function readSaved(key: string | null): ReturnType<typeof decodeState> | null {
  if (!key) return null
  try {
    const saved = localStorage.getItem(key)
    return saved ? decodeState(saved) : null
  } catch {
    return null
  }
}

export interface Persistence {
  /** Restore and start saving. Call from onMounted: the server has no URL hash, and hydration must match. */
  start(): void
  /** A link to `pagePath` (default: this page) carrying the state; an imported folder's tree only if asked. */
  shareURL(includeFolder: boolean, pagePath?: string): string
  clearSaved(): void
}

export function usePersistence(store: PlaygroundStore, options: PersistenceOptions): Persistence {
  const key = storageKey(options)
  let started = false

  function restoreSaved(): boolean {
    const saved = readSaved(key)
    if (saved?.ok) {
      store.setState(saved.state, { kind: 'custom' })
      return true
    }
    return false
  }

  function applyHash(hash: string): void {
    const r = decodeState(hash)
    if (r.ok) store.setState(r.state, { kind: 'custom' })
    else {
      options.onNotice({ kind: 'bad-link', reason: r.error.kind })
      restoreSaved()
    }
  }

  function restore(): void {
  if (options.full) {
    const hash = location.hash
    const exampleId = new URLSearchParams(location.search).get('example')
    if (isShareHash(hash)) applyHash(hash)
    else if (exampleId) {
      const ex = findExample(exampleId)
      if (ex) store.setState(ex.state, { kind: 'example', id: ex.id })
      else {
        options.onNotice({ kind: 'unknown-example', id: exampleId })
        restoreSaved()
      }
    } else restoreSaved()
  } else if (key) restoreSaved()
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined
  let hashTimer: ReturnType<typeof setTimeout> | undefined
  let lastHash = ''

  function save(): void {
    saveTimer = undefined
    if (!key) return
    const s = store.state.value
    const toSave = s.files.length > AUTOSAVE_MAX_FILES ? { ...s, files: s.files.filter((f) => f.content !== undefined) } : s
    try {
      localStorage.setItem(key, encodeState(toSave))
    } catch {
      options.onNotice({ kind: 'storage-full' })
    }
  }

  function writeHash(): void {
    if (store.origin.value.kind === 'folder') return
    const hash = encodeState(store.state.value)
    if (hash === lastHash) return
    lastHash = hash
    // drop ?example=: the hash now says everything, and a stale example id would only confuse
    history.replaceState(history.state, '', location.pathname + hash)
  }

  let stop: (() => void) | null = null

  function onHashChange(): void {
    if (location.hash !== lastHash && isShareHash(location.hash)) applyHash(location.hash)
  }
  // a reload or a closed tab within the debounce still keeps the last keystrokes
  function flush(): void {
    if (saveTimer !== undefined) save()
  }

  onBeforeUnmount(() => {
    if (!started) return
    stop?.()
    flush()
    clearTimeout(saveTimer)
    clearTimeout(hashTimer)
    window.removeEventListener('hashchange', onHashChange)
    window.removeEventListener('pagehide', flush)
  })

  return {
    start(): void {
      if (started) return
      started = true
      restore()
      stop = watch(store.state, () => {
        clearTimeout(saveTimer)
        saveTimer = setTimeout(save, 400)
        if (options.full) {
          clearTimeout(hashTimer)
          hashTimer = setTimeout(writeHash, 250)
        }
      })
      if (options.full) window.addEventListener('hashchange', onHashChange)
      window.addEventListener('pagehide', flush)
    },
    shareURL(includeFolder: boolean, pagePath?: string): string {
      const s = store.state.value
      const state = store.origin.value.kind === 'folder' && !includeFolder ? { ...s, files: s.files.filter((f) => f.content !== undefined) } : s
      const hash = encodeState(state)
      if (pagePath === undefined && options.full && store.origin.value.kind !== 'folder') {
        lastHash = hash
        history.replaceState(history.state, '', location.pathname + hash)
      }
      return location.origin + (pagePath ?? location.pathname) + hash
    },
    clearSaved(): void {
      if (key) localStorage.removeItem(key)
    },
  }
}
