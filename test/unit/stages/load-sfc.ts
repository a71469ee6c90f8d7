// Compiles a .vue file for component tests. vitest.config.ts has no Vue plugin (the site's Vite config is kept
// apart from Vitest's), so the test compiles the component with Vue's own compiler and imports the result.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { compileScript, parse } from 'vue/compiler-sfc'
import type { Component } from 'vue'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
// Inside the repository (git-ignored) so that bare imports such as 'vue' resolve to the same copy as the test's.
const outDir = path.join(repoRoot, '.tmp', 'sfc-test')

export async function loadSfc(relativePath: string): Promise<Component> {
  const file = path.join(repoRoot, relativePath)
  const source = readFileSync(file, 'utf8')
  const id = createHash('sha1').update(file + source).digest('hex').slice(0, 10)
  const { descriptor, errors } = parse(source, { filename: file })
  if (errors.length) throw errors[0]
  const script = compileScript(descriptor, { id, inlineTemplate: true })
  let code = ts.transpileModule(script.content, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
  const dir = path.dirname(file)
  code = code.replace(/(from\s*|import\s*\()(['"])(\.{1,2}\/[^'"]+)\2/g, (_m, lead: string, q: string, spec: string) =>
    `${lead}${q}${path.resolve(dir, spec)}${q}`)
  mkdirSync(outDir, { recursive: true })
  const out = path.join(outDir, `${path.basename(file, '.vue')}-${id}.ts`)
  writeFileSync(out, code)
  const mod = (await import(/* @vite-ignore */ out)) as { default: Component }
  return mod.default
}
