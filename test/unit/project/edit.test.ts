import { describe, expect, it } from 'vitest'
import { addFile, addFolder, cleanPath, removeEntry, renameEntry, setContent, setSize } from '../../../src/project/edit.ts'
import type { ProjectFile } from '../../../src/share/state.ts'

const files: ProjectFile[] = [
  { path: 'Dockerfile', content: 'FROM alpine\n' },
  { path: 'cmd/a/main.go', size: 10 },
  { path: 'cmd/a/cfg.yaml', size: 2 },
  { path: 'tmp/' },
]
const paths = (r: { ok: boolean; files?: ProjectFile[] }) => (r.ok && r.files ? r.files.map((f) => f.path) : r)

describe('cleanPath', () => {
  it.each([
    ['a/b', false, 'a/b'],
    ['./a//b/', false, 'a/b'],
    ['/a\\b', false, 'a/b'],
    ['  x  ', true, 'x/'],
    ['a/../b', false, null],
    ['', false, null],
    ['./', true, null],
  ])('%j (dir %s) → %j', (input, dir, expected) => expect(cleanPath(input, dir)).toBe(expected))
})

describe('project edits', () => {
  it('adds a file and drops the empty-folder entry it fills', () => {
    expect(paths(addFile(files, 'tmp/x.log', { size: 4 }))).toEqual(['Dockerfile', 'cmd/a/main.go', 'cmd/a/cfg.yaml', 'tmp/x.log'])
  })
  it.each([
    ['Dockerfile', 'exists'],
    ['cmd', 'exists'],
    ['cmd/a', 'exists'],
    ['tmp', 'exists'],
    ['../x', 'invalid-path'],
  ])('refuses to add %s: %s', (p, error) => expect(addFile(files, p)).toEqual({ ok: false, error }))

  it('adds an empty folder', () => {
    expect(paths(addFolder(files, 'docs'))).toEqual([...files.map((f) => f.path), 'docs/'])
  })
  it('removes a folder with everything under it', () => {
    expect(paths(removeEntry(files, 'cmd/'))).toEqual(['Dockerfile', 'tmp/'])
    expect(removeEntry(files, 'nope')).toEqual({ ok: false, error: 'missing' })
  })
  it('renames a file and moves a folder with its content', () => {
    expect(paths(renameEntry(files, 'Dockerfile', 'build/Dockerfile'))).toEqual(['build/Dockerfile', 'cmd/a/main.go', 'cmd/a/cfg.yaml', 'tmp/'])
    expect(paths(renameEntry(files, 'cmd/a/', 'app'))).toEqual(['Dockerfile', 'app/main.go', 'app/cfg.yaml', 'tmp/'])
    expect(renameEntry(files, 'cmd/', 'cmd/inner')).toEqual({ ok: false, error: 'invalid-path' })
    expect(renameEntry(files, 'Dockerfile', 'tmp')).toEqual({ ok: false, error: 'exists' })
  })
  it('sets a size, refusing nonsense', () => {
    const r = setSize(files, 'cmd/a/main.go', 5000)
    expect(r.ok && r.files[1]).toEqual({ path: 'cmd/a/main.go', size: 5000 })
    expect(setSize(files, 'cmd/a/main.go', -1)).toEqual({ ok: false, error: 'invalid-size' })
    expect(setSize(files, 'cmd/a/main.go', 1.5)).toEqual({ ok: false, error: 'invalid-size' })
    expect(setSize(files, 'tmp/', 3)).toEqual({ ok: false, error: 'missing' })
  })
  it('sets content, creating the file, and lets the text decide the size', () => {
    expect(setContent(files, '.dockerignore', '*\n').at(-1)).toEqual({ path: '.dockerignore', content: '*\n' })
    const sized = [{ path: 'x', size: 100, content: 'a' }]
    expect(setContent(sized, 'x', 'abc')).toEqual([{ path: 'x', content: 'abc' }])
  })
  it('never mutates its input', () => {
    const copy = structuredClone(files)
    addFile(files, 'n')
    removeEntry(files, 'cmd/')
    renameEntry(files, 'cmd/', 'x')
    setSize(files, 'cmd/a/main.go', 1)
    setContent(files, 'Dockerfile', '')
    expect(files).toEqual(copy)
  })
})
