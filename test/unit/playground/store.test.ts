import { describe, expect, it } from 'vitest'
import { createStore, cloneState } from '../../../playground/store.ts'
import { parsePanels } from '../../../playground/panels.ts'
import { dockerfileCandidates, globalArgs, stageAtLine, withBuildArg } from '../../../playground/dockerfile-info.ts'
import type { PlaygroundState } from '../../../src/share/state.ts'
import type { DockerfileAnalysis } from '../../../src/types.ts'
import { filesPatch } from '../../../playground/engine-messages.ts'

const initial: PlaygroundState = {
  files: [
    { path: 'Dockerfile', content: 'FROM alpine\n' },
    { path: 'src/a.txt', size: 3 },
  ],
  dockerfile: 'Dockerfile',
  buildArgs: {},
}

describe('createStore', () => {
  it('keeps its own copy: the caller\'s state and getState() results are not shared', () => {
    const s = createStore(initial, { kind: 'example', id: 'x' })
    s.setText('Dockerfile', 'FROM busybox\n')
    expect(initial.files[0].content).toBe('FROM alpine\n')
    const got = s.getState()
    got.files.push({ path: 'z' })
    expect(s.state.value.files).toHaveLength(2)
  })

  it('replaces the state object on every edit, so watchers see each change', () => {
    const s = createStore(initial, { kind: 'custom' })
    const before = s.state.value
    s.setTarget('build')
    expect(s.state.value).not.toBe(before)
    expect(s.state.value.target).toBe('build')
    s.setTarget(undefined)
    expect('target' in s.state.value).toBe(false)
    s.setBuildArgs({ A: '1' })
    expect(s.state.value.buildArgs).toEqual({ A: '1' })
  })

  it('applies tree edits and reports why one cannot apply', () => {
    const s = createStore(initial, { kind: 'example', id: 'x' })
    expect(s.addFile('src/b.txt', 10)).toBeNull()
    expect(s.origin.value).toEqual({ kind: 'custom' })
    expect(s.addFile('src/b.txt')).toBe('exists')
    expect(s.rename('src/', 'lib')).toBeNull()
    expect(s.state.value.files.map((f) => f.path)).toEqual(['Dockerfile', 'lib/a.txt', 'lib/b.txt'])
    expect(s.setSize('lib/a.txt', -5)).toBe('invalid-size')
    expect(s.remove('lib/')).toBeNull()
    expect(s.state.value.files.map((f) => f.path)).toEqual(['Dockerfile'])
  })

  it('knows where the ignore file is, or would be', () => {
    const s = createStore(initial, { kind: 'custom' })
    expect(s.ignorePath()).toBe('.dockerignore')
    s.setText('Dockerfile.dockerignore', '*\n')
    expect(s.ignorePath()).toBe('Dockerfile.dockerignore')
  })

  it('setState clears the selection and records the origin', () => {
    const s = createStore(initial, { kind: 'custom' })
    s.ui.selectedPath = 'src/a.txt'
    s.setState({ ...initial, dockerfile: 'x' }, { kind: 'folder', name: 'mine' })
    expect(s.ui.selectedPath).toBeNull()
    expect(s.origin.value).toEqual({ kind: 'folder', name: 'mine' })
  })

  it('cloneState drops nothing and adds no undefined keys', () => {
    const full: PlaygroundState = { ...initial, target: 't', platform: 'linux/arm64', buildArgs: { X: 'y' } }
    expect(cloneState(full)).toEqual(full)
    expect(Object.keys(cloneState(initial))).toEqual(['files', 'dockerfile', 'buildArgs'])
  })
})

describe('parsePanels', () => {
  it.each([
    [undefined, ['dockerfile', 'dockerignore', 'context', 'stages', 'diagnostics']],
    ['context, dockerignore', ['dockerignore', 'context']],
    ['Stages', ['stages']],
    ['nonsense', ['dockerfile', 'dockerignore', 'context', 'stages', 'diagnostics']],
  ])('%j → %j', (attr, expected) => expect(parsePanels(attr)).toEqual(expected))
})

describe('dockerfile-info', () => {
  it.each([
    ['ARG A=1 B\nARG C=x\nFROM alpine\nARG D\n', [{ name: 'A', defaultValue: '1' }, { name: 'B', defaultValue: null }, { name: 'C', defaultValue: 'x' }]],
    ['# syntax=docker/dockerfile:1\narg GO=1.22\nFROM golang:${GO}\n', [{ name: 'GO', defaultValue: '1.22' }]],
    ['ARG V=\\\n3\nFROM x\n', [{ name: 'V', defaultValue: '3' }]],
    ['FROM x\nARG LATE=1\n', []],
    // the input's placeholder is the value BuildKit uses: quotes removed, earlier ARGs expanded
    ['ARG X="x y"\nARG Y=${X}-2\nFROM x\n', [{ name: 'X', defaultValue: 'x y' }, { name: 'Y', defaultValue: 'x y-2' }]],
  ])('globalArgs(%j)', (text, expected) => expect(globalArgs(text)).toEqual(expected))

  it('stageAtLine: the last FROM at or above the line', () => {
    const analysis = { stages: [{ index: 0, line: 2 }, { index: 1, line: 10 }] } as unknown as DockerfileAnalysis
    expect([1, 2, 9, 10, 50].map((l) => stageAtLine(analysis, l))).toEqual([null, 0, 0, 1, 1])
    expect(stageAtLine(null, 3)).toBeNull()
  })

  it('withBuildArg: a value is passed, an empty field drops the arg so its default applies; the input is not changed', () => {
    const args = { A: '1' }
    expect(withBuildArg(args, 'B', '2')).toEqual({ A: '1', B: '2' })
    expect(withBuildArg(args, 'A', '')).toEqual({})
    expect(args).toEqual({ A: '1' })
  })

  it('dockerfileCandidates', () => {
    expect(dockerfileCandidates(['Dockerfile', 'web.Dockerfile', 'Dockerfile.dev', 'web.Dockerfile.dockerignore', 'docs/Dockerfile.md', 'x/', 'README.md']))
      .toEqual(['Dockerfile', 'web.Dockerfile', 'Dockerfile.dev', 'docs/Dockerfile.md'])
  })
})

describe('filesPatch (what the page sends the engine worker)', () => {
  const a = { path: 'a', size: 1 }
  const b = { path: 'b', content: 'x' }
  it('sends only the entries replaced in place', () => {
    expect(filesPatch([a, b], [a, { path: 'b', content: 'y' }])).toEqual([[1, { path: 'b', content: 'y' }]])
    expect(filesPatch([a, b], [a, b])).toEqual([])
  })
  it('sends everything when entries were added, removed, moved or there is no previous list', () => {
    expect(filesPatch([a, b], [a])).toBeNull()
    expect(filesPatch([a, b], [b, a])).toBeNull()
    expect(filesPatch(null, [a])).toBeNull()
  })
})
