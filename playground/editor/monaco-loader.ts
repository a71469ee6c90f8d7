// One Monaco per page: every editor waits on the same promise, so the chunk is fetched and set up once.
import type { MonacoApi } from './monaco-setup.ts'

export interface LoadedMonaco {
  monaco: MonacoApi
  setDocsLocale: (locale: 'zh' | 'en') => void
  /** whether Tab moves focus out of the editors (shared by every editor on the page) */
  tabFocus: { get(): boolean; onChange(listener: (on: boolean) => void): { dispose(): void } }
}

let loading: Promise<LoadedMonaco> | null = null

export function loadMonaco(): Promise<LoadedMonaco> {
  if (!loading) {
    loading = import('./monaco-setup.ts').then((m) => ({
      monaco: m.setupMonaco(),
      setDocsLocale: m.setDocsLocale,
      tabFocus: { get: () => m.TabFocus.getTabFocusMode(), onChange: (l) => m.TabFocus.onDidChangeTabFocus(l) },
    }))
    // A failed load (offline, blocked chunk) may succeed later, e.g. on the next editor that mounts.
    loading.catch(() => { loading = null })
  }
  return loading
}
