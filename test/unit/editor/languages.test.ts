// @vitest-environment happy-dom
// The Monarch grammars run in Monaco's own tokenizer (no editor, no rendering needed).
import { beforeAll, describe, expect, it } from 'vitest'
import type * as Monaco from 'monaco-editor/editor/editor.api'
import { dockerfileLanguage } from '../../../playground/editor/dockerfile-language.ts'
import { dockerignoreLanguage } from '../../../playground/editor/dockerignore-language.ts'

let monaco: typeof Monaco
beforeAll(async () => {
  monaco = await import('monaco-editor/editor/editor.api')
  monaco.languages.register({ id: 'dockerfile' })
  monaco.languages.setMonarchTokensProvider('dockerfile', dockerfileLanguage)
  monaco.languages.register({ id: 'dockerignore' })
  monaco.languages.setMonarchTokensProvider('dockerignore', dockerignoreLanguage)
}, 180_000)

/** Each line as [text, token] pairs: token without the language suffix, same-token neighbours merged, trimmed. */
function tokens(text: string, language: string): [string, string][][] {
  const lines = text.split('\n')
  return monaco.editor.tokenize(text, language).map((line, i) => {
    const out: [string, string][] = []
    line.forEach((tok, j) => {
      const piece = lines[i].slice(tok.offset, line[j + 1]?.offset ?? lines[i].length)
      const type = tok.type.replace(`.${language}`, '')
      const last = out[out.length - 1]
      if (last && last[1] === type) last[0] += piece
      else out.push([piece, type])
    })
    return out.map(([s, t]) => [s.trim(), t] as [string, string]).filter(([s]) => s !== '')
  })
}

describe('Dockerfile grammar', () => {
  it('colours instructions in any case, flags, variables, strings and directives', () => {
    expect(tokens('# syntax=docker/dockerfile:1\nfrom golang:1.22 AS build\nCOPY --link --chmod=0755 $SRC "/a b"', 'dockerfile')).toEqual([
      [['# syntax=docker/dockerfile:1', 'metatag']],
      [['from', 'keyword'], ['golang:1.22', ''], ['AS', 'keyword'], ['build', '']],
      [['COPY', 'keyword'], ['--link', 'attribute.name'], ['--chmod', 'attribute.name'], ['=', 'delimiter'], ['0755', 'attribute.value'],
        ['$SRC', 'variable'], ['"/a b"', 'string']],
    ])
  })

  it('ends a string at its closing quote, so the next instruction is an instruction again', () => {
    const [, next] = tokens('ENTRYPOINT ["/app"]\nRUN --mount=type=cache,target=/x true', 'dockerfile')
    expect(next[0]).toEqual(['RUN', 'keyword'])
    expect(next[1]).toEqual(['--mount', 'attribute.name'])
    const [entry] = tokens('ENTRYPOINT ["/app", "-v"]', 'dockerfile')
    expect(entry.filter(([, t]) => t !== 'string').map(([s]) => s)).toEqual(['ENTRYPOINT', '[', ',', ']'])
  })

  it('keeps the instruction going over line continuations and comment lines inside it', () => {
    expect(tokens('RUN a \\\n# note\n  --x\nEXPOSE 80', 'dockerfile').map((l) => l.map(([, t]) => t))).toEqual([
      ['keyword', '', 'string.escape'], ['comment'], ['attribute.name'], ['keyword', ''],
    ])
  })

  it('reads a heredoc body as a string up to its delimiter line', () => {
    const lines = tokens('RUN <<EOF\nFROM not-an-instruction\nEOFX\nEOF\nCOPY <<-"END" /a\n\techo\n\tEND\nEXPOSE 80', 'dockerfile')
    expect(lines).toEqual([
      [['RUN', 'keyword'], ['<<EOF', 'string.heredoc']],
      [['FROM not-an-instruction', 'string']],
      [['EOFX', 'string']],
      [['EOF', 'string.heredoc']],
      [['COPY', 'keyword'], ['<<-"END"', 'string.heredoc'], ['/a', '']],
      [['echo', 'string']],
      [['END', 'string.heredoc']],
      [['EXPOSE', 'keyword'], ['80', '']],
    ])
  })

  it('is a comment only as a whole line', () => {
    expect(tokens('RUN echo a#b', 'dockerfile')[0]).toEqual([['RUN', 'keyword'], ['echo a#b', '']])
  })
})

describe('.dockerignore grammar', () => {
  it.each<[string, [string, string][]]>([
    ['# comment', [['# comment', 'comment']]],
    // moby/patternmatcher reads `#` as a comment only in the first column
    [' # not a comment', [['# not a comment', '']]],
    ['!keep.md', [['!', 'keyword'], ['keep.md', '']]],
    ['  !keep', [['!', 'keyword'], ['keep', '']]],
    ['**/*.log', [['**', 'operator'], ['/', ''], ['*', 'operator'], ['.log', '']]],
    ['file?.[a-c]x', [['file', ''], ['?', 'operator'], ['.', ''], ['[a-c]', 'regexp'], ['x', '']]],
    ['a\\*b', [['a', ''], ['\\*', 'string.escape'], ['b', '']]],
  ])('%j', (line, expected) => {
    expect(tokens(line, 'dockerignore')[0]).toEqual(expected)
  })
})
