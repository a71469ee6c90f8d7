// Exercises of chapter 05: build checks.
import { goProject, pythonProject, text, withFiles } from '../examples/chapters.ts'
import type { PlaygroundState } from '../share/state.ts'
import type { Exercise } from './types.ts'
import { evaluateState, isSent } from './evaluate.ts'
import { copySources, listInstructions, readDirectives, sourceCovers } from './instructions.ts'
import { MISSING_SOURCE_RULES, blockingProblems, diagnosticProblem, diagnosticsOf, problem, result } from './problems.ts'

const warningDockerfile = `FROM golang:1.23 as builder
MAINTAINER you@example.com
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/account ./cmd/account

FROM scratch
COPY --from=builder /out/account /account
CMD /account
`

const cleanDockerfile = `FROM golang:1.23 AS builder
LABEL org.opencontainers.image.authors="you@example.com"
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/account ./cmd/account

FROM scratch
COPY --from=builder /out/account /account
CMD ["/account"]
`

const warningsStart = goProject('.git\ntmp\n', warningDockerfile)

export const fixWarnings: Exercise = {
  id: 'ch05-fix-warnings',
  panels: 'dockerfile,diagnostics',
  chapter: '05-build-checks',
  title: { zh: '让 `docker build --check` 不再报警', en: 'Make `docker build --check` quiet' },
  task: {
    zh: '这个 Dockerfile 能构建，但 `docker build --check` 报了几条警告。逐条修正，直到诊断面板为空。不许用 `# check=skip` 把它们关掉，也不要删掉任何一个阶段。',
    en: 'This Dockerfile builds, but `docker build --check` reports several warnings. Fix them one by one until the diagnostics panel is empty. No silencing them with `# check=skip`, and keep both stages.',
  },
  start: warningsStart,
  hint: {
    zh: '`AS` 跟 `FROM` 一样大写；作者信息用 `LABEL org.opencontainers.image.authors=…`；`CMD` 写成 JSON 数组。',
    en: 'Write `AS` in the same case as `FROM`; put the author in `LABEL org.opencontainers.image.authors=…`; write `CMD` as a JSON array.',
  },
  solution: withFiles(warningsStart, [text('Dockerfile', cleanDockerfile)]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.analysis || ev.dockerfileText === null) return result(blocking)
    const problems = []
    // Both the file-level directive and a per-instruction `# check=skip=…` comment silence rules.
    const silenced = /(^|;)\s*skip\s*=/.test(readDirectives(ev.dockerfileText).check ?? '') ||
      ev.dockerfileText.split(/\r?\n/).some((line) => /^\s*#\s*check\s*=.*\bskip\s*=/i.test(line))
    if (silenced) {
      problems.push(problem('不要用 `# check=skip=…` 关掉检查，要修正它们。', 'Do not turn the checks off with `# check=skip=…`; fix what they report.'))
    }
    const all = listInstructions(ev.dockerfileText)
    if (!all.some((i) => i.keyword === 'FROM' && i.stage === 0) || !all.some((i) => i.keyword === 'FROM' && i.stage === 1)) {
      problems.push(problem('两个阶段都要保留。', 'Keep both stages.'))
    }
    if (!all.some((i) => i.keyword === 'COPY' && i.flags.some((f) => /^--from=builder$/i.test(f)))) {
      problems.push(problem('最后一个阶段仍要从 `builder` 复制程序。', 'The last stage must still copy the program from `builder`.'))
    }
    for (const d of ev.diagnostics) {
      if (d.severity === 'warning' || d.severity === 'error') problems.push(diagnosticProblem(d))
    }
    return result(problems)
  },
}

const ignoredStart = pythonProject('.git\n.venv\n**/__pycache__\nconfig/\n')

export const copyIgnored: Exercise = {
  id: 'ch05-copy-ignored',
  panels: 'dockerfile,dockerignore,context,diagnostics',
  chapter: '05-build-checks',
  title: { zh: '修好被忽略文件的 COPY', en: 'Fix the COPY of an ignored file' },
  task: {
    zh: '`.dockerignore` 排除了整个 `config/`，所以 `COPY config/settings.toml` 会失败。改 `.dockerignore`，让 `config/settings.toml` 进入上下文，而 `config/secrets.toml` 仍然留在外面。Dockerfile 不要改。',
    en: '`.dockerignore` excludes all of `config/`, so `COPY config/settings.toml` fails. Change `.dockerignore` so `config/settings.toml` is in the context while `config/secrets.toml` stays out. Leave the Dockerfile as it is.',
  },
  start: ignoredStart,
  hint: {
    zh: '在 `config/` 那一行之后加一个例外：以 `!` 开头的模式会把匹配的文件重新包含进来。',
    en: 'Add an exception after the `config/` line: a pattern starting with `!` re-includes what it matches.',
  },
  solution: withFiles(ignoredStart, [text('.dockerignore', '.git\n.venv\n**/__pycache__\nconfig/\n!config/settings.toml\n')]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.context || ev.dockerfileText === null) return result(blocking)
    const problems = []
    const copiesSettings = listInstructions(ev.dockerfileText).some(
      (i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && copySources(i).some((s) => sourceCovers(s, 'config/settings.toml')),
    )
    if (!copiesSettings) {
      problems.push(problem('Dockerfile 仍要复制 `config/settings.toml`，这道题只改 `.dockerignore`。', 'The Dockerfile must still copy `config/settings.toml`; this exercise changes only `.dockerignore`.'))
    }
    if (!isSent(ev, 'config/settings.toml')) {
      problems.push(problem('`config/settings.toml` 还没有进入上下文。', '`config/settings.toml` is not in the context yet.'))
    }
    if (isSent(ev, 'config/secrets.toml')) {
      problems.push(problem('`config/secrets.toml` 进入了上下文：它不该离开你的电脑。', '`config/secrets.toml` is in the context: it should never leave your machine.'))
    }
    problems.push(...diagnosticsOf(ev, MISSING_SOURCE_RULES).map(diagnosticProblem))
    return result(problems)
  },
}
