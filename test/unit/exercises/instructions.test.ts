import { describe, expect, it } from 'vitest'
import { copySources, listInstructions, mounts, readDirectives, sourceCovers } from '../../../src/exercises/instructions.ts'

describe('listInstructions', () => {
  it('joins continuations, drops comment lines inside them, and numbers stages from the first FROM', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG V=1',
      'FROM alpine AS a',
      'RUN --mount=type=cache,target=/root/.npm \\',
      '# a comment inside the continuation',
      '    npm ci',
      'FROM scratch',
      'COPY --from=a ["/x", "/y"]',
    ].join('\n')
    expect(listInstructions(text)).toEqual([
      { keyword: 'ARG', line: 2, flags: [], args: ['V=1'], rest: 'V=1', stage: -1 },
      { keyword: 'FROM', line: 3, flags: [], args: ['alpine', 'AS', 'a'], rest: 'alpine AS a', stage: 0 },
      { keyword: 'RUN', line: 4, flags: ['--mount=type=cache,target=/root/.npm'], args: ['npm', 'ci'], rest: 'npm ci', stage: 0 },
      { keyword: 'FROM', line: 7, flags: [], args: ['scratch'], rest: 'scratch', stage: 1 },
      { keyword: 'COPY', line: 8, flags: ['--from=a'], args: ['/x', '/y'], rest: '["/x", "/y"]', stage: 1 },
    ])
  })

  it('reads directives only at the top', () => {
    expect(readDirectives('# syntax=docker/dockerfile:1\n# check=skip=all\nFROM x\n# check=error=true\n')).toEqual({
      syntax: 'docker/dockerfile:1',
      check: 'skip=all',
    })
  })
})

describe('mounts', () => {
  it.each([
    ['--mount=type=cache,target=/root/.npm', { type: 'cache', target: '/root/.npm' }],
    ['--mount=type=cache,dst=/root/.npm,sharing=locked', { type: 'cache', target: '/root/.npm', sharing: 'locked' }],
    ['--mount=type=bind,src=go.mod,destination=go.mod', { type: 'bind', source: 'go.mod', target: 'go.mod' }],
  ])('%s', (flag, expected) => {
    const [ins] = listInstructions(`RUN ${flag} true`)
    expect(mounts(ins!)).toEqual([expected])
  })
})

describe('sourceCovers', () => {
  it.each([
    ['.', 'src/index.js', true],
    ['src', 'src/index.js', true],
    ['package*.json', 'package-lock.json', true],
    ['package*.json', 'package.json', true],
    ['*.json', 'src/a.json', false],
    ['src/*.js', 'src/index.js', true],
    ['src/*.js', 'src/routes/users.js', false],
    ['package.json', 'package-lock.json', false],
  ])('%s covers %s: %s', (source, path, expected) => {
    expect(sourceCovers(source, path)).toBe(expected)
  })

  it('drops ./ and the destination', () => {
    const [ins] = listInstructions('COPY ./package.json ./src/ /app/')
    expect(copySources(ins!)).toEqual(['package.json', 'src'])
  })
})
