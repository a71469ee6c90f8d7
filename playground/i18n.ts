// UI strings live in playground/locales/<area>.ts, each `export default { zh: {...}, en: {...} }`;
// this merges them and picks the page's locale (VitePress `lang`: 'zh-CN' at the root, 'en-US' under /en/).
import { computed, type ComputedRef } from 'vue'
import { useData } from 'vitepress'

export type Locale = 'zh' | 'en'
type Messages = Record<string, string>
interface LocaleModule { default: { zh: Messages; en: Messages } }

const modules = import.meta.glob<LocaleModule>('./locales/*.ts', { eager: true })
const messages: Record<Locale, Messages> = { zh: {}, en: {} }
for (const mod of Object.values(modules)) {
  Object.assign(messages.zh, mod.default.zh)
  Object.assign(messages.en, mod.default.en)
}

export function localeOf(lang: string | undefined): Locale {
  return lang && lang.toLowerCase().startsWith('en') ? 'en' : 'zh'
}

/** Replace `{name}` placeholders. A missing key shows the key itself, so a gap is visible, never blank. */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = messages[locale][key] ?? messages.en[key] ?? key
  return params ? text.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m)) : text
}

export function useI18n(): { locale: ComputedRef<Locale>; t: (key: string, params?: Record<string, string | number>) => string } {
  const { lang } = useData()
  const locale = computed(() => localeOf(lang.value))
  return { locale, t: (key, params) => translate(locale.value, key, params) }
}
