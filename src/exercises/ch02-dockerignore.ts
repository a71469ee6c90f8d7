// Exercises of chapter 02: the build context and .dockerignore.
import { monorepo, nodeProject, withFiles, text } from '../examples/chapters.ts'
import type { PlaygroundState } from '../share/state.ts'
import type { Exercise } from './types.ts'
import { evaluateState, isSent } from './evaluate.ts'
import { blockingProblems, filesUnder, formatBytes, problem, result } from './problems.ts'

const LIMIT = 1_000_000

const smallStart = nodeProject('# build logs\n*.log\n')

export const smallContext: Exercise = {
  id: 'ch02-small-context',
  panels: 'dockerignore,context',
  chapter: '02-dockerignore',
  title: { zh: '把上下文压到 1 MB 以下', en: 'Get the context under 1 MB' },
  task: {
    zh: '这个 Node 项目的构建上下文有几十 MB。只改 `.dockerignore`，让上下文小于 1 MB（1,000,000 字节），同时 `src/` 下的文件以及 `package.json`、`package-lock.json` 都还要发送给构建器。',
    en: 'This Node project sends tens of megabytes as its build context. Change only `.dockerignore` so the context is under 1 MB (1,000,000 bytes) while every file under `src/`, `package.json` and `package-lock.json` are still sent.',
  },
  start: smallStart,
  hint: {
    zh: '看上下文面板里最大的几个目录：`node_modules`、`.git`、`coverage`、`dist`。每个目录名写一行就能把它整个排除。',
    en: 'Look at the largest folders in the context panel: `node_modules`, `.git`, `coverage`, `dist`. One line with a folder name excludes the whole folder.',
  },
  solution: withFiles(smallStart, [text('.dockerignore', '# build logs\n*.log\nnode_modules\n.git\ncoverage\ndist\n')]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.context) return result(blocking)
    const problems = []
    if (ev.context.totalBytes >= LIMIT) {
      problems.push(problem(`上下文还有 ${formatBytes(ev.context.totalBytes)}，要小于 1 MB。`,
        `The context is still ${formatBytes(ev.context.totalBytes)}; it must be under 1 MB.`))
    }
    const needed = [...filesUnder(state, 'src/'), 'package.json', 'package-lock.json']
    for (const path of needed) {
      if (!isSent(ev, path)) {
        problems.push(problem(`\`${path}\` 没有发送，但构建需要它。`, `\`${path}\` is not sent, but the build needs it.`))
      }
    }
    return result(problems)
  },
}

const nestedStart = monorepo('# copied from .gitignore\nnode_modules\n')

export const nestedModules: Exercise = {
  id: 'ch02-nested-node-modules',
  panels: 'dockerignore,context',
  chapter: '02-dockerignore',
  title: { zh: '排除每一层的 node_modules', en: 'Exclude node_modules at every depth' },
  task: {
    zh: '这个 monorepo 的 `.dockerignore` 是从 `.gitignore` 抄来的，只排除了根目录的 `node_modules`。改写它，让 `api/` 和 `web/` 里的 `node_modules` 也不再发送，其余文件照常发送。',
    en: "This monorepo's `.dockerignore` was copied from `.gitignore` and only excludes the `node_modules` at the root. Rewrite it so the `node_modules` inside `api/` and `web/` are not sent either, and everything else still is.",
  },
  start: nestedStart,
  hint: {
    zh: 'Docker 的模式锚定在上下文根目录。要在任意深度匹配，用 `**/`。',
    en: "Docker's patterns are anchored at the context root. To match at any depth, use `**/`.",
  },
  solution: withFiles(nestedStart, [text('.dockerignore', '**/node_modules\n')]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || !ev.context) return result(blocking)
    const problems = []
    const modules = state.files.map((f) => f.path).filter((p) => p.split('/').includes('node_modules'))
    const stillSent = modules.filter((p) => isSent(ev, p))
    for (const path of stillSent) {
      problems.push(problem(`\`${path}\` 还在上下文里。`, `\`${path}\` is still in the context.`))
    }
    const others = state.files.map((f) => f.path).filter((p) => !p.endsWith('/') && !p.split('/').includes('node_modules'))
    for (const path of others) {
      if (!isSent(ev, path)) {
        problems.push(problem(`\`${path}\` 被排除了，但它不属于 node_modules。`, `\`${path}\` is excluded, but it is not part of node_modules.`))
      }
    }
    return result(problems)
  },
}
