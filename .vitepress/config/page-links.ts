// VuePress-style front matter that VitePress would otherwise misread: a string `prev:`/`next:` is taken as
// link *text* with no link, and `sidebar: auto` is ignored. The tutorial pages use both, so they are
// rewritten here at build time, and a link to a page that does not exist fails the build (VitePress does
// not dead-link-check front matter).
import { posix } from 'node:path'

export interface FooterLink { text: string; link: string }

/** The source file (relative to srcDir, e.g. `docker/01-docker-inspect.md`) a site link points to, plus its hash. */
export function resolvePageLink(link: string, fromPage: string): { page: string; hash: string } {
  const hashAt = link.indexOf('#')
  const hash = hashAt >= 0 ? link.slice(hashAt) : ''
  let path = (hashAt >= 0 ? link.slice(0, hashAt) : link).split('?')[0]
  path = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromPage), path)
  path = posix.normalize(path)
  if (path === '.' || path === '' || path.endsWith('/')) path = `${path === '.' ? '' : path}index.md`
  else if (path.endsWith('.html')) path = `${path.slice(0, -'.html'.length)}.md`
  else if (!path.endsWith('.md')) path = `${path}.md`
  return { page: path, hash }
}

/** The URL VitePress serves a source page at (with `cleanUrls: false`). */
export function pageUrl(page: string, hash = ''): string {
  const url = page.endsWith('index.md') ? page.slice(0, -'index.md'.length) : page.replace(/\.md$/, '.html')
  return `/${url}${hash}`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * A page's title as the footer shows it: front matter `title:`, else the first `# ` heading outside code
 * fences. The footer renders it as HTML, so inline code keeps its look and everything else is escaped.
 */
export function pageTitle(markdown: string): string | null {
  let body = markdown
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown)
  if (fm) {
    const title = /^title:\s*(.+?)\s*$/m.exec(fm[1])
    if (title) return escapeHtml(title[1].replace(/^(['"])(.*)\1$/, '$2'))
    body = markdown.slice(fm[0].length)
  }
  let fence: string | null = null
  for (const line of body.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)
    if (marker) {
      if (fence === null) fence = marker[1][0]
      else if (marker[1][0] === fence) fence = null
      continue
    }
    if (fence !== null) continue
    const h1 = /^#\s+(.+?)\s*#*\s*$/.exec(line)
    if (h1) {
      const text = h1[1].replace(/\s*\{#[^}]*\}$/, '')
      return text
        .split(/(`[^`]+`)/)
        .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
        .join('')
    }
  }
  return null
}

export interface FrontmatterFixInput {
  frontmatter: Record<string, unknown>
  relativePath: string
  /** Every source page of the site, relative to srcDir. */
  pages: readonly string[]
  /** Reads a source page (relative to srcDir). */
  read: (page: string) => string
}

/**
 * Returns the front matter with string `prev`/`next` turned into `{ text, link }` and `sidebar: auto` into an
 * on-page outline. Throws when a `prev`/`next` link names a page the site does not have.
 */
export function fixFrontmatter({ frontmatter, relativePath, pages, read }: FrontmatterFixInput): Record<string, unknown> {
  const out: Record<string, unknown> = { ...frontmatter }
  for (const key of ['prev', 'next'] as const) {
    const value = out[key]
    const link = typeof value === 'string' ? value : isFooterLink(value) ? value.link : null
    if (link === null || /^[a-z][a-z0-9+.-]*:/i.test(link)) continue
    const { page, hash } = resolvePageLink(link, relativePath)
    if (!pages.includes(page)) {
      throw new Error(`${relativePath}: front matter "${key}: ${link}" points to ${page}, which does not exist`)
    }
    const text = isFooterLink(value) ? value.text : pageTitle(read(page)) ?? page
    out[key] = { text, link: pageUrl(page, hash) }
  }
  if (out.sidebar === 'auto') {
    delete out.sidebar
    if (out.outline === undefined) out.outline = 'deep'
  }
  return out
}

function isFooterLink(value: unknown): value is FooterLink {
  return typeof value === 'object' && value !== null && typeof (value as FooterLink).link === 'string'
    && typeof (value as FooterLink).text === 'string'
}
