// Examples the guide's chapters embed (`<DockerPlayground example="ch02-…">`), merged into the
// playground's examples list. The sample projects are exported too: the exercises start from them.
import type { ProjectFile, PlaygroundState } from '../share/state.ts'
import type { Example } from './types.ts'

/** A text file the engine reads or the reader edits. */
export function text(path: string, content: string): ProjectFile {
  return { path, content }
}

/** Any other file: only its size matters to the build context. */
export function blob(path: string, size: number): ProjectFile {
  // sizes are written as 1.1 * KB; floating point must not leak fractional bytes
  return { path, size: Math.round(size) }
}

export function project(files: ProjectFile[], extra: Partial<PlaygroundState> = {}): PlaygroundState {
  return { files, dockerfile: 'Dockerfile', buildArgs: {}, ...extra }
}

/** Replace (or add) text files of a state, keeping everything else; returns a new state. */
export function withFiles(state: PlaygroundState, files: ProjectFile[], extra: Partial<PlaygroundState> = {}): PlaygroundState {
  const replaced = new Set(files.map((f) => f.path))
  return {
    ...state,
    ...extra,
    files: [...state.files.filter((f) => !replaced.has(f.path)), ...files],
    buildArgs: { ...state.buildArgs, ...(extra.buildArgs ?? {}) },
  }
}

const KB = 1000
const MB = 1000 * KB

/** The noise every real checkout carries: a Git directory and editor files. */
const gitDir: ProjectFile[] = [
  blob('.git/HEAD', 23),
  blob('.git/config', 312),
  blob('.git/index', 48 * KB),
  blob('.git/objects/pack/pack-5f0c2a.pack', 24 * MB),
  blob('.git/objects/pack/pack-5f0c2a.idx', 310 * KB),
]

// ─── A Node service ────────────────────────────────────────────────────────────

export const nodeSources: ProjectFile[] = [
  blob('package.json', 1.1 * KB),
  blob('package-lock.json', 182 * KB),
  blob('src/index.js', 4.2 * KB),
  blob('src/routes/users.js', 3.1 * KB),
  blob('src/routes/orders.js', 3.6 * KB),
  blob('test/app.test.js', 6.4 * KB),
  blob('README.md', 2.8 * KB),
]

export const nodeNoise: ProjectFile[] = [
  ...gitDir,
  blob('node_modules/.package-lock.json', 160 * KB),
  blob('node_modules/express/index.js', 1.2 * KB),
  blob('node_modules/express/lib/router/index.js', 15 * KB),
  blob('node_modules/typescript/lib/typescript.js', 9.1 * MB),
  blob('node_modules/@esbuild/linux-x64/bin/esbuild', 10.2 * MB),
  blob('node_modules/.cache/babel-loader/3a1f.json', 2.4 * MB),
  blob('coverage/lcov.info', 840 * KB),
  blob('coverage/lcov-report/index.html', 96 * KB),
  blob('dist/index.js', 212 * KB),
  blob('npm-debug.log', 54 * KB),
  blob('.env', 214),
  blob('.vscode/settings.json', 180),
]

export const nodeDockerfile = `# syntax=docker/dockerfile:1
FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
CMD ["node", "src/index.js"]
`

export function nodeProject(dockerignore: string | null, dockerfile = nodeDockerfile): PlaygroundState {
  const files = [text('Dockerfile', dockerfile), ...nodeSources, ...nodeNoise]
  if (dockerignore !== null) files.splice(1, 0, text('.dockerignore', dockerignore))
  return project(files)
}

// ─── A monorepo with node_modules at several depths ─────────────────────────────

export function monorepo(dockerignore: string): PlaygroundState {
  return project([
    text('Dockerfile', `# syntax=docker/dockerfile:1
FROM node:22-alpine
WORKDIR /repo
COPY . .
RUN npm ci --workspaces
CMD ["node", "api/src/server.js"]
`),
    text('.dockerignore', dockerignore),
    blob('package.json', 900),
    blob('package-lock.json', 240 * KB),
    blob('node_modules/react/index.js', 190),
    blob('node_modules/react/cjs/react.development.js', 87 * KB),
    blob('api/package.json', 640),
    blob('api/src/server.js', 5.3 * KB),
    blob('api/node_modules/pg/lib/client.js', 19 * KB),
    blob('api/node_modules/.bin/pg', 1.4 * KB),
    blob('web/package.json', 780),
    blob('web/src/App.jsx', 7.9 * KB),
    blob('web/src/main.jsx', 640),
    blob('web/node_modules/vite/dist/node/chunks/dep.js', 2.1 * MB),
    blob('web/node_modules/.vite/deps/react.js', 1.1 * MB),
  ])
}

// ─── The tutorial's Go service (chapter 00) ─────────────────────────────────────

export const goSources: ProjectFile[] = [
  blob('go.mod', 412),
  blob('go.sum', 9.6 * KB),
  blob('cmd/account/main.go', 3.4 * KB),
  text('cmd/account/accountCfg.yaml', 'listen: ":8080"\nlog_level: info\n'),
  blob('pkg/store/store.go', 5.1 * KB),
  blob('pkg/store/store_test.go', 4.2 * KB),
  blob('README.md', 1.9 * KB),
  blob('tmp/account', 14 * MB),
  blob('tmp/debug.log', 380 * KB),
  ...gitDir,
]

export const goDockerfile = `# syntax=docker/dockerfile:1
FROM golang:1.23 AS builder
WORKDIR /usr/src/chat
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/account ./cmd/account

FROM scratch
WORKDIR /usr/local/bin/chat
COPY --from=builder /out/account ./account/account
COPY --from=builder /usr/src/chat/cmd/account/accountCfg.yaml ./account/accountCfg.yaml
CMD ["./account/account"]
`

export function goProject(dockerignore: string, dockerfile = goDockerfile): PlaygroundState {
  return project([text('Dockerfile', dockerfile), text('.dockerignore', dockerignore), ...goSources])
}

/** The seed tutorial's allowlist: it leaves go.mod and go.sum out of the context. */
export const seedDockerignore = '*\n!cmd/\n!pkg/\n'

// ─── A Python service ────────────────────────────────────────────────────────────

export const pythonDockerfile = `# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/
COPY config/settings.toml ./config/
CMD ["python", "-m", "app"]
`

export function pythonProject(dockerignore: string, dockerfile = pythonDockerfile): PlaygroundState {
  return project([
    text('Dockerfile', dockerfile),
    text('.dockerignore', dockerignore),
    blob('requirements.txt', 310),
    blob('app/__init__.py', 0),
    blob('app/__main__.py', 1.2 * KB),
    blob('app/api.py', 6.8 * KB),
    blob('app/__pycache__/api.cpython-312.pyc', 9.1 * KB),
    blob('config/settings.toml', 420),
    blob('config/secrets.toml', 160),
    blob('.venv/lib/python3.12/site-packages/fastapi/__init__.py', 1.1 * KB),
    blob('.venv/lib/python3.12/site-packages/pydantic_core/_pydantic_core.so', 4.6 * MB),
    blob('tests/test_api.py', 3.3 * KB),
    ...gitDir,
  ])
}

// ─── Chapter 03: a Dockerfile with build, test and prod stages ──────────────────

export const multiStageDockerfile = `# syntax=docker/dockerfile:1
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM build AS test
RUN npm test

FROM node:22-alpine AS prod
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=test /app/dist ./dist
CMD ["node", "dist/index.js"]
`

const nodeIgnore = 'node_modules\n.git\ncoverage\ndist\n*.log\n.env\n'

function ex(id: string, zhTitle: string, enTitle: string, zhSummary: string, enSummary: string, state: PlaygroundState): Example {
  return { id, title: { zh: zhTitle, en: enTitle }, summary: { zh: zhSummary, en: enSummary }, state }
}

export const chapterExamples: Example[] = [
  // 02 — .dockerignore
  ex('ch02-context-size', '没有 .dockerignore 的上下文', 'A context without .dockerignore',
    '没有 .dockerignore 时，node_modules 和 .git 也一起发给构建器。',
    'With no .dockerignore, node_modules and .git travel to the builder too.',
    nodeProject(null)),
  ex('ch02-anchored', '模式锚定在上下文根目录', 'Patterns are anchored at the context root',
    '`node_modules` 只匹配根目录下的那一个；`**/node_modules` 匹配每一层。',
    '`node_modules` matches only the one at the root; `**/node_modules` matches at every depth.',
    monorepo('# only the node_modules at the root\nnode_modules\n')),
  ex('ch02-wildcards', '`*`、`?` 与 `**`', '`*`, `?` and `**`',
    '`*` 和 `?` 不跨越 `/`；`**` 匹配任意层目录。',
    '`*` and `?` never cross `/`; `**` matches any number of directories.',
    project([
      text('Dockerfile', 'FROM alpine:3.20\nCOPY . /src\n'),
      text('.dockerignore', '*.log\n*/temp*\ntemp?\n**/*.tmp\n'),
      blob('app.log', 12 * KB),
      blob('logs/app.log', 48 * KB),
      blob('temp1', 10),
      blob('temp12', 10),
      blob('build/temporary.txt', 200),
      blob('build/sub/temporary.txt', 200),
      blob('cache.tmp', 3 * KB),
      blob('a/b/c/cache.tmp', 3 * KB),
      blob('main.c', 2 * KB),
    ])),
  ex('ch02-exceptions', '例外规则：最后匹配的一行说了算', 'Exceptions: the last matching line wins',
    'Docker 文档里的 README 例子：把 `README-secret.md` 移到 `!README*.md` 之后，结果就变了。',
    "Docker's README example: move `README-secret.md` after `!README*.md` and the result changes.",
    project([
      text('Dockerfile', 'FROM alpine:3.20\nCOPY . /docs\n'),
      text('.dockerignore', '*.md\n!README*.md\nREADME-secret.md\n'),
      blob('README.md', 3 * KB),
      blob('README-zh.md', 3 * KB),
      blob('README-secret.md', 1 * KB),
      blob('CHANGELOG.md', 22 * KB),
      blob('docs/guide.md', 8 * KB),
      blob('main.go', 2 * KB),
    ])),
  ex('ch02-reinclude', '在被排除的目录里重新包含', 'Re-including inside an excluded directory',
    '`docs` 被排除，`!docs/api.md` 又把一个文件带回来；而 `a/b` 后面的 `!a` 什么也带不回来。',
    '`docs` is excluded and `!docs/api.md` brings one file back; `!a` after `a/b` brings nothing back.',
    project([
      text('Dockerfile', 'FROM alpine:3.20\nCOPY . /src\n'),
      text('.dockerignore', 'docs\n!docs/api.md\na/b\n!a\n'),
      blob('docs/api.md', 6 * KB),
      blob('docs/internals.md', 14 * KB),
      blob('docs/images/arch.png', 380 * KB),
      blob('a/b', 100),
      blob('a/c', 100),
      blob('main.go', 2 * KB),
    ])),
  ex('ch02-dir-star', '`tmp/*` 与 `tmp`', '`tmp/*` versus `tmp`',
    '`tmp/*` 排除目录里的内容，但空的 `tmp/` 仍然会被发送；`cache` 连目录本身一起排除。',
    '`tmp/*` excludes what is inside but still sends an empty `tmp/`; `cache` removes the directory itself.',
    project([
      text('Dockerfile', 'FROM alpine:3.20\nCOPY . /src\n'),
      text('.dockerignore', 'tmp/*\ncache\n'),
      blob('tmp/session-1', 2 * KB),
      blob('tmp/session-2', 2 * KB),
      blob('cache/objects.db', 6 * MB),
      blob('main.go', 2 * KB),
    ])),
  ex('ch02-cleaning', '模式先按路径清理', 'Patterns are cleaned like paths',
    '`/build`、`./dist/`、`logs//`、`src/../secrets` 清理后分别是 `build`、`dist`、`logs`、`secrets`。',
    '`/build`, `./dist/`, `logs//` and `src/../secrets` clean to `build`, `dist`, `logs` and `secrets`.',
    project([
      text('Dockerfile', 'FROM alpine:3.20\nCOPY . /src\n'),
      text('.dockerignore', '/build\n./dist/\nlogs//\nsrc/../secrets\n'),
      blob('build/app', 8 * MB),
      blob('dist/app.tar.gz', 3 * MB),
      blob('logs/today.log', 90 * KB),
      blob('secrets/api-key.txt', 64),
      blob('src/secrets/README.md', 300),
      blob('src/main.go', 2 * KB),
    ])),
  ex('ch02-case', '大小写敏感', 'Case matters',
    '`readme.md` 不匹配 `README.md`：匹配区分大小写。',
    '`readme.md` does not match `README.md`: matching is case-sensitive.',
    project([
      text('Dockerfile', 'FROM alpine:3.20\nCOPY . /src\n'),
      text('.dockerignore', 'readme.md\n*.PNG\n'),
      blob('README.md', 3 * KB),
      blob('logo.png', 40 * KB),
      blob('screenshot.PNG', 900 * KB),
      blob('main.go', 2 * KB),
    ])),
  ex('ch02-dockerfile-ignore', '每个 Dockerfile 自己的忽略文件', 'An ignore file per Dockerfile',
    '用 `-f app.Dockerfile` 构建时，`app.Dockerfile.dockerignore` 取代根目录的 `.dockerignore`。',
    'Built with `-f app.Dockerfile`, `app.Dockerfile.dockerignore` replaces the root `.dockerignore`.',
    project([
      text('app.Dockerfile', 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "src/index.js"]\n'),
      text('app.Dockerfile.dockerignore', '*\n!package.json\n!package-lock.json\n!src/\n'),
      text('docs.Dockerfile', 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n'),
      text('.dockerignore', 'node_modules\n.git\n'),
      ...nodeSources,
      blob('site/index.html', 6 * KB),
      ...nodeNoise,
    ], { dockerfile: 'app.Dockerfile' })),
  ex('ch02-secrets', '密钥和 .git', 'Secrets and .git',
    '`.env`、私钥和 `.git` 一旦进入上下文，`COPY . .` 就会把它们写进镜像层。',
    'Once `.env`, a private key or `.git` is in the context, `COPY . .` writes it into a layer.',
    project([
      text('Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "-m", "app"]\n'),
      text('.dockerignore', '__pycache__\n*.pyc\n'),
      blob('requirements.txt', 310),
      blob('app/__main__.py', 1.2 * KB),
      blob('.env', 240),
      blob('.env.example', 180),
      blob('deploy/id_ed25519', 411),
      blob('deploy/server.pem', 1.7 * KB),
      ...gitDir,
    ])),
  ex('ch02-gitignore-vs-dockerignore', '同一份规则：.gitignore 与 .dockerignore', 'The same rules as .gitignore and as .dockerignore',
    '从 .gitignore 复制来的规则：`*.log` 和 `__pycache__/` 在 Docker 里只匹配根目录。',
    'Rules copied from .gitignore: `*.log` and `__pycache__/` match only at the root in Docker.',
    project([
      text('Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "-m", "app"]\n'),
      text('.dockerignore', '# copied from .gitignore\n__pycache__/\n*.log\n.venv/\n'),
      blob('app/__main__.py', 1.2 * KB),
      blob('app/__pycache__/__main__.cpython-312.pyc', 2 * KB),
      blob('app/jobs/__pycache__/nightly.cpython-312.pyc', 5 * KB),
      blob('server.log', 300 * KB),
      blob('logs/worker.log', 2.2 * MB),
      blob('.venv/bin/python', 14 * KB),
      blob('requirements.txt', 310),
    ])),
  ex('ch02-allowlist', '白名单：`*` 加例外', 'Allowlist: `*` plus exceptions',
    '先排除一切，再逐个放行需要的文件；新加的文件默认不会进入上下文。',
    'Exclude everything, then let in what the build needs; a new file stays out until you add it.',
    nodeProject('# everything out …\n*\n# … then what the build reads\n!package.json\n!package-lock.json\n!src/\n')),

  // 03 — multi-stage builds
  ex('ch03-stages', '构建阶段与阶段图', 'Stages and the stage graph',
    '依赖、构建、测试、生产四个阶段；切换构建目标，看哪些阶段会被跳过。',
    'Four stages: deps, build, test, prod. Switch the target and watch which stages are skipped.',
    project([text('Dockerfile', multiStageDockerfile), text('.dockerignore', nodeIgnore), ...nodeSources], { target: 'prod' })),
  ex('ch03-copy-from', 'COPY --from：阶段名、序号与镜像', 'COPY --from: stage name, index and image',
    '`--from` 可以是阶段名、阶段序号，也可以是任意镜像。',
    '`--from` takes a stage name, a stage index, or any image.',
    project([
      text('Dockerfile', `# syntax=docker/dockerfile:1
FROM golang:1.23 AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata

FROM scratch
# by name
COPY --from=builder /out/server /server
# by index: stage 1 is the alpine stage
COPY --from=1 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=1 /usr/share/zoneinfo /usr/share/zoneinfo
# from an image that is not a stage of this file
COPY --from=busybox:1.36 /bin/busybox /busybox
ENTRYPOINT ["/server"]
`),
      text('.dockerignore', '.git\n'),
      blob('go.mod', 300),
      blob('go.sum', 4 * KB),
      blob('cmd/server/main.go', 3 * KB),
    ])),
  ex('ch03-arg-scope', 'FROM 之前与之后的 ARG', 'ARG before and after FROM',
    '全局 ARG 只在 FROM 行可见；阶段内要用，需要再写一次 `ARG 名字`。',
    'A global ARG is visible to FROM lines only; inside a stage, declare `ARG NAME` again.',
    project([
      text('Dockerfile', `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
ARG APP_VERSION=0.0.0-dev

FROM golang:\${GO_VERSION}-alpine AS builder
# redeclared: the global default comes into this stage
ARG APP_VERSION
WORKDIR /src
COPY . .
RUN go build -ldflags "-X main.version=\${APP_VERSION}" -o /out/app .

FROM alpine:3.20
# not redeclared here: $APP_VERSION is empty in this stage
LABEL org.opencontainers.image.version=$APP_VERSION
COPY --from=builder /out/app /usr/local/bin/app
ENTRYPOINT ["app"]
`),
      blob('go.mod', 300),
      blob('main.go', 2 * KB),
    ], { buildArgs: { APP_VERSION: '1.4.2' } })),

  // 04 — build cache
  ex('ch04-go-modules', 'Go：先复制 go.mod 和 go.sum', 'Go: copy go.mod and go.sum first',
    '模块下载单独成层：只改源码时，`go mod download` 那一层直接命中缓存。',
    'Modules download in a layer of their own: editing a source file leaves `go mod download` cached.',
    goProject('.git\ntmp\n*.log\n')),
  ex('ch04-npm', 'npm：先复制 package*.json 再 npm ci', 'npm: copy package*.json, then npm ci',
    '依赖清单在源码之前复制，`npm ci` 只在依赖变化时重跑。',
    'The manifests are copied before the sources, so `npm ci` reruns only when dependencies change.',
    nodeProject(nodeIgnore, `# syntax=docker/dockerfile:1
FROM node:22-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY src ./src
CMD ["node", "src/index.js"]
`)),
  ex('ch04-pip', 'pip：先复制 requirements.txt', 'pip: copy requirements.txt first',
    '`pip install` 只依赖 requirements.txt，所以把它单独先复制。',
    '`pip install` depends only on requirements.txt, so copy it on its own first.',
    pythonProject('.git\n.venv\n**/__pycache__\nconfig/secrets.toml\n')),
  ex('ch04-cache-mounts', '缓存挂载与绑定挂载', 'Cache mounts and bind mounts',
    '`--mount=type=cache` 让下载缓存跨构建保留；`--mount=type=bind` 只在这一步里读文件，不产生 COPY 层。',
    '`--mount=type=cache` keeps download caches across builds; `--mount=type=bind` reads files for one step without a COPY layer.',
    goProject('.git\ntmp\n*.log\n', `# syntax=docker/dockerfile:1
FROM golang:1.23 AS builder
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=bind,source=go.mod,target=go.mod \\
    --mount=type=bind,source=go.sum,target=go.sum \\
    go mod download -x
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    --mount=type=bind,target=. \\
    CGO_ENABLED=0 go build -o /out/account ./cmd/account

FROM scratch
COPY --from=builder /out/account /account
CMD ["/account"]
`)),
  ex('ch04-copy-link', 'COPY --link', 'COPY --link',
    '`--link` 的层不依赖它之前的层：换了基础镜像，这一层也不用重做。',
    'A `--link` layer does not depend on the layers before it: a new base image does not redo it.',
    goProject('.git\ntmp\n*.log\n', `# syntax=docker/dockerfile:1
FROM golang:1.23 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/account ./cmd/account

FROM alpine:3.20
RUN apk add --no-cache ca-certificates
COPY --link --from=builder /out/account /usr/local/bin/account
COPY --link cmd/account/accountCfg.yaml /etc/account/
ENTRYPOINT ["account"]
`)),

  // 05 — build checks
  ex('ch05-warnings', '一个会触发多条检查的 Dockerfile', 'A Dockerfile that trips several checks',
    '逐条修正，看诊断列表一条条消失。',
    'Fix them one by one and watch the diagnostics list shrink.',
    goProject('.git\ntmp\n', `FROM golang:1.23 as Builder
MAINTAINER you@example.com
ENV GOFLAGS -mod=readonly
WORKDIR src
COPY . .
RUN go build -o /out/account ./cmd/account
EXPOSE 8080/TCP

FROM scratch
COPY --from=builder /out/account /account
CMD /account
`)),
  ex('ch05-check-directives', '`# check=` 指令', 'The `# check=` directive',
    '`skip=` 跳过指定规则，`error=true` 让剩下的警告使构建失败。',
    '`skip=` turns named rules off; `error=true` makes the remaining warnings fail the build.',
    goProject('.git\ntmp\n', `# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended;error=true
FROM golang:1.23 as builder
WORKDIR /src
COPY . .
RUN go build -o /out/account ./cmd/account

FROM scratch
COPY --from=builder /out/account /account
CMD /account
`)),
  ex('ch05-copy-ignored', '复制了被忽略的文件', 'Copying an ignored file',
    '`config/` 被 .dockerignore 排除，`COPY config/settings.toml` 就会失败。',
    '`config/` is excluded by .dockerignore, so `COPY config/settings.toml` fails.',
    pythonProject('.git\n.venv\n**/__pycache__\nconfig/\n')),
  ex('ch05-copy-source-not-found', '复制了不存在的路径', 'Copying a path that does not exist',
    '本站补充的检查：COPY 的源路径在上下文里找不到。',
    "This site's own check: a COPY source that is not in the context.",
    goProject('.git\ntmp\n', goDockerfile.replace('COPY go.mod go.sum ./', 'COPY go.mod go.sum go.work ./'))),

  // 06 — cleanup
  ex('ch06-seed', '教程的项目：一次会失败的构建', "The tutorial's project: a build that fails",
    '原教程的白名单把 go.mod 和 go.sum 挡在上下文之外，构建在 COPY 这一步失败。',
    "The tutorial's allowlist keeps go.mod and go.sum out of the context; the build fails at COPY.",
    goProject(seedDockerignore)),
]
