// Exercise of chapter 06: a build that fails leaves garbage behind, so first make it succeed.
import { goProject, seedDockerignore, text, withFiles } from '../examples/chapters.ts'
import type { PlaygroundState } from '../share/state.ts'
import type { Exercise } from './types.ts'
import { evaluateState, isSent } from './evaluate.ts'
import { MISSING_SOURCE_RULES, blockingProblems, diagnosticProblem, diagnosticsOf, problem, result } from './problems.ts'

const seedStart = goProject(seedDockerignore)

export const seedBuild: Exercise = {
  id: 'ch06-seed-build',
  panels: 'dockerignore,context,diagnostics',
  chapter: '06-cleanup',
  title: { zh: '让教程的构建成功', en: "Make the tutorial's build succeed" },
  task: {
    zh: '第 0 章的 `.dockerignore` 只放行了 `cmd/` 和 `pkg/`，`COPY go.mod go.sum ./` 因此失败，每次失败还可能留下垃圾。保持白名单写法（`.git/` 和 `tmp/` 仍然不发送），让 `go.mod` 和 `go.sum` 进入上下文。',
    en: "Chapter 0's `.dockerignore` lets in only `cmd/` and `pkg/`, so `COPY go.mod go.sum ./` fails, and failed builds may leave garbage behind. Keep the allowlist style (`.git/` and `tmp/` still not sent) and get `go.mod` and `go.sum` into the context.",
  },
  start: seedStart,
  hint: {
    zh: '白名单里每一个构建要读的文件都要有一行 `!`：`!go.mod`、`!go.sum`。',
    en: 'Every file the build reads needs its own `!` line in an allowlist: `!go.mod`, `!go.sum`.',
  },
  solution: withFiles(seedStart, [text('.dockerignore', '*\n!cmd/\n!pkg/\n!go.mod\n!go.sum\n')]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.context) return result(blocking)
    const problems = []
    for (const path of ['go.mod', 'go.sum', 'cmd/account/main.go', 'cmd/account/accountCfg.yaml']) {
      if (!isSent(ev, path)) problems.push(problem(`\`${path}\` 没有进入上下文，构建需要它。`, `\`${path}\` is not in the context, and the build needs it.`))
    }
    for (const path of ['.git/HEAD', 'tmp/account']) {
      if (isSent(ev, path)) {
        const dir = path.split('/')[0]
        problems.push(problem(`\`${dir}/\` 进入了上下文：保持白名单，只放行构建需要的文件。`, `\`${dir}/\` is in the context: keep the allowlist and let in only what the build needs.`))
      }
    }
    problems.push(...diagnosticsOf(ev, MISSING_SOURCE_RULES).map(diagnosticProblem))
    return result(problems)
  },
}
