import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import { registerPlayground } from '../../playground/index.ts'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    registerPlayground(app)
  },
} satisfies Theme
