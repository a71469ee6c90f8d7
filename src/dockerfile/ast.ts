// The parsed form of a Dockerfile, as BuildKit's parser (frontend/dockerfile/parser) sees it.
// Shared contract between the parser (src/dockerfile/) and the build checks (src/checks/).
// The parser owns this file: fields may be added; renaming or removing one means updating src/checks/.

/** 1-based line and column; `endColumn` is exclusive. */
export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface Directive {
  /** lower-cased key: 'syntax' | 'escape' | 'check' */
  name: string
  value: string
  line: number
}

export interface Heredoc {
  /** the delimiter word, quotes removed */
  name: string
  /** 0 unless written as `3<<EOF` */
  fileDescriptor: number
  /** false when the delimiter was quoted (no variable expansion) */
  expand: boolean
  /** `<<-`: leading tabs are stripped */
  chomp: boolean
  content: string
  startLine: number
  endLine: number
}

export interface Flag {
  /** without the leading `--` */
  name: string
  /** null for a bare `--flag` */
  value: string | null
  /** the flag as written, e.g. `--from=builder` */
  raw: string
  range: Range
}

export interface InstructionNode {
  /** lower-cased keyword, BuildKit's node.Value: 'from', 'run', 'onbuild', ... */
  keyword: string
  /** the keyword as written, for casing checks */
  rawKeyword: string
  /** BuildKit's node.Original: the instruction with continuations joined */
  original: string
  flags: Flag[]
  /**
   * the arguments after the flags, as BuildKit's parser splits them (JSON form: the array items;
   * ENV/LABEL: key, value, separator triples; ONBUILD: the wrapped keyword then its arguments, as
   * instructions.nodeArgs gives them; an unknown instruction: [''])
   */
  args: string[]
  /** exec (JSON) form */
  json: boolean
  heredocs: Heredoc[]
  /** ONBUILD: the instruction it wraps */
  inner?: InstructionNode
  /** the whole instruction, continuations and heredoc bodies included */
  range: Range
  keywordRange: Range
  /** the text after the keyword (and flags), with its range */
  argsText: string
  argsRange: Range
  /** comment lines directly above, without the '#' (BuildKit's PrevComment) */
  prevComments: string[]
}

export interface ParseWarning {
  /** BuildKit check name when the warning is one (e.g. 'NoEmptyContinuation') */
  rule?: string
  message: string
  line: number
  range?: Range
}

export interface ParseError {
  message: string
  line: number
  range?: Range
}

export interface ParsedDockerfile {
  directives: Directive[]
  escapeToken: '\\' | '`'
  instructions: InstructionNode[]
  warnings: ParseWarning[]
  /** a Dockerfile BuildKit refuses to parse; instructions holds what was read before it */
  errors: ParseError[]
  /** the text split in lines, for ranges */
  lines: string[]
}
