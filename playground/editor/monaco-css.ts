// Monaco's stylesheets arrive as strings (see vite-plugins.ts) and are added here, once, when the editor chunk
// loads, so reading pages never carry them.
let sheet: HTMLStyleElement | null = null

export function injectMonacoCss(css: string): void {
  if (typeof document === 'undefined' || !css) return
  if (!sheet) {
    sheet = document.createElement('style')
    sheet.dataset.monaco = ''
    document.head.appendChild(sheet)
  }
  sheet.appendChild(document.createTextNode(css))
}
