// Editor colours for VitePress' light and dark modes. Each token colour is chosen to reach WCAG AA (4.5:1)
// against the editor background; test/unit/editor/themes.test.ts holds them to it.

export interface ThemeSpec {
  name: string
  base: 'vs' | 'vs-dark'
  background: string
  foreground: string
  /** the gutter's line numbers; Monaco would otherwise derive the active and dimmed ones itself */
  lineNumbers: {
    normal: string
    /** the line holding the cursor */
    active: string
    /** the empty line after a final newline, which Monaco draws at 40% opacity unless told a colour */
    dimmed: string
  }
  /** token → foreground colour, '#rrggbb' */
  tokens: Record<string, string>
  /** fill of lines highlighted by `highlightLines` and of the revealed line */
  highlight: string
}

export const LIGHT_THEME: ThemeSpec = {
  name: 'docker-guide-light',
  base: 'vs',
  // VitePress' --vp-c-bg-alt, so the editor reads like the site's code blocks
  background: '#f6f6f7',
  foreground: '#1f2328',
  lineNumbers: { normal: '#5c6370', active: '#1f2328', dimmed: '#6b7079' },
  tokens: {
    comment: '#5e6b5e',
    keyword: '#0b4fbf',
    variable: '#8a1f8a',
    string: '#1a6b26',
    'string.escape': '#8a4b00',
    'string.heredoc': '#1a6b26',
    'attribute.name': '#9a3412',
    'attribute.value': '#0b4fbf',
    delimiter: '#1f2328',
    metatag: '#7c3aed',
    operator: '#b3261e',
    regexp: '#8a4b00',
  },
  highlight: '#fff1b8',
}

export const DARK_THEME: ThemeSpec = {
  name: 'docker-guide-dark',
  base: 'vs-dark',
  background: '#161618',
  foreground: '#dfdfd6',
  lineNumbers: { normal: '#8b8f98', active: '#dfdfd6', dimmed: '#7e828b' },
  tokens: {
    comment: '#8fa08f',
    keyword: '#6cb6ff',
    variable: '#e3a6f5',
    string: '#9ad48a',
    'string.escape': '#f0b46c',
    'string.heredoc': '#9ad48a',
    'attribute.name': '#f5a97f',
    'attribute.value': '#6cb6ff',
    delimiter: '#dfdfd6',
    metatag: '#c4a7ff',
    operator: '#ff8f87',
    regexp: '#f0b46c',
  },
  highlight: '#3a3210',
}

/**
 * The Monaco colours a theme sets, key → '#rrggbb'. The `*.foreground` keys are text drawn on
 * `editor.background`, so each must reach AA against it.
 */
export function themeColors(spec: ThemeSpec): Record<string, string> {
  return {
    'editor.background': spec.background,
    'editorGutter.background': spec.background,
    'editor.foreground': spec.foreground,
    'editorLineNumber.foreground': spec.lineNumbers.normal,
    'editorLineNumber.activeForeground': spec.lineNumbers.active,
    'editorLineNumber.dimmedForeground': spec.lineNumbers.dimmed,
  }
}

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG 2 relative luminance of '#rrggbb'. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2)
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
