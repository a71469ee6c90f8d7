// Monarch grammar for Dockerfiles. Monaco's bundled one only knows upper-case keywords and nothing of flags,
// parser directives or heredocs; readers of this guide meet all three.
import type { languages } from 'monaco-editor/editor/editor.api'

type Rule = languages.IMonarchLanguageRule

const INSTRUCTIONS = 'from|run|cmd|label|maintainer|expose|env|add|copy|entrypoint|volume|user|workdir|arg|onbuild|stopsignal|healthcheck|shell'

/** A token that also ends the instruction when it is the last thing on the line. */
function ending(token: string): languages.IMonarchLanguageAction {
  return { cases: { '@eos': { token, next: '@pop' }, '@default': token } }
}

/** Inside a string: the end of the line ends the instruction too. */
function lineEnd(token: string): languages.IMonarchLanguageAction {
  return { cases: { '@eos': { token, next: '@popall' }, '@default': token } }
}

const closing: languages.IMonarchLanguageAction = {
  cases: { '@eos': { token: 'string', next: '@popall' }, '@default': { token: 'string', next: '@pop' } },
}

const argumentRules: Rule[] = [
  // A trailing escape continues the instruction on the next line: stay in this state.
  [/[\\`]$/, 'string.escape'],
  [/\s+/, ending('')],
  [/--[a-zA-Z-]+(?==)/, 'attribute.name', '@flagValue'],
  [/--[a-zA-Z-]+/, ending('attribute.name')],
  // A heredoc: its body runs from the next line to the line holding only the delimiter word.
  [/<<-?\s*(["']?)([A-Za-z_]\w*)\1/, { cases: {
    '@eos': { token: 'string.heredoc', next: '@heredoc.$2' },
    '@default': { token: 'string.heredoc', next: '@heredocLine.$2' },
  } }],
  [/\$\{[^}]*\}|\$[A-Za-z_]\w*/, ending('variable')],
  [/"/, 'string', '@dq'],
  [/'/, 'string', '@sq'],
  [/\b(as|AS|As|aS)\b/, ending('keyword')],
  [/[^\s"'$\\`]+/, ending('')],
  [/./, ending('')],
]

export const dockerfileLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.dockerfile',
  ignoreCase: true,
  tokenizer: {
    root: [
      [/^#\s*(syntax|escape|check)\s*=.*$/, 'metatag'],
      [/^\s*#.*$/, 'comment'],
      [new RegExp(`^(\\s*)(onbuild)(\\s+)(${INSTRUCTIONS})\\b`), ['', 'keyword', '', { token: 'keyword', next: '@args' }]],
      [new RegExp(`^(\\s*)(${INSTRUCTIONS})\\b`), ['', { token: 'keyword', next: '@args' }]],
      [/.+/, ''],
    ],
    args: [
      // Comment lines inside a continued instruction are dropped by the parser.
      [/^\s*#.*$/, 'comment'],
      ...argumentRules,
    ],
    flagValue: [
      [/=/, 'delimiter'],
      [/\$\{[^}]*\}|\$[A-Za-z_]\w*/, { cases: { '@eos': { token: 'variable', next: '@popall' }, '@default': 'variable' } }],
      [/[^\s$]+/, { cases: { '@eos': { token: 'attribute.value', next: '@popall' }, '@default': 'attribute.value' } }],
      [/\s/, { token: '', next: '@pop' }],
    ],
    // The rest of the line that opened a heredoc, then its body.
    heredocLine: [[/.+$/, { token: '', switchTo: '@heredoc.$S2' }]],
    heredoc: [
      // `~` rather than `==`: with ignoreCase Monarch lower-cases the state name but not the matched text.
      [/^\t*[A-Za-z_]\w*$/, { cases: { '$#~\\t*$S2': { token: 'string.heredoc', next: '@popall' }, '@default': 'string' } }],
      [/.+/, 'string'],
    ],
    // A closing quote returns to the arguments, or ends the instruction at the end of the line; an escape at
    // the end of the line continues the string on the next one.
    dq: [
      [/\\$/, 'string.escape'],
      [/\\./, 'string.escape'],
      [/\$\{[^}]*\}|\$[A-Za-z_]\w*/, lineEnd('variable')],
      [/"/, closing],
      [/[^"\\$]+/, lineEnd('string')],
      [/./, lineEnd('string')],
    ],
    sq: [
      [/\\$/, 'string.escape'],
      [/'/, closing],
      [/[^'\\]+/, lineEnd('string')],
      [/./, lineEnd('string')],
    ],
  },
}

export const dockerfileConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [['{', '}'], ['[', ']'], ['(', ')']],
  autoClosingPairs: [
    { open: '{', close: '}' }, { open: '[', close: ']' }, { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] }, { open: "'", close: "'", notIn: ['string'] },
  ],
  surroundingPairs: [{ open: '"', close: '"' }, { open: "'", close: "'" }, { open: '[', close: ']' }],
  wordPattern: /(-?-?[\w.:/@-]+)/,
}
