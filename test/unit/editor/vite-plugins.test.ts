import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { inlineCssImports, playgroundViteConfig, rewriteBufferCall } from '../../../playground/vite-plugins.ts'

const require = createRequire(import.meta.url)

describe('rewriteBufferCall', () => {
  const utilPath = require.resolve('dockerfile-ast/lib/util.js')
  const original = readFileSync(utilPath, 'utf8')
  const rewritten = rewriteBufferCall(original)

  it('removes every use of Buffer from the installed dockerfile-ast util module', () => {
    // If an upgrade changes the call, the rewrite silently stops matching: this catches it.
    expect(original).toContain('Buffer.from')
    expect(rewritten).not.toMatch(/\bBuffer\b/)
  })

  it('keeps the BOM check working without Buffer', () => {
    const exports: { Util?: { isUTF8BOM(c: string): boolean } } = {}
    // Evaluate the rewritten CommonJS module with no Buffer in scope.
    new Function('exports', 'Buffer', rewritten)(exports, undefined)
    expect(exports.Util!.isUTF8BOM('\uFEFF')).toBe(true)
    expect(exports.Util!.isUTF8BOM('F')).toBe(false)
  })
})

describe('inlineCssImports', () => {
  it.each([
    ['no CSS', "import './a.js';\nexport const x = 1;", "import './a.js';\nexport const x = 1;"],
    ['one CSS import',
      "import './a.css';\nexport const x = 1;",
      "import { injectMonacoCss as __injectMonacoCss } from \"/inj.ts\";\nimport __monacoCss0 from './a.css?inline'; __injectMonacoCss(__monacoCss0);\nexport const x = 1;"],
    ['two, double quotes, no semicolon',
      'import "../b.css"\nimport \'./c.css\';',
      "import { injectMonacoCss as __injectMonacoCss } from \"/inj.ts\";\nimport __monacoCss0 from \"../b.css?inline\"; __injectMonacoCss(__monacoCss0);\nimport __monacoCss1 from './c.css?inline'; __injectMonacoCss(__monacoCss1);"],
  ])('%s', (_name, code, expected) => {
    expect(inlineCssImports(code, '/inj.ts')).toBe(expected)
  })
})

describe('playgroundViteConfig', () => {
  const config = playgroundViteConfig()
  it('builds workers as ES modules and pre-bundles Monaco and dockerfile-ast for the dev server', () => {
    expect(config.worker?.format).toBe('es')
    expect(config.optimizeDeps?.include).toEqual(expect.arrayContaining(['monaco-editor/editor/editor.api', 'dockerfile-ast', 'dockerfile-language-service']))
  })
  it('replaces https only as a bare module name', () => {
    const alias = (config.resolve?.alias as { find: RegExp; replacement: string }[])[0]
    expect(alias.find.test('https')).toBe(true)
    expect(alias.find.test('https-proxy-agent')).toBe(false)
    expect(alias.replacement).toMatch(/playground[\\/]editor[\\/]https-stub\.ts$/)
  })
})
