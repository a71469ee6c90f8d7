// dockerctx on temporary folders: the engine on a real tree, BuildKit's ignore-file choice, symlinks.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockerctx-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function write(files: Record<string, string>) {
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true })
    writeFileSync(join(dir, p), content)
  }
}

function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = main(args, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const json = (...args: string[]) => JSON.parse(run(dir, '--json', ...args).out)

describe('dockerctx', () => {
  it('prints totals, the transfer size and the largest entries', () => {
    write({ '.dockerignore': 'logs\n', 'Dockerfile': 'FROM scratch\n', 'src/app.js': 'x'.repeat(1500), 'logs/a.log': 'y' })
    const r = run(dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain('ignore file: .dockerignore')
    expect(r.out).toContain('sent: 3 of 4 files')
    expect(r.out).toContain('transferring context: 1.65kB') // 1,518 file bytes + packet overhead
    expect(r.out).toContain('1.50kB  src/app.js')
  })

  it('--json gives the sent set', () => {
    write({ '.dockerignore': '*\n!src\n', 'src/a.ts': 'a', 'b.txt': 'b' })
    expect(json().sent).toEqual(['src/', 'src/a.ts'])
  })

  it('picks <Dockerfile>.dockerignore over .dockerignore, as BuildKit does', () => {
    write({ '.dockerignore': 'a\n', 'app.Dockerfile': '', 'app.Dockerfile.dockerignore': 'b\n', a: '1', b: '2' })
    const j = json('-f', 'app.Dockerfile')
    expect(j.ignoreFile).toBe('app.Dockerfile.dockerignore')
    expect(j.sent).toContain('a')
    expect(j.sent).not.toContain('b')
    expect(json().ignoreFile).toBe('.dockerignore')
  })

  it('does not follow symbolic links', () => {
    write({ 'real/inside.txt': 'x', 'keep.txt': 'k' })
    symlinkSync(join(dir, 'real'), join(dir, 'link'))
    const j = json()
    expect(j.sent).toContain('link')
    expect(j.sent).not.toContain('link/')
    expect(j.sent).not.toContain('link/inside.txt')
    expect(j.symlinks).toEqual(['link'])
  })

  it('keeps empty directories', () => {
    mkdirSync(join(dir, 'empty'))
    expect(json().sent).toEqual(['empty/'])
  })

  it('a bad pattern exits 1 with the file and line', () => {
    write({ '.dockerignore': 'ok\n!\n', a: '' })
    const r = run(dir)
    expect(r.code).toBe(1)
    expect(r.err).toBe('.dockerignore:2: illegal exclusion pattern: "!"')
  })

  it('a pattern that fails during the walk exits 1 too', () => {
    write({ '.dockerignore': 'x\n[z-a]\n', a: '' })
    const r = run(dir)
    expect(r.code).toBe(1)
    expect(r.err).toBe('.dockerignore:2: syntax error in pattern')
  })

  it('--explain prints the trace', () => {
    write({ '.dockerignore': 'docs\n!docs/README.md\n', 'docs/README.md': '', 'docs/x.md': '' })
    const r = run(dir, '--explain', 'docs/README.md')
    expect(r.out).toBe(['docs/README.md: sent (.dockerignore)', '  line 1: docs', '  line 2: !docs/README.md  (exception)'].join('\n'))
  })

  it('--tree prints the sent tree', () => {
    write({ 'a/b.txt': '', 'c.txt': '' })
    expect(run(dir, '--tree').out).toContain(['tree:', '  a/', '    b.txt', '  c.txt'].join('\n'))
  })

  it('rejects unknown options with status 2', () => {
    expect(run('--nope').code).toBe(2)
  })

  it('handles 200,000 files', () => {
    // few directories, many files: the walk and matching scale linearly
    // touch(1) creates them in a few processes: writing 200,000 files from Node is much slower
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(dir, `d${d}`))
      const names = Array.from({ length: 10_000 }, (_, k) => `f${k * 20 + d}`)
      execFileSync('touch', names, { cwd: join(dir, `d${d}`) })
    }
    writeFileSync(join(dir, '.dockerignore'), 'd1*\n!d12/f12\n')
    // speed is the bench's business; here the whole folder must be read and decided, however busy the machine
    const j = json()
    expect(j.fileCount).toBe(200_000 - 11 * 10_000 + 1 + 1)
  }, 600_000)
})

describe('bin/dockerctx.mjs', () => {
  it('runs through node as the package bin', () => {
    write({ '.dockerignore': '[\n', a: '' })
    const bin = fileURLToPath(new URL('../../../bin/dockerctx.mjs', import.meta.url))
    const r = spawnSync(process.execPath, [bin, dir], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe('.dockerignore:1: syntax error in pattern')
    writeFileSync(join(dir, '.dockerignore'), 'a\n')
    const ok = execFileSync(process.execPath, [bin, dir, '--json'], { encoding: 'utf8' })
    expect(JSON.parse(ok).ignoreFile).toBe('.dockerignore')
  }, 60_000)
})
