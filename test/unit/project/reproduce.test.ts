import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { reproduceScript, shellQuote } from '../../../src/project/reproduce.ts'
import { projectArchive } from '../../../src/project/archive.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'

const state: PlaygroundState = {
  files: [
    { path: 'Dockerfile', content: "FROM alpine\nRUN echo 'hi' $HOME `x`\n" },
    { path: '.dockerignore', content: 'no newline at end' },
    { path: "odd name's/$x.bin", size: 12345 },
    { path: 'empty/' },
    { path: 'zero' },
  ],
  dockerfile: 'Dockerfile',
  target: 'builder',
  buildArgs: { B: 'two words', A: '1' },
}

describe('reproduceScript', () => {
  it('ends with docker build --check and the state\'s target and args', () => {
    const last = reproduceScript(state).trim().split('\n').at(-1)
    expect(last).toBe("docker build --check --target 'builder' --build-arg 'A=1' --build-arg 'B=two words' .")
  })

  it('recreates the files byte for byte when run by sh', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'repro-'))
    const script = path.join(dir, 'run.sh')
    // stop before docker: the last line is the build itself
    writeFileSync(script, reproduceScript(state, 'p').split('\n').slice(0, -2).join('\n') + '\n')
    execFileSync('sh', [script], { cwd: dir })
    const p = (x: string) => path.join(dir, 'p', x)
    expect(readFileSync(p('Dockerfile'), 'utf8')).toBe(state.files[0].content)
    expect(readFileSync(p('.dockerignore'), 'utf8')).toBe('no newline at end')
    expect(statSync(p("odd name's/$x.bin")).size).toBe(12345)
    expect(statSync(p('empty')).isDirectory()).toBe(true)
    expect(statSync(p('zero')).size).toBe(0)
  })

  it.each([["it's", `'it'\\''s'`], ['$(rm -rf /)', `'$(rm -rf /)'`]])('quotes %s', (s, q) => expect(shellQuote(s)).toBe(q))
})

describe('projectArchive', () => {
  it('holds the text files and the reproduce script, and is a pure function of the state', () => {
    const zip = projectArchive(state)
    const files = unzipSync(zip)
    expect(strFromU8(files['Dockerfile'])).toBe(state.files[0].content)
    expect(strFromU8(files['reproduce.sh'])).toContain('truncate -s 12345')
    expect(Object.keys(files)).not.toContain("odd name's/$x.bin")
    expect(projectArchive(state)).toEqual(zip)
  })
})
