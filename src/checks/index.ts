// BuildKit's build checks for one Dockerfile, in the phases BuildKit runs them:
// parse time (every instruction, until one fails to parse), stage-level checks over all stages,
// FROM-line expansion over all stages, then dispatch for the stages the target needs.
// runChecks reports every warning BuildKit's rules produce; applyCheckDirectives then applies
// `# check=` (file directive, per-instruction comments, BUILDKIT_DOCKERFILE_CHECK) as BuildKit's
// linter does.
import type { InstructionNode, ParsedDockerfile } from '../dockerfile/ast.ts'
import type { AnalyzeOptions } from '../dockerfile/index.ts'
import { typeInstruction } from '../dockerfile/instructions.ts'
import type { Diagnostic } from '../types.ts'
import { checkInstructionCasing } from './casing.ts'
import { governingComments, type CheckContext, type ChecksInput } from './context.ts'
import { checkEmptyContinuations } from './continuation.ts'
import { checkDefinitionDescription } from './definition-description.ts'
import { checkMaintainer } from './deprecated.ts'
import { cutAtSpace, EMPTY_CONFIG, mergeFromComments, parseLintOptions, ruleEnabled, type LintConfig } from './directives.ts'
import { checkDispatch } from './dispatch.ts'
import { checkDefaultBaseImages, checkFromLines } from './from-args.ts'
import { isCheckRule, RULES, type RuleName } from './rules.ts'
import { checkFromCasing, checkStageNames } from './stage-names.ts'

export type { ChecksInput } from './context.ts'
export { RULES, MESSAGES, CAVEATS } from './rules.ts'

export function runChecks(input: ChecksInput): Diagnostic[] {
  const { parsed } = input
  const out: Diagnostic[] = []
  const ctx: CheckContext = {
    ...input,
    escapeToken: parsed.escapeToken,
    report(d, governedBy) {
      governingComments.set(d, governedBy ? governedBy.prevComments : null)
      out.push(d)
    },
  }
  // a file BuildKit's parser rejects gets no warnings at all
  if (parsed.errors.length > 0) return out
  checkEmptyContinuations(ctx)

  let parseFailed = false
  let seenFrom = false
  const froms: InstructionNode[] = []
  const stageInstructions: InstructionNode[] = []
  for (const node of parsed.instructions) {
    // the warnings BuildKit emits for an instruction before its own parse can fail
    checkMaintainer(ctx, node)
    if (node.keyword === 'from') checkFromCasing(ctx, node)
    if ('error' in typeInstruction(node)) { parseFailed = true; break }
    checkDefinitionDescription(ctx, node)
    if (node.keyword === 'from') {
      seenFrom = true
      froms.push(node)
    }
    if (!seenFrom && node.keyword !== 'arg') { parseFailed = true; break }
    if (seenFrom) stageInstructions.push(node)
  }
  if (!parseFailed && froms.length > 0 && input.model.stages.length > 0) {
    checkStageNames(ctx, froms)
    checkInstructionCasing(ctx, stageInstructions)
    checkDefaultBaseImages(ctx)
    if (checkFromLines(ctx)) checkDispatch(ctx)
  }
  return sortDiagnostics(out)
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || (a.d.message < b.d.message ? -1 : a.d.message > b.d.message ? 1 : 0) || a.i - b.i)
    .map((x) => x.d)
}

// Rules BuildKit runs with the file-level configuration only: their `# check=` comments are ignored.
const FILE_LEVEL_ONLY = new Set<string>(['NoEmptyContinuation', 'DuplicateStageName', 'ReservedStageName', 'ConsistentInstructionCasing', 'InvalidDefaultArgInFrom'])

/** The file-level configuration: BUILDKIT_DOCKERFILE_CHECK wins over the `# check=` directive. */
export function fileLintOptions(parsed: ParsedDockerfile, options: AnalyzeOptions = {}): { text: string; line: number; errorPrefix: string } {
  const fromArg = options.buildArgs?.BUILDKIT_DOCKERFILE_CHECK
  if (fromArg !== undefined) return { text: fromArg, line: 1, errorPrefix: 'failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK' }
  const directive = parsed.directives.find((d) => d.name === 'check')
  const errorPrefix = 'failed to parse check options'
  return directive ? { text: cutAtSpace(directive.value), line: directive.line, errorPrefix } : { text: '', line: 1, errorPrefix }
}

/**
 * Drop the check diagnostics `# check=skip=…` silences, keep experimental rules only where
 * `experimental=` asks for them, and with `error=true` turn the rest into errors plus the
 * failure BuildKit ends the build with. Diagnostics of other kinds pass through unchanged.
 */
export function applyCheckDirectives(diagnostics: Diagnostic[], parsed: ParsedDockerfile, options: AnalyzeOptions = {}): Diagnostic[] {
  const source = fileLintOptions(parsed, options)
  const opts = parseLintOptions(source.text)
  if (opts.error !== null) {
    // BuildKit refuses to build before it reads any instruction
    return [
      ...diagnostics.filter((d) => !isCheckRule(d.rule)),
      { rule: 'SyntaxError', severity: 'error', message: `${source.errorPrefix}: ${opts.error}`, line: source.line },
    ]
  }
  const base: LintConfig = opts.config ?? EMPTY_CONFIG
  const byLine = new Map<number, InstructionNode>()
  for (const node of parsed.instructions) if (!byLine.has(node.range.line)) byLine.set(node.range.line, node)

  // error=true fails the build only once everything else succeeded (finalizeResultImage);
  // a build that fails earlier reports its own error and the warnings stay warnings
  const failsAnyway = diagnostics.some((d) => !isCheckRule(d.rule) && d.severity === 'error')
  const asErrors = base.returnAsError && !failsAnyway
  const out: Diagnostic[] = []
  const violated: string[] = []
  let firstViolationLine = 0
  for (const d of diagnostics) {
    if (!isCheckRule(d.rule)) { out.push(d); continue }
    const rule: RuleName = d.rule
    let comments: readonly string[] | null
    if (governingComments.has(d)) comments = governingComments.get(d) ?? null
    else comments = FILE_LEVEL_ONLY.has(rule) ? null : byLine.get(d.line)?.prevComments ?? null
    const config = comments ? mergeFromComments(base, comments) : base
    if (!ruleEnabled(config, rule, RULES[rule].experimental)) continue
    if (asErrors) {
      out.push({ ...d, severity: 'error' })
      if (!violated.includes(rule)) violated.push(rule)
      if (firstViolationLine === 0 || d.line < firstViolationLine) firstViolationLine = d.line
    } else {
      out.push(d)
    }
  }
  if (violated.length > 0) {
    out.push({ rule: 'LintViolation', severity: 'error', message: `lint violation found for rules: ${violated.join(', ')}`, line: firstViolationLine })
  }
  return out
}

/** runChecks followed by applyCheckDirectives. */
export function checkDockerfile(input: ChecksInput): Diagnostic[] {
  return applyCheckDirectives(runChecks(input), input.parsed, input.options)
}
