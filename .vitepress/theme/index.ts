import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import { registerPlayground } from '../../playground/index.ts'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    registerPlayground(app)
  },
} satisfies Theme
