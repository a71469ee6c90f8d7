import { describe, expect, it } from 'vitest'
import { DARK_THEME, LIGHT_THEME, contrastRatio } from '../../../playground/editor/themes.ts'

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

  it('text and line numbers reach AA on the background', () => {
    expect(contrastRatio(theme.foreground, theme.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(theme.lineNumber, theme.background)).toBeGreaterThanOrEqual(4.5)
  })

  it('text on highlighted lines still reaches AA', () => {
    for (const color of [theme.foreground, ...Object.values(theme.tokens)]) {
      expect(contrastRatio(color, theme.highlight), color).toBeGreaterThanOrEqual(4.5)
    }
  })
})
