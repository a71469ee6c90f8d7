// The playground's built-in examples, linkable as `?example=<id>`. Each is a whole project: its files
// (text for the Dockerfile and ignore files, paths and sizes for the rest), Dockerfile path, target, args.
import type { Example } from './types.ts'
import type { ProjectFile } from '../share/state.ts'

/** Text files at their given content; other files as [path, size]. */
function project(texts: Record<string, string>, sized: [string, number][]): ProjectFile[] {
  return [
    ...Object.entries(texts).map(([path, content]) => ({ path, content })),
    ...sized.map(([path, size]) => ({ path, size })),
  ]
}

/** The noise every real repository has: git metadata. */
const gitDir: [string, number][] = [
  ['.git/HEAD', 23],
  ['.git/config', 312],
  ['.git/index', 18_432],
  ['.git/objects/pack/pack-3f2a.pack', 4_812_004],
  ['.git/objects/pack/pack-3f2a.idx', 61_208],
  ['.git/refs/heads/main', 41],
]

// The tutorial's Dockerfile and .dockerignore, as the first page of the guide shows them.
const goTutorialDockerfile = `# 一阶段构建
FROM golang:1.19.2 as builder
MAINTAINER youremail@gmail.com

# 设置工作目录(docker中的目录)
WORKDIR /usr/src/chat/
# COPY src dst: 拷贝当前目录所有文件到WORKDIR
COPY . .
ENV GOPROXY=https://goproxy.cn,direct

# 自动下载依赖包
RUN go mod tidy

RUN mkdir -p /usr/local/bin/chat/account/ \\
    && CGO_ENABLED=0 GOOS=linux go build -v -o account ./cmd/account \\
    && ls -l \\
    && cp account ./cmd/account/account

# 二阶段构建(必须要基础镜像，FROM scratch：构建一个完全空白的容器镜像，这意味着该镜像没有任何基础操作系统或文件系统。)
FROM scratch
WORKDIR /usr/local/bin/chat
# 以下只拷贝必要的文件到目的路径下
COPY --from=builder /usr/src/chat/cmd/account/account ./account/account
COPY --from=builder /usr/src/chat/cmd/account/accountCfg.yaml ./account/accountCfg.yaml
CMD ["./account/account"]
`

const goTutorialIgnore = `*
!cmd/
!pkg/
`

const goTutorial: Example = {
  id: 'go-tutorial',
  title: { zh: '教程里的 Go 项目（chat）', en: "The tutorial's Go project (chat)" },
  summary: {
    zh: '`*` 加例外的 .dockerignore 把 go.mod 和 go.sum 也排除了：`go mod tidy` 在镜像里找不到模块文件。',
    en: 'The `*`-plus-exceptions .dockerignore also leaves out go.mod and go.sum, so `go mod tidy` finds no module in the image.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: {},
    files: project(
      {
        Dockerfile: goTutorialDockerfile,
        '.dockerignore': goTutorialIgnore,
        'go.mod': 'module chat\n\ngo 1.19\n\nrequire gopkg.in/yaml.v3 v3.0.1\n',
        'go.sum': 'gopkg.in/yaml.v3 v3.0.1 h1:fxVm/GzAzEWqLHuvctI91KS9hhNmmWOoWu0XTYJS7CA=\ngopkg.in/yaml.v3 v3.0.1/go.mod h1:K4uyk7z7BCEPqu6E+C64Yfv1cQ7kz7rIZviUmN+EgEM=\n',
      },
      [
        ['cmd/account/main.go', 2_345],
        ['cmd/account/accountCfg.yaml', 412],
        ['cmd/account/handler.go', 5_120],
        ['pkg/db/db.go', 3_870],
        ['pkg/log/log.go', 1_204],
        ['README.md', 1_830],
        ['tmp/account', 9_437_184],
        ['tmp/build.log', 48_213],
        ...gitDir,
      ],
    ),
  },
}

const nodeApp: Example = {
  id: 'node-app',
  title: { zh: 'Node 应用与 node_modules', en: 'A Node app and node_modules' },
  summary: {
    zh: '本地的 node_modules 有几百 MB：不排除它，每次构建都要传输；`node_modules` 只匹配根目录。',
    en: 'The local node_modules weighs hundreds of MB: unless excluded it is sent on every build; `node_modules` only matches at the root.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: {},
    files: project(
      {
        Dockerfile: `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "src/server.js"]
`,
        '.dockerignore': `node_modules
npm-debug.log
.env
`,
        'package.json': '{\n  "name": "web",\n  "version": "1.0.0",\n  "main": "src/server.js",\n  "dependencies": { "express": "^4.21.0" }\n}\n',
      },
      [
        ['package-lock.json', 61_442],
        ['src/server.js', 1_420],
        ['src/routes/users.js', 2_210],
        ['node_modules/express/index.js', 224],
        ['node_modules/express/lib/router.js', 15_220],
        ['node_modules/.package-lock.json', 58_900],
        ['node_modules/typescript/lib/typescript.js', 9_100_000],
        ['packages/admin/node_modules/react/index.js', 190],
        ['packages/admin/node_modules/react-dom/cjs/react-dom.development.js', 1_050_000],
        ['packages/admin/src/App.jsx', 3_100],
        ['.env', 220],
        ['.env.local', 180],
        ['README.md', 900],
        ...gitDir,
      ],
    ),
  },
}

const pythonApp: Example = {
  id: 'python-app',
  title: { zh: 'Python 应用', en: 'A Python app' },
  summary: {
    zh: '先复制 requirements.txt 让依赖层可以缓存；虚拟环境、__pycache__ 和 .pytest_cache 不该进上下文。',
    en: 'Copy requirements.txt first so the dependency layer caches; the virtualenv, __pycache__ and .pytest_cache stay out of the context.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: {},
    files: project(
      {
        Dockerfile: `FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ app/
CMD ["python", "-m", "app"]
`,
        '.dockerignore': `**/__pycache__
**/*.pyc
.venv/
.pytest_cache/
tests/
`,
        'requirements.txt': 'flask==3.0.3\ngunicorn==22.0.0\n',
      },
      [
        ['app/__init__.py', 0],
        ['app/__main__.py', 310],
        ['app/views.py', 2_800],
        ['app/__pycache__/views.cpython-312.pyc', 4_100],
        ['tests/test_views.py', 1_900],
        ['.venv/lib/python3.12/site-packages/flask/app.py', 61_000],
        ['.venv/bin/python', 17_000],
        ['.pytest_cache/v/cache/lastfailed', 2],
        ['README.md', 640],
        ...gitDir,
      ],
    ),
  },
}

const multiTarget: Example = {
  id: 'multi-target',
  title: { zh: '多目标：test 与 prod', en: 'Multi-target: test and prod' },
  summary: {
    zh: '同一个 Dockerfile，`--target test` 只跑测试，默认构建最后的 prod；没被用到的阶段不会构建。',
    en: 'One Dockerfile: `--target test` runs the tests, the default builds the last stage, prod; stages it does not need are skipped.',
  },
  state: {
    dockerfile: 'Dockerfile',
    target: 'test',
    buildArgs: {},
    files: project(
      {
        Dockerfile: `FROM golang:1.23 AS base
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .

FROM base AS test
RUN go test ./...

FROM base AS build
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12 AS prod
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`,
        '.dockerignore': `.git
bin/
*.md
`,
        'go.mod': 'module example.com/app\n\ngo 1.23\n',
        'go.sum': '',
      },
      [
        ['cmd/app/main.go', 1_100],
        ['internal/store/store.go', 4_200],
        ['internal/store/store_test.go', 3_300],
        ['bin/app', 7_340_032],
        ['README.md', 1_000],
        ...gitDir,
      ],
    ),
  },
}

const cacheMounts: Example = {
  id: 'cache-mounts',
  title: { zh: 'BuildKit 缓存挂载与绑定挂载', en: 'BuildKit cache and bind mounts' },
  summary: {
    zh: '`RUN --mount=type=cache` 在构建之间保留下载的模块；`--mount=type=bind` 读取上下文却不产生一层。',
    en: '`RUN --mount=type=cache` keeps downloaded modules between builds; `--mount=type=bind` reads the context without making a layer.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: {},
    files: project(
      {
        Dockerfile: `# syntax=docker/dockerfile:1
FROM golang:1.23 AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=bind,source=go.mod,target=go.mod \\
    --mount=type=bind,source=go.sum,target=go.sum \\
    go mod download
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    --mount=type=bind,target=. \\
    CGO_ENABLED=0 go build -o /bin/server ./cmd/server

FROM alpine:3.20
COPY --from=build /bin/server /usr/local/bin/server
ENTRYPOINT ["server"]
`,
        '.dockerignore': `.git
*.log
`,
        'go.mod': 'module example.com/server\n\ngo 1.23\n',
        'go.sum': '',
      },
      [
        ['cmd/server/main.go', 2_400],
        ['internal/api/api.go', 6_100],
        ['server.log', 120_000],
        ...gitDir,
      ],
    ),
  },
}

const argFrom: Example = {
  id: 'arg-from',
  title: { zh: '用 ARG 参数化 FROM', en: 'ARG-parameterised FROM' },
  summary: {
    zh: '第一个 FROM 之前的 ARG 是全局的，只能用在 FROM 行里；在阶段里要再声明一次才能用。',
    en: 'An ARG before the first FROM is global and visible only to FROM lines; a stage must declare it again to use it.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: { NODE_VERSION: '20' },
    files: project(
      {
        Dockerfile: `ARG NODE_VERSION=22
ARG BASE=node:\${NODE_VERSION}-alpine
FROM \${BASE} AS app
ARG NODE_VERSION
RUN echo "building on Node $NODE_VERSION"
WORKDIR /app
COPY package.json ./
RUN npm install
COPY src/ src/
CMD ["node", "src/index.js"]
`,
        '.dockerignore': `node_modules
`,
        'package.json': '{ "name": "arg-from", "version": "1.0.0" }\n',
      },
      [
        ['src/index.js', 800],
        ['node_modules/left-pad/index.js', 400],
      ],
    ),
  },
}

const gitignoreHabits: Example = {
  id: 'gitignore-habits',
  title: { zh: '用 .gitignore 的习惯写 .dockerignore', en: 'A .dockerignore written with .gitignore habits' },
  summary: {
    zh: '`*.log` 和 `node_modules` 在 .gitignore 里匹配任何深度，在 .dockerignore 里只匹配根目录；打开 .gitignore 对比看差别。',
    en: 'In .gitignore `*.log` and `node_modules` match at any depth; in .dockerignore only at the root. Turn on the .gitignore comparison to see where they differ.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: {},
    files: project(
      {
        Dockerfile: `FROM node:22-alpine
WORKDIR /app
COPY . .
RUN npm ci
CMD ["npm", "start"]
`,
        '.dockerignore': `# copied from .gitignore
node_modules
*.log
build/
.env
!important.log
`,
        '.gitignore': `node_modules
*.log
build/
.env
`,
        'package.json': '{ "name": "habits", "scripts": { "start": "node server.js" } }\n',
      },
      [
        ['server.js', 1_200],
        ['debug.log', 30_000],
        ['logs/app.log', 2_400_000],
        ['node_modules/express/index.js', 224],
        ['web/node_modules/vite/dist/node/index.js', 2_800_000],
        ['web/build/bundle.js', 640_000],
        ['build/out.js', 90_000],
        ['web/.env', 160],
        ['.env', 200],
      ],
    ),
  },
}

const allowlist: Example = {
  id: 'allowlist',
  title: { zh: '白名单：`*` 加例外', en: 'An allowlist: `*` plus exceptions' },
  summary: {
    zh: '先排除一切，再用 `!` 放回构建需要的文件；父目录被排除时例外仍然能进入其中。',
    en: 'Exclude everything, then put back with `!` what the build needs; an exception still reaches into an excluded parent.',
  },
  state: {
    dockerfile: 'Dockerfile',
    buildArgs: {},
    files: project(
      {
        Dockerfile: `FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY src/ src/
CMD ["python", "src/main.py"]
`,
        '.dockerignore': `*
!requirements.txt
!src/
src/**/*_test.py
!src/**/*.keep
`,
        'requirements.txt': 'requests==2.32.3\n',
      },
      [
        ['src/main.py', 1_500],
        ['src/util/http.py', 2_300],
        ['src/util/http_test.py', 1_800],
        ['src/data/.keep', 0],
        ['docs/guide.md', 12_000],
        ['data/dump.sql', 52_428_800],
        ['.env', 140],
        ...gitDir,
      ],
    ),
  },
}

const perDockerfileIgnore: Example = {
  id: 'per-dockerfile-ignore',
  title: { zh: '每个 Dockerfile 自己的 ignore 文件', en: 'An ignore file per Dockerfile' },
  summary: {
    zh: '`docker build -f web.Dockerfile` 使用 web.Dockerfile.dockerignore，它替代而不是补充 .dockerignore。',
    en: '`docker build -f web.Dockerfile` uses web.Dockerfile.dockerignore, which replaces .dockerignore rather than adding to it.',
  },
  state: {
    dockerfile: 'web.Dockerfile',
    buildArgs: {},
    files: project(
      {
        'web.Dockerfile': `FROM nginx:1.27-alpine
COPY web/dist/ /usr/share/nginx/html/
`,
        'web.Dockerfile.dockerignore': `*
!web/dist/
`,
        'api.Dockerfile': `FROM golang:1.23
WORKDIR /src
COPY . .
RUN go build -o /api ./api
`,
        '.dockerignore': `web/node_modules
.git
`,
        'go.mod': 'module example.com/mono\n\ngo 1.23\n',
      },
      [
        ['api/main.go', 3_000],
        ['web/dist/index.html', 1_200],
        ['web/dist/assets/app.js', 310_000],
        ['web/src/main.ts', 2_000],
        ['web/node_modules/vue/index.js', 300],
        ...gitDir,
      ],
    ),
  },
}

export const builtinExamples: Example[] = [
  goTutorial,
  nodeApp,
  pythonApp,
  multiTarget,
  cacheMounts,
  argFrom,
  gitignoreHabits,
  allowlist,
  perDockerfileIgnore,
]

export const DEFAULT_EXAMPLE_ID = 'go-tutorial'
