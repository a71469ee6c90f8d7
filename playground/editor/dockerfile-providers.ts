// Hover and completion for Dockerfiles: dockerfile-language-service for instructions and the flags it knows,
// BuildKit's own flags, mount options and directives from buildkit-docs.ts for the rest.
import type * as Monaco from 'monaco-editor/editor/editor.api'
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service'
import type { CompletionItem as LspCompletionItem, Hover as LspHover, MarkupContent } from 'vscode-languageserver-types'
import { DIRECTIVES, FLAGS, MOUNT_OPTIONS, MOUNT_TYPE_DOCS, MOUNT_TYPES, flagsFor, mountOptionsFor, type Doc } from './buildkit-docs.ts'
import { completionSite, hoverSite } from './dockerfile-sites.ts'
import { RULES } from '../../src/checks/rules.ts'

type Api = typeof Monaco
type Locale = 'zh' | 'en'

let docsLocale: Locale = 'en'
/** Hover and completion are registered once per page, so the page's language is shared state. */
export function setDocsLocale(locale: Locale): void {
  docsLocale = locale
}
const text = (d: Doc): string => d[docsLocale]

const service = DockerfileLanguageServiceFactory.createLanguageService()
service.setCapabilities({
  completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
  hover: { contentFormat: ['markdown'] },
})

function markdownOf(doc: LspCompletionItem['documentation'] | LspHover['contents']): string {
  if (!doc) return ''
  if (typeof doc === 'string') return doc
  if (Array.isArray(doc)) return doc.map((d) => (typeof d === 'string' ? d : d.value)).join('\n\n')
  return (doc as MarkupContent).value
}

function lspCompletionToMonaco(m: Api, item: LspCompletionItem, fallback: Monaco.IRange): Monaco.languages.CompletionItem {
  const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : null
  const range = edit
    ? { startLineNumber: edit.range.start.line + 1, startColumn: edit.range.start.character + 1,
        endLineNumber: edit.range.end.line + 1, endColumn: edit.range.end.character + 1 }
    : fallback
  const resolved = item.documentation ? item : service.resolveCompletionItem(item)
  const documentation = markdownOf(resolved.documentation)
  return {
    label: item.label,
    kind: item.kind === 14 ? m.languages.CompletionItemKind.Keyword : m.languages.CompletionItemKind.Property,
    insertText: edit?.newText ?? item.insertText ?? item.label,
    insertTextRules: item.insertTextFormat === 2 ? m.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
    documentation: documentation ? { value: documentation } : undefined,
    detail: item.detail,
    range,
  }
}

function prefixRange(position: Monaco.Position, prefixLength: number): Monaco.IRange {
  return { startLineNumber: position.lineNumber, startColumn: position.column - prefixLength,
    endLineNumber: position.lineNumber, endColumn: position.column }
}

async function provideCompletion(m: Api, model: Monaco.editor.ITextModel, position: Monaco.Position): Promise<Monaco.languages.CompletionList> {
  const lines = model.getLinesContent()
  const site = completionSite(lines, position.lineNumber, position.column)
  const Kind = m.languages.CompletionItemKind
  const Snippet = m.languages.CompletionItemInsertTextRule.InsertAsSnippet
  switch (site.kind) {
    case 'directive':
      return { suggestions: DIRECTIVES.map((d) => ({
        label: `${d.name}=`, kind: Kind.Keyword, insertText: `${d.name}=`, detail: d.example,
        documentation: { value: text(d.doc) }, range: prefixRange(position, site.prefix.length) })) }
    case 'mount-key':
      return { suggestions: mountOptionsFor(site.mountType).map((o) => {
        const bare = o.name === 'rw' || o.name === 'ro' || o.name === 'required'
        return { label: bare ? o.name : `${o.name}=`, kind: Kind.Property, insertText: bare ? o.name : `${o.name}=`,
        documentation: { value: text(o.doc) }, range: prefixRange(position, site.prefix.length),
        command: o.values ? { id: 'editor.action.triggerSuggest', title: '' } : undefined }
      }) }
    case 'mount-value': {
      const option = MOUNT_OPTIONS.find((o) => o.name === site.key)
      return { suggestions: (option?.values ?? []).map((v) => ({
        label: v, kind: Kind.EnumMember, insertText: v, range: prefixRange(position, site.prefix.length),
        documentation: site.key === 'type' ? { value: text(MOUNT_TYPE_DOCS[v as (typeof MOUNT_TYPES)[number]]) } : undefined })) }
    }
    case 'check-key':
      return { suggestions: CHECK_KEYS.map((k) => ({
        label: `${k}=`, kind: Kind.Property, insertText: `${k}=`, range: prefixRange(position, site.prefix.length),
        command: { id: 'editor.action.triggerSuggest', title: '' } })) }
    case 'check-value': {
      const values = site.key === 'skip' || site.key === 'experimental'
        ? ['all', ...Object.values(RULES).filter((r) => site.key === 'skip' || r.experimental).map((r) => r.name)]
        : site.key === 'error' ? ['true', 'false'] : []
      return { suggestions: values.map((v) => {
        const rule = (RULES as Record<string, { description: string; url: string }>)[v]
        return { label: v, kind: Kind.EnumMember, insertText: v, range: prefixRange(position, site.prefix.length),
          documentation: rule ? { value: `${rule.description}\n\n[${rule.url}](${rule.url})` } : undefined }
      }) }
    }
    case 'flag-value': {
      const flag = FLAGS.find((f) => f.name === site.flag && f.instructions.includes(site.instruction))
      return { suggestions: (flag?.values ?? []).map((v) => ({
        label: v, kind: Kind.EnumMember, insertText: v, range: prefixRange(position, site.prefix.length) })) }
    }
    case 'flag': {
      const typed = /-*[a-z-]*$/.exec(model.getLineContent(position.lineNumber).slice(0, position.column - 1))?.[0] ?? ''
      const range = prefixRange(position, typed.length)
      const fromService = await service.computeCompletionItems(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 })
      const known = new Set(fromService.map((i) => /^--([a-z-]+)/.exec(i.label)?.[1]).filter((n): n is string => !!n))
      const ours = flagsFor(site.instruction).filter((f) => !known.has(f.name)).map((f) => {
        const boolean = f.name === 'link' || f.name === 'parents'
        return {
          label: boolean ? `--${f.name}` : `--${f.name}=`, kind: Kind.Property,
          insertText: boolean ? `--${f.name}` : f.values ? `--${f.name}=\${1|${f.values.join(',')}|}` : `--${f.name}=$1`,
          insertTextRules: boolean ? undefined : Snippet,
          documentation: { value: text(f.doc) }, range,
          command: f.name === 'mount' ? { id: 'editor.action.triggerSuggest', title: '' } : undefined,
        }
      })
      return { suggestions: [...fromService.map((i) => lspCompletionToMonaco(m, i, range)), ...ours] }
    }
    case 'none': {
      const word = model.getWordUntilPosition(position)
      const fallback = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn }
      const items = await service.computeCompletionItems(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 })
      return { suggestions: items.map((i) => lspCompletionToMonaco(m, i, fallback)) }
    }
  }
}

const CHECK_KEYS = ['skip', 'error', 'experimental'] as const

function provideHover(model: Monaco.editor.ITextModel, position: Monaco.Position): Monaco.languages.Hover | null {
  const site = hoverSite(model.getLinesContent(), position.lineNumber, position.column)
  if (site) {
    let value: string | null = null
    if (site.kind === 'directive') {
      const d = DIRECTIVES.find((x) => x.name === site.name)
      if (d) value = `**# ${d.name}=**\n\n${text(d.doc)}\n\n\`# ${d.example}\``
    } else if (site.kind === 'flag') {
      const f = FLAGS.find((x) => x.name === site.flag && x.instructions.includes(site.instruction))
      if (f) value = `**${site.instruction} --${f.name}**\n\n${text(f.doc)}`
    } else if (site.kind === 'check-rule') {
      const rule = (RULES as Record<string, { name: string; description: string; url: string }>)[site.rule]
      if (rule) value = `**${rule.name}**\n\n${rule.description}\n\n[${rule.url}](${rule.url})`
    } else if (site.kind === 'mount-type') {
      const d = MOUNT_TYPE_DOCS[site.mountType as (typeof MOUNT_TYPES)[number]]
      if (d) value = `**--mount type=${site.mountType}**\n\n${text(d)}`
    } else {
      const aliases: Record<string, string> = { dst: 'target', destination: 'target', readwrite: 'rw', readonly: 'ro', src: 'source' }
      const o = MOUNT_OPTIONS.find((x) => x.name === (aliases[site.key] ?? site.key))
      if (o) value = `**--mount ${site.key}**\n\n${text(o.doc)}`
    }
    if (value) return { contents: [{ value }] }
  }
  const hover = service.computeHover(model.getValue(), { line: position.lineNumber - 1, character: position.column - 1 })
  if (!hover) return null
  const r = hover.range
  return {
    contents: [{ value: markdownOf(hover.contents) }],
    range: r ? { startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1 } : undefined,
  }
}

export function registerDockerfileProviders(m: Api): void {
  m.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['-', '=', ','],
    provideCompletionItems: (model, position) => provideCompletion(m, model, position),
  })
  m.languages.registerHoverProvider('dockerfile', { provideHover: (model, position) => provideHover(model, position) })
}
