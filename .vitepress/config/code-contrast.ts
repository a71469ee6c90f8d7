// GitHub's Shiki themes were drawn for a white editor. On VitePress's code-block backgrounds some of
// their colours fall below WCAG AA's 4.5:1: comments (#6A737D) in both modes, 4.5:1 on the light
// background (#f6f6f7) and 3.7:1 on the dark one (#161618), and in light mode the keyword red, the
// variable orange and the string green, worse still on highlighted lines (#e7e9ec). Readers of this
// guide read those comments and keywords, so the colours are swapped for the darker (or, in dark
// mode, lighter) shades GitHub's own newer themes use, which keep the look and pass AA on plain and
// highlighted lines alike. Ratios below: on the plain / the highlighted background.
import type { MarkdownOptions } from 'vitepress'

type ShikiTransformer = NonNullable<MarkdownOptions['codeTransformers']>[number]

/** Per theme variable (`--shiki-light`, `--shiki-dark`): a colour Shiki emits → its AA replacement. */
export const CONTRAST_REPLACEMENTS: Record<string, Record<string, string>> = {
  light: {
    '#6a737d': '#57606a', // comments: 4.46 / 3.96 → 5.92 / 5.25
    '#d73a49': '#b31d28', // keywords (FROM, RUN…): 4.24 / 3.76 → 6.23 / 5.53
    '#e36209': '#953800', // variables, parameters: 3.23 / 2.87 → 6.84 / 6.07
    '#22863a': '#116329', // tags, inserted text: 4.28 / 3.80 → 6.85 / 6.08
  },
  dark: {
    '#6a737d': '#8b949e', // comments: 3.75 / 3.22 → 5.88 / 5.04
  },
}

/** Rewrites `--shiki-<variant>:<colour>` declarations in a token's inline style. */
export function raiseContrast(style: string): string {
  return style.replace(/--shiki-(light|dark):\s*(#[0-9a-f]{3,8})/gi, (declaration, variant: string, colour: string) => {
    const replacement = CONTRAST_REPLACEMENTS[variant.toLowerCase()]?.[colour.toLowerCase()]
    return replacement ? `--shiki-${variant}:${replacement}` : declaration
  })
}

export const codeContrast: ShikiTransformer = {
  name: 'docker-guide:code-contrast',
  span(node) {
    const style = node.properties.style
    if (typeof style === 'string') node.properties.style = raiseContrast(style)
  },
}
