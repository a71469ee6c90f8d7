import { describe, expect, it } from 'vitest'
import { DARK_THEME, LIGHT_THEME, contrastRatio, themeColors } from '../../../playground/editor/themes.ts'

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1)
  })
})

describe.each([LIGHT_THEME, DARK_THEME])('$name', (theme) => {
  it.each(Object.entries(theme.tokens))('token %s reaches WCAG AA (4.5:1) on the background', (_token, color) => {
    expect(contrastRatio(color, theme.background)).toBeGreaterThanOrEqual(4.5)
  })

  it('sets every line-number colour, so Monaco derives none (it dims the last line to 40% opacity)', () => {
    expect(Object.keys(themeColors(theme))).toEqual(expect.arrayContaining([
      'editorLineNumber.foreground',
      'editorLineNumber.activeForeground',
      'editorLineNumber.dimmedForeground',
    ]))
  })

  it.each(Object.entries(themeColors(theme)).filter(([key]) => /[fF]oreground$/.test(key)))(
    'editor colour %s reaches AA on the background',
    (_key, color) => {
      expect(color).toMatch(/^#[0-9a-f]{6}$/i)
      expect(contrastRatio(color, theme.background)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('the editor and its gutter share the background the colours are measured against', () => {
    expect(themeColors(theme)['editor.background']).toBe(theme.background)
    expect(themeColors(theme)['editorGutter.background']).toBe(theme.background)
  })

  it('text on highlighted lines still reaches AA', () => {
    for (const color of [theme.foreground, ...Object.values(theme.tokens)]) {
      expect(contrastRatio(color, theme.highlight), color).toBeGreaterThanOrEqual(4.5)
    }
  })
})
