// Vite plugins the playground needs in the site build and dev server (Monaco CSS, dockerfile-ast's Buffer use).
// Owned by the playground work; .vitepress/config.ts includes these.
import type { PluginOption, UserConfig } from 'vite'

export function playgroundVitePlugins(): PluginOption[] {
  return []
}

/** Extra Vite settings (optimizeDeps, worker format) merged into the site's config. */
export function playgroundViteConfig(): Partial<UserConfig> {
  return {}
}
