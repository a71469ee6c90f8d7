// Exercises of chapter 03: multi-stage builds, targets and ARG scope.
import { blob, multiStageDockerfile, nodeSources, project, text, withFiles } from '../examples/chapters.ts'
import type { PlaygroundState } from '../share/state.ts'
import type { Exercise } from './types.ts'
import { evaluateState } from './evaluate.ts'
import { listInstructions } from './instructions.ts'
import { blockingProblems, problem, result } from './problems.ts'

const skipStart = project(
  [text('Dockerfile', multiStageDockerfile), text('.dockerignore', 'node_modules\n.git\ncoverage\ndist\n*.log\n.env\n'), ...nodeSources],
  { target: 'prod' },
)

export const skipTest: Exercise = {
  id: 'ch03-skip-test',
  panels: 'dockerfile,stages',
  chapter: '03-multi-stage',
  title: { zh: '构建 prod 时跳过 test', en: 'Skip test when building prod' },
  task: {
    zh: '用 `--target prod` 构建时，BuildKit 现在也会运行 `test` 阶段，因为 `prod` 从 `test` 复制文件。修改 Dockerfile，让构建 `prod` 时跳过 `test`，但 `test` 阶段要保留（CI 会用 `--target test` 单独构建它），`prod` 仍然拿到编译好的 `dist`。',
    en: 'Built with `--target prod`, BuildKit also runs the `test` stage, because `prod` copies from it. Change the Dockerfile so building `prod` skips `test`, while keeping the `test` stage (CI builds it on its own with `--target test`) and `prod` still gets the compiled `dist`.',
  },
  start: skipStart,
  hint: {
    zh: '`dist` 是在 `build` 阶段生成的，`test` 只是继承了它。阶段图里的边就是依赖。',
    en: '`dist` is produced in the `build` stage; `test` merely inherits it. The edges of the stage graph are the dependencies.',
  },
  solution: withFiles(skipStart, [text('Dockerfile', multiStageDockerfile.replace('COPY --from=test /app/dist', 'COPY --from=build /app/dist'))]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state, 'prod')
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.analysis) return result(blocking)
    const { stages, built, diagnostics } = ev.analysis
    const byName = (name: string) => stages.find((s) => s.name === name)
    const prod = byName('prod')
    const test = byName('test')
    const build = byName('build')
    const problems = []
    const errors = diagnostics.filter((d) => d.severity === 'error')
    for (const d of errors) problems.push(problem(`第 ${d.line} 行：${d.message}`, `Line ${d.line}: ${d.message}`))
    if (!prod) problems.push(problem('没有名为 `prod` 的阶段了。', 'There is no stage named `prod` any more.'))
    if (!test) problems.push(problem('`test` 阶段要保留，CI 还要用 `--target test` 构建它。', 'Keep the `test` stage: CI still builds it with `--target test`.'))
    if (!build) problems.push(problem('`build` 阶段要保留。', 'Keep the `build` stage.'))
    if (prod && test && built.includes(test.index)) {
      problems.push(problem('构建 `prod` 时 `test` 仍然会运行：`prod` 直接或间接依赖它。', 'Building `prod` still runs `test`: `prod` depends on it, directly or through another stage.'))
    }
    if (prod && build && !built.includes(build.index)) {
      problems.push(problem('`prod` 不再依赖 `build`，那它的 `dist` 从哪里来？', '`prod` no longer depends on `build`; where does its `dist` come from?'))
    }
    if (prod) {
      const copiesDist = listInstructions(ev.dockerfileText ?? '').some(
        (i) => i.stage === prod.index && i.keyword === 'COPY' && i.flags.some((f) => f.startsWith('--from=')) && i.args.some((a) => a.replace(/\/+$/, '').endsWith('/dist')),
      )
      if (!copiesDist) problems.push(problem('`prod` 要从另一个阶段复制 `/app/dist`。', '`prod` must copy `/app/dist` from another stage.'))
    }
    return result(problems)
  },
}

const argDockerfile = `# syntax=docker/dockerfile:1
ARG ALPINE_VERSION=3.20
ARG APP_VERSION=0.0.0-dev

FROM alpine:\${ALPINE_VERSION}
LABEL org.opencontainers.image.version="\${APP_VERSION}"
COPY app /usr/local/bin/app
ENTRYPOINT ["app"]
`

const argStart = project([text('Dockerfile', argDockerfile), blob('app', 6_200_000)], { buildArgs: { APP_VERSION: '1.4.2' } })

export const argScope: Exercise = {
  id: 'ch03-arg-scope',
  panels: 'dockerfile,diagnostics',
  chapter: '03-multi-stage',
  title: { zh: '让标签拿到版本号', en: 'Give the label its version' },
  task: {
    zh: '构建时传了 `--build-arg APP_VERSION=1.4.2`，可镜像的 `org.opencontainers.image.version` 标签是空的。不要删掉 FROM 之前的两个 ARG，让 `LABEL` 这一行能用上 `APP_VERSION`。',
    en: "The build passes `--build-arg APP_VERSION=1.4.2`, yet the image's `org.opencontainers.image.version` label is empty. Without removing the two ARGs before FROM, make the `LABEL` line see `APP_VERSION`.",
  },
  start: argStart,
  hint: {
    zh: 'FROM 之前的 ARG 只对 FROM 行可见。在阶段里再写一次不带值的 `ARG 名字`，它就会取全局的值。',
    en: 'An ARG before FROM is visible to FROM lines only. Write `ARG NAME` again, without a value, inside the stage and it takes the global value.',
  },
  solution: withFiles(argStart, [text('Dockerfile', argDockerfile.replace('FROM alpine:${ALPINE_VERSION}\n', 'FROM alpine:${ALPINE_VERSION}\nARG APP_VERSION\n'))]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.analysis || ev.dockerfileText === null) return result(blocking)
    const problems = []
    const all = listInstructions(ev.dockerfileText)
    const globals = all.filter((i) => i.stage === -1 && i.keyword === 'ARG').map((i) => i.args.join(' '))
    if (!globals.some((a) => /^APP_VERSION(=|$)/.test(a)) || !globals.some((a) => /^ALPINE_VERSION(=|$)/.test(a))) {
      problems.push(problem('FROM 之前的 `ARG ALPINE_VERSION` 和 `ARG APP_VERSION` 要保留。', 'Keep `ARG ALPINE_VERSION` and `ARG APP_VERSION` before FROM.'))
    }
    const uses = /\$\{?APP_VERSION\b/
    const label = all.find((i) => i.keyword === 'LABEL' && uses.test(i.rest))
    if (!label) {
      problems.push(problem('`LABEL` 这一行要使用 `$APP_VERSION`。', 'The `LABEL` line must use `$APP_VERSION`.'))
    } else {
      const declared = all.some((i) => i.stage === label.stage && i.keyword === 'ARG' && i.line < label.line && /^APP_VERSION(=|$)/.test(i.args[0] ?? ''))
      if (!declared) {
        problems.push(problem(`第 ${label.line} 行用到的 \`APP_VERSION\` 在这个阶段里没有声明，展开后是空字符串。`,
          `\`APP_VERSION\` used on line ${label.line} is not declared in this stage, so it expands to an empty string.`))
      }
    }
    for (const d of ev.analysis.diagnostics.filter((x) => x.rule === 'UndefinedVar' && x.message.includes('APP_VERSION'))) {
      problems.push(problem(`第 ${d.line} 行：${d.message}`, `Line ${d.line}: ${d.message}`))
    }
    return result(problems)
  },
}
