// Components the site registers for use in Markdown. Owned by the playground work.
import type { App } from 'vue'

export function registerPlayground(_app: App): void {}
