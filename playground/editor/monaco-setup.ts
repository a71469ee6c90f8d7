// The lazily loaded editor chunk: Monaco's bare editor, the features a reader of a Dockerfile needs, the two
// languages and the themes. Only monaco-loader.ts imports this, with a dynamic import().
import * as monaco from 'monaco-editor/editor/editor.api'
// Each feature is a separate import so the chunk carries only what a reader of a Dockerfile uses. Cost of each
// alone over the bare editor (716 KB gzip): hover +100 KB, suggest +41, clipboard +34, multicursor +24,
// find +20, folding +12, wordHighlighter +5, comment +3, gotoLine +3, bracketMatching +2, contextmenu +2,
// toggleTabFocusMode +1; they share code, so all of them together with the language service come to ~986 KB.
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/suggest/register'
// The suggest feature of 0.57 registers only inline completions; the suggestion list itself lives here.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/features/snippet/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/comment/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/features/wordHighlighter/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/toggleTabFocusMode/register'
import 'monaco-editor/features/gotoLine/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { TabFocus } from 'monaco-editor/editor/browser/config/tabFocus'
import { dockerfileConfiguration, dockerfileLanguage } from './dockerfile-language.ts'
import { dockerignoreConfiguration, dockerignoreLanguage } from './dockerignore-language.ts'
import { registerDockerfileProviders } from './dockerfile-providers.ts'
import { DARK_THEME, LIGHT_THEME, themeColors, type ThemeSpec } from './themes.ts'

export type MonacoApi = typeof monaco

function defineTheme(spec: ThemeSpec): void {
  monaco.editor.defineTheme(spec.name, {
    base: spec.base,
    inherit: true,
    rules: Object.entries(spec.tokens).map(([token, color]) => ({ token, foreground: color.slice(1) })),
    colors: themeColors(spec),
  })
}

let ready = false

export function setupMonaco(): MonacoApi {
  if (ready) return monaco
  ready = true
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
  monaco.languages.register({ id: 'dockerfile', aliases: ['Dockerfile'], filenames: ['Dockerfile'] })
  monaco.languages.setMonarchTokensProvider('dockerfile', dockerfileLanguage)
  monaco.languages.setLanguageConfiguration('dockerfile', dockerfileConfiguration)
  monaco.languages.register({ id: 'dockerignore', filenames: ['.dockerignore'] })
  monaco.languages.setMonarchTokensProvider('dockerignore', dockerignoreLanguage)
  monaco.languages.setLanguageConfiguration('dockerignore', dockerignoreConfiguration)
  registerDockerfileProviders(monaco)
  defineTheme(LIGHT_THEME)
  defineTheme(DARK_THEME)
  // Tab leaves the editor, so it never traps the keyboard; the reader can switch with Ctrl+M / ⌃⇧M.
  TabFocus.setTabFocusMode(true)
  return monaco
}

export { TabFocus }

export { setDocsLocale } from './dockerfile-providers.ts'
