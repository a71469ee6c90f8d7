import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vitepress'
import { playgroundVitePlugins, playgroundViteConfig } from '../playground/vite-plugins.ts'
import { codeContrast } from './config/code-contrast.ts'
import { localizeContainerTitles } from './config/container-titles.ts'
import { dockerignoreGrammar } from './config/dockerignore-grammar.ts'
import { en } from './config/en.ts'
import { fixFrontmatter } from './config/page-links.ts'
import { REPO_URL } from './config/repo.ts'
import { search } from './config/search.ts'
import { zh } from './config/zh.ts'

export default defineConfig({
  srcDir: 'docs',
  // The tutorial's links (e.g. /docker/01-docker-inspect.html) must keep working.
  cleanUrls: false,
  lastUpdated: true,
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/logo.svg' }],
    ['meta', { name: 'theme-color', content: '#1d63ed' }],
  ],
  locales: { root: zh, en },
  markdown: {
    languages: [dockerignoreGrammar],
    theme: { light: 'github-light', dark: 'github-dark' },
    codeTransformers: [codeContrast],
    config: localizeContainerTitles,
  },
  themeConfig: {
    logo: { src: '/logo.svg', alt: '' },
    socialLinks: [{ icon: 'github', link: REPO_URL }],
    search,
  },
  transformPageData(pageData, { siteConfig }) {
    pageData.frontmatter = fixFrontmatter({
      frontmatter: pageData.frontmatter,
      relativePath: pageData.relativePath,
      pages: siteConfig.pages,
      read: (page) => readFileSync(join(siteConfig.srcDir, page), 'utf8'),
    })
  },
  vite: {
    plugins: playgroundVitePlugins(),
    ...playgroundViteConfig(),
  },
})
