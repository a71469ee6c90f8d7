// Monaco's global "Tab moves focus" switch, which its Ctrl+M / ⌃⇧M command toggles. The public `tabFocusMode`
// editor option is OR-ed with it, so setting the option would make the toggle do nothing.
declare module 'monaco-editor/editor/browser/config/tabFocus' {
  export const TabFocus: {
    getTabFocusMode(): boolean
    setTabFocusMode(on: boolean): void
    onDidChangeTabFocus(listener: (on: boolean) => void): { dispose(): void }
  }
}
