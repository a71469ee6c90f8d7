// English, under /en/: the same pages at the same paths below the locale prefix.
import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import { EDIT_LINK_PATTERN } from './repo.ts'

export function guideSidebarEn(): DefaultTheme.SidebarItem[] {
  return [
    {
      text: 'Guide',
      items: [
        { text: '00 Building an image', link: '/en/docker/00-docker-build.html' },
        { text: '01 docker inspect', link: '/en/docker/01-docker-inspect.html' },
        { text: '02 <code>.dockerignore</code> in depth', link: '/en/docker/02-dockerignore.html' },
        { text: '03 Multi-stage builds and targets', link: '/en/docker/03-multi-stage.html' },
        { text: '04 Build cache and layer order', link: '/en/docker/04-build-cache.html' },
        { text: '05 Build checks', link: '/en/docker/05-build-checks.html' },
        { text: '06 Cleaning up', link: '/en/docker/06-cleanup.html' },
      ],
    },
    {
      text: 'Reference',
      items: [
        { text: '<code>.dockerignore</code> checks', link: '/en/reference/dockerignore-checks.html' },
        { text: 'Playground', link: '/en/playground.html' },
      ],
    },
  ]
}

export const en: LocaleSpecificConfig<DefaultTheme.Config> & { label: string; lang: string; link: string } = {
  label: 'English',
  lang: 'en-US',
  link: '/en/',
  title: 'Docker Image Build Guide',
  description: 'Learn to build Docker images from a real Dockerfile: the build context, .dockerignore, multi-stage builds and the build cache, with a playground that behaves like Docker.',
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/en/docker/00-docker-build.html', activeMatch: '^/en/(docker|reference)/' },
      { text: 'Playground', link: '/en/playground.html' },
    ],
    sidebar: guideSidebarEn(),
    outline: { level: [2, 3], label: 'On this page' },
    docFooter: { prev: 'Previous page', next: 'Next page' },
    editLink: { pattern: EDIT_LINK_PATTERN, text: 'Edit this page on GitHub' },
    lastUpdated: { text: 'Last updated', formatOptions: { dateStyle: 'medium', timeStyle: 'short' } },
    darkModeSwitchLabel: 'Appearance',
    lightModeSwitchTitle: 'Switch to light theme',
    darkModeSwitchTitle: 'Switch to dark theme',
    sidebarMenuLabel: 'Menu',
    returnToTopLabel: 'Return to top',
    langMenuLabel: 'Change language',
    skipToContentLabel: 'Skip to content',
    notFound: {
      code: '404',
      title: 'Page not found',
      quote: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
      linkLabel: 'Go to the home page',
      linkText: 'Take me home',
    },
    footer: {
      message: 'Released under the MIT License. The playground reads files in your browser and never uploads them.',
    },
  },
}
