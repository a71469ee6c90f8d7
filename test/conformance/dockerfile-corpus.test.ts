// The 72 real Dockerfiles of the corpus: each is analysed without an internal error, and a few
// graphs checked by hand against BuildKit's rules.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../src/analyze.ts'

const dir = join(import.meta.dirname, '../fixtures/dockerfiles/corpus')
const files = readdirSync(dir).filter((f) => f.endsWith('.Dockerfile')).sort()
const read = (f: string) => readFileSync(join(dir, f), 'utf8')

describe('corpus: every Dockerfile is analysed', () => {
  it('has the 72 files', () => expect(files.length).toBe(72))
  for (const f of files) {
    it(f, () => {
      const a = analyzeDockerfile(read(f))
      expect(a.diagnostics.filter((d) => d.rule === 'InternalError')).toEqual([])
      expect(a.stages.length).toBeGreaterThan(0)
      expect(a.built).toContain(a.target)
      for (const e of a.edges) expect(e.to).toBeLessThan(a.stages.length)
    })
  }
})

describe('corpus: graphs checked by hand', () => {
  it('vaultwarden alpine: FROM build_${TARGETARCH}${TARGETVARIANT} follows the target platform', () => {
    const text = read('dani-garcia__vaultwarden__docker_Dockerfile.alpine.Dockerfile')
    const amd = analyzeDockerfile(text)
    expect(amd.stages[5]).toMatchObject({ name: 'build', base: 'build_amd64', baseStage: 1, platform: '$BUILDPLATFORM', line: 42 })
    expect(amd.built).toEqual([0, 1, 5, 6])
    const arm = analyzeDockerfile(text, { platform: 'linux/arm/v7' })
    expect(arm.stages[5]).toMatchObject({ base: 'build_armv7', baseStage: 3 })
    expect(arm.built).toEqual([0, 3, 5, 6])
    const arm64 = analyzeDockerfile(text, { platform: 'linux/arm64' })
    expect(arm64.stages[5]).toMatchObject({ base: 'build_arm64', baseStage: 2 })
  })
  it('docker-language-server: quoted global ARG defaults lose their quotes in FROM', () => {
    const a = analyzeDockerfile(read('docker__docker-language-server__Dockerfile.Dockerfile'))
    expect(a.stages[0]).toMatchObject({ name: 'base', base: 'golang:1.25-alpine3.22', platform: '$BUILDPLATFORM', line: 6 })
    expect(a.edges).toContainEqual({ from: 2, to: 3, kind: 'copy', line: 23 })
    expect(a.built).toEqual([0, 5])
    expect(analyzeDockerfile(read('docker__docker-language-server__Dockerfile.Dockerfile'), { target: 'VENDOR-VALIDATE' }).built).toEqual([0, 1, 2, 4])
  })
  it('sentry: a global ARG without a default leaves FROM blank unless --build-arg sets it', () => {
    const text = read('getsentry__self-hosted__sentry_Dockerfile.Dockerfile')
    const a = analyzeDockerfile(text)
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([[2, 'base name (${SENTRY_IMAGE}) should not be blank']])
    const b = analyzeDockerfile(text, { buildArgs: { SENTRY_IMAGE: 'getsentry/sentry:nightly' } })
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(b.stages[0].base).toBe('getsentry/sentry:nightly')
  })
})
