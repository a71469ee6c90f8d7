// Engine diagnostics → Monaco marker data. Kept free of Monaco imports so it is testable and costs nothing
// until the editor loads; the numeric severities are Monaco's `MarkerSeverity` values.
import type { Diagnostic, Severity } from '../../src/types.ts'

export const MARKER_SEVERITY: Record<Severity, number> = { error: 8, warning: 4, info: 2 }

export interface MarkerSpec {
  severity: number
  message: string
  /** the rule, shown by Monaco next to the message; `url` makes it a link to Docker's page */
  code: string
  url?: string
  source: string
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

/**
 * A diagnostic without a column covers its whole line; lines beyond the text are clamped to the last line so
 * that a diagnostic about a truncated file still shows somewhere.
 */
export function toMarker(d: Diagnostic, lineLengths: readonly number[]): MarkerSpec {
  const lineCount = Math.max(1, lineLengths.length)
  const clampLine = (l: number): number => Math.min(Math.max(1, Math.floor(l)), lineCount)
  const lengthOf = (l: number): number => lineLengths[l - 1] ?? 0
  const startLineNumber = clampLine(d.line)
  const endLineNumber = Math.max(startLineNumber, clampLine(d.endLine ?? d.line))
  const startColumn = d.column !== undefined ? Math.min(Math.max(1, d.column), lengthOf(startLineNumber) + 1) : 1
  let endColumn = d.endColumn !== undefined ? Math.max(1, d.endColumn) : lengthOf(endLineNumber) + 1
  // An empty range is invisible in Monaco; widen it to one character (or the line end on an empty line).
  if (endLineNumber === startLineNumber && endColumn <= startColumn) endColumn = startColumn + 1
  return {
    severity: MARKER_SEVERITY[d.severity],
    message: `${d.rule}: ${d.message}`,
    code: d.rule,
    url: d.url,
    source: 'docker',
    startLineNumber,
    startColumn,
    endLineNumber,
    endColumn,
  }
}

export function toMarkers(diagnostics: readonly Diagnostic[] | undefined, text: string): MarkerSpec[] {
  if (!diagnostics || diagnostics.length === 0) return []
  const lineLengths = text.split(/\r\n|\r|\n/).map((l) => l.length)
  return diagnostics.map((d) => toMarker(d, lineLengths))
}

/** 1-based lines that exist in the text, deduplicated and sorted, for line decorations. */
export function validLines(lines: readonly number[] | undefined, lineCount: number): number[] {
  if (!lines) return []
  return [...new Set(lines.filter((l) => Number.isInteger(l) && l >= 1 && l <= lineCount))].sort((a, b) => a - b)
}
