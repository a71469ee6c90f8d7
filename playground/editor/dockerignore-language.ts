// Monarch grammar for .dockerignore, following Docker's reader (moby/patternmatcher/ignorefile): a comment is a
// line whose first character is `#` (not after spaces), `!` after leading spaces re-includes, `\` escapes the
// next character, and `*`, `**`, `?` and `[...]` are the wildcards.
import type { languages } from 'monaco-editor/editor/editor.api'

function ending(token: string): languages.IMonarchLanguageAction {
  return { cases: { '@eos': { token, next: '@pop' }, '@default': token } }
}

export const dockerignoreLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.dockerignore',
  tokenizer: {
    root: [
      [/^#.*$/, 'comment'],
      [/^(\s*)(!)/, ['', 'keyword']],
      [/\\./, 'string.escape'],
      [/\*\*/, 'operator'],
      [/[*?]/, 'operator'],
      [/\[/, { token: 'regexp', next: '@charClass' }],
      [/[^\\*?[]+/, ''],
      [/\\$/, 'string.escape'],
    ],
    // A class runs to `]`; an unterminated one ends with the line (Docker reports it as a bad pattern).
    charClass: [
      [/\\./, ending('regexp')],
      [/\]/, { token: 'regexp', next: '@pop' }],
      [/[^\]\\]/, ending('regexp')],
      [/\\$/, { token: 'regexp', next: '@pop' }],
    ],
  },
}

export const dockerignoreConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [['[', ']']],
  wordPattern: /[^\s/]+/,
}
