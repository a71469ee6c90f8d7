// Exercises of chapter 04: layer order and cache mounts.
import { nodeProject, text, withFiles } from '../examples/chapters.ts'
import type { PlaygroundState } from '../share/state.ts'
import type { Exercise } from './types.ts'
import { evaluateState } from './evaluate.ts'
import { copySources, listInstructions, mounts, sourceCovers, type PlainInstruction } from './instructions.ts'
import { MISSING_SOURCE_RULES, blockingProblems, diagnosticProblem, diagnosticsOf, problem, result } from './problems.ts'

const ignore = 'node_modules\n.git\ncoverage\ndist\n*.log\n.env\n'

const unorderedDockerfile = `# syntax=docker/dockerfile:1
FROM node:22-alpine
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "src/index.js"]
`

const orderedDockerfile = `# syntax=docker/dockerfile:1
FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
CMD ["node", "src/index.js"]
`

const isInstall = (i: PlainInstruction) => i.keyword === 'RUN' && /\bnpm\s+(ci|install|i)\b/.test(i.rest)

/** Problems with the order of COPY and `npm ci` in the last stage. */
function orderProblems(text: string) {
  const all = listInstructions(text)
  const last = Math.max(...all.map((i) => i.stage))
  const stage = all.filter((i) => i.stage === last)
  const install = stage.find(isInstall)
  const problems = []
  if (!install) {
    problems.push(problem('最后一个阶段里要有 `RUN npm ci`。', 'The last stage must run `npm ci`.'))
    return { problems, install }
  }
  const copies = stage.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.startsWith('--from=')))
  const before = copies.filter((c) => c.line < install.line)
  const after = copies.filter((c) => c.line > install.line)
  for (const manifest of ['package.json', 'package-lock.json']) {
    if (!before.some((c) => copySources(c).some((s) => sourceCovers(s, manifest)))) {
      problems.push(problem(`\`npm ci\` 之前要先复制 \`${manifest}\`。`, `Copy \`${manifest}\` before \`npm ci\`.`))
    }
  }
  for (const c of before) {
    if (copySources(c).some((s) => sourceCovers(s, 'src/index.js'))) {
      problems.push(problem(`第 ${c.line} 行在 \`npm ci\` 之前复制了源码：改任何一个源文件都会让 \`npm ci\` 重跑。`,
        `Line ${c.line} copies the sources before \`npm ci\`: editing any source file reruns \`npm ci\`.`))
    }
  }
  if (!after.some((c) => copySources(c).some((s) => sourceCovers(s, 'src/index.js')))) {
    problems.push(problem('`npm ci` 之后还要把 `src/` 复制进镜像，不然镜像里没有代码。', 'After `npm ci`, copy `src/` into the image too, or the image has no code.'))
  }
  return { problems, install }
}

const depsStart = nodeProject(ignore, unorderedDockerfile)

export const depsFirst: Exercise = {
  id: 'ch04-deps-first',
  panels: 'dockerfile,diagnostics',
  chapter: '04-build-cache',
  title: { zh: '改一行代码，不再重装依赖', en: 'Edit a line of code without reinstalling dependencies' },
  task: {
    zh: '现在每改一个源文件，`npm ci` 都要重新跑一遍。调整 Dockerfile 的顺序：先只复制 `package.json` 和 `package-lock.json`，运行 `npm ci`，再复制 `src/`。',
    en: 'Right now every edit to a source file reruns `npm ci`. Reorder the Dockerfile: copy only `package.json` and `package-lock.json`, run `npm ci`, then copy `src/`.',
  },
  start: depsStart,
  hint: {
    zh: '`COPY . .` 的缓存键包含上下文里所有文件的内容，它后面的每一层都跟着它失效。',
    en: "The cache key of `COPY . .` covers every file of the context; every layer after it is invalidated with it.",
  },
  solution: withFiles(depsStart, [text('Dockerfile', orderedDockerfile)]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || ev.dockerfileText === null) return result(blocking)
    const { problems } = orderProblems(ev.dockerfileText)
    problems.push(...diagnosticsOf(ev, MISSING_SOURCE_RULES).map(diagnosticProblem))
    return result(problems)
  },
}

const mountStart = nodeProject(ignore, orderedDockerfile)

export const cacheMount: Exercise = {
  id: 'ch04-npm-cache-mount',
  panels: 'dockerfile,diagnostics',
  chapter: '04-build-cache',
  title: { zh: '给 npm 加一个缓存挂载', en: 'Give npm a cache mount' },
  task: {
    zh: '`package-lock.json` 一变，`npm ci` 就要把所有包重新下载一遍。给这条 `RUN` 加一个缓存挂载，挂到 npm 的下载缓存目录（root 用户是 `/root/.npm`），让下载过的包跨构建保留。层的顺序保持不变。',
    en: "Whenever `package-lock.json` changes, `npm ci` downloads every package again. Add a cache mount to that `RUN`, on npm's download cache (`/root/.npm` for the root user), so packages survive from one build to the next. Keep the layer order.",
  },
  start: mountStart,
  hint: {
    zh: '写法是 `RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev`。',
    en: 'The form is `RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev`.',
  },
  solution: withFiles(mountStart, [text('Dockerfile', orderedDockerfile.replace('RUN npm ci', 'RUN --mount=type=cache,target=/root/.npm npm ci'))]),
  check(state: PlaygroundState) {
    const ev = evaluateState(state)
    const blocking = blockingProblems(state, ev)
    if (blocking.length > 0 || ev.dockerfileText === null) return result(blocking)
    const { problems, install } = orderProblems(ev.dockerfileText)
    if (install) {
      const cache = mounts(install).find((m) => m.type === 'cache')
      if (!cache) {
        problems.push(problem(`第 ${install.line} 行的 \`npm ci\` 还没有 \`--mount=type=cache\`。`, `\`npm ci\` on line ${install.line} has no \`--mount=type=cache\` yet.`))
      } else if ((cache.target ?? '').replace(/\/+$/, '') !== '/root/.npm') {
        problems.push(problem(`缓存挂载在 \`${cache.target ?? ''}\`，但 npm 的缓存目录是 \`/root/.npm\`。`,
          `The cache is mounted at \`${cache.target ?? ''}\`, but npm's cache lives in \`/root/.npm\`.`))
      }
    }
    problems.push(...diagnosticsOf(ev, MISSING_SOURCE_RULES).map(diagnosticProblem))
    return result(problems)
  },
}
