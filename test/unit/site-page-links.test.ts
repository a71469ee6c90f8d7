import { describe, expect, it } from 'vitest'
import { fixFrontmatter, pageTitle, pageUrl, resolvePageLink } from '../../.vitepress/config/page-links.ts'

describe('resolvePageLink', () => {
  it.each([
    ['/docker/01-docker-inspect.html', 'docker/00-docker-build.md', 'docker/01-docker-inspect.md', ''],
    ['/docker/01-docker-inspect', 'docker/00-docker-build.md', 'docker/01-docker-inspect.md', ''],
    ['/docker/01-docker-inspect.md#labels', 'index.md', 'docker/01-docker-inspect.md', '#labels'],
    ['./01-docker-inspect.html', 'docker/00-docker-build.md', 'docker/01-docker-inspect.md', ''],
    ['01-docker-inspect.md', 'en/docker/00-docker-build.md', 'en/docker/01-docker-inspect.md', ''],
    ['../playground.html', 'en/docker/00-docker-build.md', 'en/playground.md', ''],
    ['/', 'docker/00-docker-build.md', 'index.md', ''],
    ['/en/', 'en/docker/00-docker-build.md', 'en/index.md', ''],
  ])('%s from %s → %s%s', (link, from, page, hash) => {
    expect(resolvePageLink(link, from)).toEqual({ page, hash })
  })
})

describe('pageUrl', () => {
  it.each([
    ['docker/01-docker-inspect.md', '', '/docker/01-docker-inspect.html'],
    ['en/index.md', '', '/en/'],
    ['index.md', '#x', '/#x'],
  ])('%s%s → %s', (page, hash, url) => {
    expect(pageUrl(page, hash)).toBe(url)
  })
})

describe('pageTitle', () => {
  it.each([
    ['# Docker 构建镜像\n\ntext', 'Docker 构建镜像'],
    ['---\nprev: false\n---\n# docker inspect\n', 'docker inspect'],
    ['---\ntitle: "Inspecting images"\n---\n# Other\n', 'Inspecting images'],
    ['```sh\n# not a title\n```\n# Real title\n', 'Real title'],
    ['# 深入 `.dockerignore` {#dockerignore}\n', '深入 <code>.dockerignore</code>'],
    ['# a <b> & c\n', 'a &lt;b&gt; &amp; c'],
    ['## only a subheading\n', null],
  ])('%j → %j', (markdown, title) => {
    expect(pageTitle(markdown)).toBe(title)
  })
})

describe('fixFrontmatter', () => {
  const files: Record<string, string> = {
    'docker/00-docker-build.md': '# Docker 构建镜像\n',
    'docker/01-docker-inspect.md': '# docker inspect：查看镜像\n',
  }
  const base = { relativePath: 'docker/00-docker-build.md', pages: Object.keys(files), read: (p: string) => files[p] }

  it('turns a string next into a link titled like the target page', () => {
    const fm = fixFrontmatter({ ...base, frontmatter: { prev: false, next: '/docker/01-docker-inspect.html' } })
    expect(fm.prev).toBe(false)
    expect(fm.next).toEqual({ text: 'docker inspect：查看镜像', link: '/docker/01-docker-inspect.html' })
  })

  it('keeps the text of an object link but checks its target', () => {
    const fm = fixFrontmatter({ ...base, frontmatter: { next: { text: 'Next', link: './01-docker-inspect.md' } } })
    expect(fm.next).toEqual({ text: 'Next', link: '/docker/01-docker-inspect.html' })
  })

  it('fails on a link to a page that does not exist', () => {
    expect(() => fixFrontmatter({ ...base, frontmatter: { next: '/docker/99-missing.html' } }))
      .toThrow(/docker\/99-missing\.md/)
  })

  it('leaves external links alone', () => {
    const fm = fixFrontmatter({ ...base, frontmatter: { next: { text: 'Docs', link: 'https://docs.docker.com/' } } })
    expect(fm.next).toEqual({ text: 'Docs', link: 'https://docs.docker.com/' })
  })

  it('turns sidebar: auto into a deep outline and keeps the site sidebar', () => {
    const fm = fixFrontmatter({ ...base, frontmatter: { sidebar: 'auto' } })
    expect(fm).toEqual({ outline: 'deep' })
  })

  it('does not override an explicit outline', () => {
    expect(fixFrontmatter({ ...base, frontmatter: { sidebar: 'auto', outline: [2, 3] } }).outline).toEqual([2, 3])
  })
})
