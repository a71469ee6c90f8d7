import { defineConfig } from 'vitepress'
import { playgroundVitePlugins, playgroundViteConfig } from '../playground/vite-plugins.ts'

export default defineConfig({
  srcDir: 'docs',
  cleanUrls: false,
  locales: {
    root: { label: '简体中文', lang: 'zh-CN' },
    en: { label: 'English', lang: 'en-US', link: '/en/' },
  },
  vite: {
    plugins: playgroundVitePlugins(),
    ...playgroundViteConfig(),
  },
})
