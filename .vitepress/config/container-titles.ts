// Custom containers (::: tip, ::: warning …) without a title of their own get a default title, and VitePress
// takes one set of defaults for the whole site. Pages outside /en/ are Chinese, so give them Chinese defaults.
import type { MarkdownOptions } from 'vitepress'

type MarkdownIt = Parameters<NonNullable<MarkdownOptions['config']>>[0]

export const zhContainerTitles: Readonly<Record<string, string>> = {
  tip: '提示',
  info: '说明',
  warning: '注意',
  danger: '警告',
  details: '详细信息',
}

/** True for pages of the English locale (paths relative to srcDir). */
export function isEnglishPage(relativePath: string): boolean {
  return relativePath === 'en' || relativePath.startsWith('en/')
}

export function localizeContainerTitles(md: MarkdownIt): void {
  for (const [kind, title] of Object.entries(zhContainerTitles)) {
    const rule = `container_${kind}_open`
    const render = md.renderer.rules[rule]
    if (!render) continue
    md.renderer.rules[rule] = (tokens, idx, options, env: { relativePath?: string }, self) => {
      const token = tokens[idx]
      if (token.nesting === 1 && token.info.trim() === kind && !isEnglishPage(env.relativePath ?? '')) {
        token.info = `${kind} ${title}`
      }
      return render(tokens, idx, options, env, self)
    }
  }
}
