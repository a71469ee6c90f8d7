import { describe, expect, it } from 'vitest'
import { tokenize } from '../../.vitepress/config/search.ts'

describe('search tokenizer', () => {
  it.each([
    ['上下文', ['上下', '下文']],
    ['多阶段构建', ['多阶', '阶段', '段构', '构建']],
    ['镜', ['镜']],
    ['docker inspect', ['docker', 'inspect']],
    ['构建上下文（build context）', ['构建', '建上', '上下', '下文', 'build', 'context']],
    ['用docker构建', ['用', 'docker', '构建']],
    ['go.mod 与 go.sum', ['go', 'mod', '与', 'go', 'sum']],
    ['`.dockerignore`', ['dockerignore']],
    ['', []],
    ['  \n  ', []],
  ])('%j → %j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })

  // VitePress ships the function to the browser as source text and rebuilds it with `new Function`.
  it('still works when rebuilt from its source text', () => {
    const rebuilt = new Function(`return ${tokenize.toString()}`)() as typeof tokenize
    expect(rebuilt('多阶段 build')).toEqual(['多阶', '阶段', 'build'])
  })
})
