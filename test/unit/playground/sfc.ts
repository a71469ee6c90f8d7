// Compiles a .vue file, and every .vue file it imports (statically or with import()), for component tests:
// vitest.config.ts has no Vue plugin, so the test compiles components with Vue's own compiler and imports
// the result. Styles are left out; they do not change behaviour.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { compileScript, parse } from 'vue/compiler-sfc'
import type { Component } from 'vue'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
// inside the repository (git-ignored) so that bare imports such as 'vue' resolve to the test's copy
const outDir = path.join(repoRoot, '.tmp', 'sfc-playground-test')
const compiled = new Map<string, string>()

function compile(file: string): string {
  const done = compiled.get(file)
  if (done) return done
  const source = readFileSync(file, 'utf8')
  const id = createHash('sha1').update(file + source).digest('hex').slice(0, 10)
  const out = path.join(outDir, `${path.basename(file, '.vue')}-${id}.ts`)
  compiled.set(file, out)
  const { descriptor, errors } = parse(source, { filename: file })
  if (errors.length) throw errors[0]
  const script = compileScript(descriptor, { id, inlineTemplate: true })
  let code = ts.transpileModule(script.content, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
  const dir = path.dirname(file)
  code = code.replace(/(from\s*|import\s*\()(['"])(\.{1,2}\/[^'"]+)\2/g, (_m, lead: string, q: string, spec: string) => {
    const target = path.resolve(dir, spec)
    return `${lead}${q}${target.endsWith('.vue') ? compile(target) : target}${q}`
  })
  // import.meta.glob is resolved by Vite relative to the source; keep it pointing there
  code = code.replace(/import\.meta\.glob(<[^>]*>)?\((['"])(\.{1,2}\/[^'"]+)\2\)/g, (_m, _t, q: string, spec: string) => {
    const target = path.resolve(dir, spec)
    return `({ ${JSON.stringify(spec)}: () => import(${q}${target.endsWith('.vue') ? compile(target) : target}${q}) })`
  })
  mkdirSync(outDir, { recursive: true })
  writeFileSync(out, code)
  return out
}

export async function loadSfc(relativePath: string): Promise<Component> {
  const mod = (await import(/* @vite-ignore */ compile(path.join(repoRoot, relativePath)))) as { default: Component }
  return mod.default
}
