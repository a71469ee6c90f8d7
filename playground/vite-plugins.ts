// Vite plugins the playground needs in the site build and dev server (Monaco CSS, dockerfile-ast's Buffer use).
// Owned by the playground work; .vitepress/config.ts includes these.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { DepOptimizationOptions, Plugin, PluginOption, UserConfig } from 'vite'

// esbuild's plugin type as Vite's own copy of esbuild declares it.
type EsbuildPlugin = NonNullable<NonNullable<DepOptimizationOptions['esbuildOptions']>['plugins']>[number]

// Matches dockerfile-ast's util module wherever npm put it (hoisted or nested under the language service).
const DOCKERFILE_AST_UTIL = /dockerfile-ast[\\/]lib[\\/]util\.js$/
const BUFFER_CALL = 'Uint8Array.from(Buffer.from(char, "UTF-8"))'

/**
 * dockerfile-ast calls Node's `Buffer.from` on every parse; browsers have no Buffer. Defining a global Buffer
 * is not an option because Monaco takes Node code paths when it sees one, so rewrite that single call.
 */
export function rewriteBufferCall(code: string): string {
  return code.split(BUFFER_CALL).join('new TextEncoder().encode(char)')
}

function dockerfileAstBrowserFix(): Plugin {
  return {
    name: 'docker-guide:dockerfile-ast-buffer',
    enforce: 'pre',
    transform(code, id) {
      if (!DOCKERFILE_AST_UTIL.test(id.split('?')[0])) return null
      return { code: rewriteBufferCall(code), map: null }
    },
  }
}

/** The same rewrite for the dev server's dependency optimizer, which bundles with esbuild, not Rollup. */
const dockerfileAstEsbuildFix: EsbuildPlugin = {
  name: 'docker-guide:dockerfile-ast-buffer',
  setup(build) {
    build.onLoad({ filter: DOCKERFILE_AST_UTIL }, async (args) => ({
      contents: rewriteBufferCall(await readFile(args.path, 'utf8')),
      loader: 'js',
    }))
  },
}

const MONACO_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm
const CSS_INJECTOR = fileURLToPath(new URL('./editor/monaco-css.ts', import.meta.url))

/**
 * Turn every `import './x.css'` inside Monaco into a string injected by the lazy editor chunk. VitePress builds
 * with `cssCodeSplit: false`, so CSS imported normally would land in the stylesheet of every reading page.
 */
export function inlineCssImports(code: string, injector: string): string {
  let n = 0
  const rewritten = code.replace(CSS_IMPORT, (_m, q: string, spec: string) => {
    const name = `__monacoCss${n++}`
    return `import ${name} from ${q}${spec}?inline${q}; __injectMonacoCss(${name});`
  })
  if (n === 0) return code
  return `import { injectMonacoCss as __injectMonacoCss } from ${JSON.stringify(injector)};\n${rewritten}`
}

function monacoCssInline(): Plugin {
  return {
    name: 'docker-guide:monaco-css-inline',
    // In dev the optimizer keeps CSS imports external and Vite injects them per module, which is already lazy.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!MONACO_MODULE.test(id.split('?')[0])) return null
      const out = inlineCssImports(code, CSS_INJECTOR)
      return out === code ? null : { code: out, map: null }
    },
  }
}

export function playgroundVitePlugins(): PluginOption[] {
  return [dockerfileAstBrowserFix(), monacoCssInline()]
}

/** Monaco entry points the editor chunk loads; listed once so the dev optimizer pre-bundles exactly these. */
export const MONACO_FEATURES = [
  'codicon', 'find', 'hover', 'suggest', 'snippet', 'folding', 'bracketMatching', 'comment', 'multicursor',
  'wordHighlighter', 'contextmenu', 'clipboard', 'toggleTabFocusMode', 'gotoLine',
] as const

/** Extra Vite settings (optimizeDeps, worker format) merged into the site's config. */
export function playgroundViteConfig(): Partial<UserConfig> {
  return {
    optimizeDeps: {
      // Without these the first dev visit discovers Monaco late and reloads the page twice.
      include: [
        'monaco-editor/editor/editor.api',
        ...MONACO_FEATURES.map((f) => `monaco-editor/features/${f}/register`),
        'monaco-editor/editor/contrib/suggest/browser/suggestController',
        // Monaco's Tab-focus switch must come from the same pre-bundle as the editor, or it is a second copy.
        'monaco-editor/editor/browser/config/tabFocus',
        'dockerfile-ast',
        'dockerfile-language-service',
        '@dagrejs/dagre',
        // the playground's other panels
        'ignore',
        'fflate',
      ],
      esbuildOptions: { plugins: [dockerfileAstEsbuildFix] },
    },
    worker: { format: 'es' },
    resolve: {
      alias: [
        // dockerfile-language-service only uses https to list Docker Hub tags; the stub fails that request
        // quietly, so tag completion is simply empty in the browser.
        { find: /^https$/, replacement: fileURLToPath(new URL('./editor/https-stub.ts', import.meta.url)) },
      ],
      // The language service pins its own copies of the LSP type packages; one copy is enough.
      dedupe: ['vscode-languageserver-types', 'vscode-languageserver-textdocument', 'dockerfile-ast'],
    },
  }
}
