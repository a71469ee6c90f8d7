// Local search for both locales. MiniSearch's default tokenizer splits on spaces and punctuation only, so a
// Chinese sentence would be one giant token and "上下文" would find nothing.
import type { DefaultTheme } from 'vitepress'

/**
 * Splits text into search terms: words for scripts that use spaces, overlapping two-character terms
 * (bigrams) for Chinese, Japanese and Korean, whose words are not separated. A query is tokenized the
 * same way, so "多阶段" looks for "多阶" and "阶段"; a one-character query still matches by prefix.
 *
 * VitePress serializes this function with `toString()` and rebuilds it in the browser with
 * `new Function`, so it must not refer to anything outside its own body.
 */
export function tokenize(text: string): string[] {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
  const runs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu
  const tokens: string[] = []
  for (const part of text.split(/[\n\r\p{Z}\p{P}\p{S}]+/u)) {
    if (part === '') continue
    for (const run of part.match(runs) ?? []) {
      if (!cjk.test(run)) {
        tokens.push(run)
        continue
      }
      const chars = Array.from(run)
      if (chars.length === 1) tokens.push(run)
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1])
    }
  }
  return tokens
}

const zhTranslations: DefaultTheme.LocalSearchOptions['translations'] = {
  // The accessible name must contain the visible text (WCAG 2.5.3), so voice users can say what they see.
  button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
  modal: {
    displayDetails: '显示详细列表',
    resetButtonTitle: '清除查询条件',
    backButtonTitle: '关闭搜索',
    noResultsText: '没有找到相关结果',
    footer: {
      selectText: '选择',
      selectKeyAriaLabel: '回车键',
      navigateText: '切换',
      navigateUpKeyAriaLabel: '上方向键',
      navigateDownKeyAriaLabel: '下方向键',
      closeText: '关闭',
      closeKeyAriaLabel: 'Esc 键',
    },
  },
}

const enTranslations: DefaultTheme.LocalSearchOptions['translations'] = {
  button: { buttonText: 'Search', buttonAriaLabel: 'Search' },
  modal: {
    displayDetails: 'Show detailed list',
    resetButtonTitle: 'Clear the query',
    backButtonTitle: 'Close search',
    noResultsText: 'No results for',
    footer: {
      selectText: 'to select',
      selectKeyAriaLabel: 'Enter',
      navigateText: 'to navigate',
      navigateUpKeyAriaLabel: 'Arrow up',
      navigateDownKeyAriaLabel: 'Arrow down',
      closeText: 'to close',
      closeKeyAriaLabel: 'Escape',
    },
  },
}

export const search: DefaultTheme.Config['search'] = {
  provider: 'local',
  options: {
    miniSearch: {
      options: { tokenize },
      // Every term of the query must match: with bigrams, OR would rank pages that share one character pair.
      searchOptions: { combineWith: 'AND' },
    },
    locales: {
      root: { translations: zhTranslations },
      en: { translations: enTranslations },
    },
  },
}
