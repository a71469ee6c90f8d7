// Building blocks the exercise checks share: localized problems and common questions about a state.
import type { Localized } from '../examples/types.ts'
import type { Diagnostic } from '../types.ts'
import type { PlaygroundState } from '../share/state.ts'
import type { CheckResult } from './types.ts'
import type { ExerciseEvaluation } from './evaluate.ts'
import { fileAt } from './evaluate.ts'

export function problem(zh: string, en: string): Localized {
  return { zh, en }
}

export function result(problems: Localized[]): CheckResult {
  return { passed: problems.length === 0, problems }
}

/** Problems that stop any further checking: no Dockerfile, or an ignore file Docker rejects. */
export function blockingProblems(state: PlaygroundState, ev: ExerciseEvaluation): Localized[] {
  const out: Localized[] = []
  if (!fileAt(state, state.dockerfile)) {
    out.push(problem(`项目里没有 \`${state.dockerfile}\`。`, `The project has no \`${state.dockerfile}\`.`))
  }
  if (ev.ignoreError) {
    const { line, message } = ev.ignoreError
    out.push(problem(`\`${ev.ignoreFile}\` 第 ${line} 行有错误，Docker 会拒绝构建：${message}`,
      `\`${ev.ignoreFile}\` line ${line} is an error and Docker refuses to build: ${message}`))
  }
  // Never let a state pass because a step could not run: say so instead.
  for (const message of ev.failures) {
    out.push(problem(`演练场无法分析这个项目：${message}`, `The playground could not evaluate this project: ${message}`))
  }
  if (out.length === 0 && fileAt(state, state.dockerfile) && (!ev.context || !ev.analysis)) {
    out.push(problem('演练场无法分析这个项目。', 'The playground could not evaluate this project.'))
  }
  return out
}

/** The build would fail here: a COPY/ADD source that is not in the context. */
export const MISSING_SOURCE_RULES = new Set(['CopyIgnoredFile', 'CopySourceNotFound'])

export function diagnosticsOf(ev: ExerciseEvaluation, rules: ReadonlySet<string>): Diagnostic[] {
  return ev.analysis ? ev.analysis.diagnostics.filter((d) => rules.has(d.rule)) : []
}

/** A diagnostic as a problem; one about an ignore file names the file, the Dockerfile's need not. */
export function diagnosticProblem(d: Diagnostic & { file?: string }): Localized {
  if (d.file !== undefined && d.file.endsWith('.dockerignore')) {
    return problem(`\`${d.file}\` 第 ${d.line} 行：${d.rule}：${d.message}`, `\`${d.file}\` line ${d.line}: ${d.rule}: ${d.message}`)
  }
  return problem(`第 ${d.line} 行：${d.rule}：${d.message}`, `Line ${d.line}: ${d.rule}: ${d.message}`)
}

/** Every project file under `dir/` (a path prefix), directories excluded. */
export function filesUnder(state: PlaygroundState, dir: string): string[] {
  return state.files.map((f) => f.path).filter((p) => p.startsWith(dir) && !p.endsWith('/'))
}

export function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`
  return `${n} B`
}
