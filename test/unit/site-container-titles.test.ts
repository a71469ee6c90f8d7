import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from 'vitepress'
import { localizeContainerTitles } from '../../.vitepress/config/container-titles.ts'

describe('custom container titles', async () => {
  const md = await createMarkdownRenderer('docs', { config: localizeContainerTitles })
  const title = (source: string, relativePath: string): string | undefined =>
    /custom-block-title">([^<]*)</.exec(md.render(source, { relativePath }))?.[1]

  it.each([
    ['::: tip\nx\n:::\n', 'docker/00-docker-build.md', '提示'],
    ['::: warning\nx\n:::\n', 'index.md', '注意'],
    ['::: danger\nx\n:::\n', 'reference/dockerignore-checks.md', '警告'],
    ['::: info\nx\n:::\n', 'docker/01-docker-inspect.md', '说明'],
    ['::: tip\nx\n:::\n', 'en/docker/00-docker-build.md', 'TIP'],
    ['::: warning\nx\n:::\n', 'en/index.md', 'WARNING'],
    ['::: tip 自己的标题\nx\n:::\n', 'docker/00-docker-build.md', '自己的标题'],
    ['::: tip Own title\nx\n:::\n', 'en/docker/00-docker-build.md', 'Own title'],
  ])('%j on %s → %s', (source, page, expected) => {
    expect(title(source, page)).toBe(expected)
  })
})
