// Syntax colouring for ```dockerignore blocks (Shiki ships no grammar for it). It follows Docker's reading of
// the file: `#` starts a comment only in column 1, `!` (after leading spaces) makes an exception, and
// `*`, `?`, `**`, `[...]` and `\` are pattern syntax.
import type { MarkdownOptions } from 'vitepress'

type LanguageInput = NonNullable<MarkdownOptions['languages']>[number]

export const dockerignoreGrammar: LanguageInput = {
  name: 'dockerignore',
  scopeName: 'source.dockerignore',
  repository: {},
  patterns: [
    { match: '^#.*$', name: 'comment.line.number-sign.dockerignore' },
    { match: '^\\s*!', name: 'keyword.operator.negation.dockerignore' },
    { match: '\\[[^\\]]*\\]', name: 'constant.character.set.dockerignore' },
    { match: '\\*\\*|\\*|\\?', name: 'keyword.operator.wildcard.dockerignore' },
    { match: '\\\\.', name: 'constant.character.escape.dockerignore' },
  ],
}
