// What BuildKit's Dockerfile frontend accepts beyond what dockerfile-language-service knows: instruction
// flags, `RUN --mount` options and parser directives, with a short explanation in both site languages.
// This is reference data for hover and completion; it loads with the editor chunk, not with every page.

export interface Doc { en: string; zh: string }

export interface FlagDoc {
  name: string
  instructions: readonly string[]
  /** accepted values, offered after `--flag=` */
  values?: readonly string[]
  doc: Doc
}

export const FLAGS: readonly FlagDoc[] = [
  { name: 'platform', instructions: ['FROM', 'COPY', 'ADD'], doc: {
    en: 'Platform of the image or stage, e.g. `linux/arm64`; defaults to the build platform for FROM.',
    zh: '镜像或阶段的平台，如 `linux/arm64`；FROM 默认使用构建的目标平台。' } },
  { name: 'mount', instructions: ['RUN'], doc: {
    en: 'Mount a filesystem for this RUN only: `type=bind|cache|tmpfs|secret|ssh`. Nothing mounted ends up in the image layer.',
    zh: '只为这条 RUN 挂载文件系统：`type=bind|cache|tmpfs|secret|ssh`。挂载的内容不会进入镜像层。' } },
  { name: 'network', instructions: ['RUN'], values: ['default', 'none', 'host'], doc: {
    en: 'Network for this RUN: `default`, `none` (no network) or `host` (needs the `network.host` entitlement).',
    zh: '这条 RUN 使用的网络：`default`、`none`（无网络）或 `host`（需要 `network.host` 授权）。' } },
  { name: 'security', instructions: ['RUN'], values: ['sandbox', 'insecure'], doc: {
    en: '`insecure` runs the command without the sandbox (needs the `security.insecure` entitlement); `sandbox` is the default.',
    zh: '`insecure` 在沙箱外运行命令（需要 `security.insecure` 授权）；默认是 `sandbox`。' } },
  { name: 'from', instructions: ['COPY'], doc: {
    en: 'Copy from a build stage (name or index), an image, or a named context instead of the build context.',
    zh: '从构建阶段（名称或序号）、镜像或命名上下文复制，而不是从构建上下文复制。' } },
  { name: 'chown', instructions: ['COPY', 'ADD'], doc: {
    en: 'Owner of the copied files, `user:group` as names or numeric IDs; default root (0:0).',
    zh: '复制后文件的属主，`用户:组`，名称或数字 ID；默认 root（0:0）。' } },
  { name: 'chmod', instructions: ['COPY', 'ADD'], doc: {
    en: 'Permissions of the copied files, octal (`0755`) or symbolic (`u+x`).',
    zh: '复制后文件的权限，八进制（`0755`）或符号形式（`u+x`）。' } },
  { name: 'link', instructions: ['COPY', 'ADD'], doc: {
    en: 'Copy into an independent layer so the files stay cached even when earlier layers change.',
    zh: '把文件复制到独立的层中，即使前面的层改变，这一层也能继续命中缓存。' } },
  { name: 'parents', instructions: ['COPY', 'ADD'], doc: {
    en: 'Keep the source paths\' parent directories under the destination (Dockerfile labs syntax, `docker/dockerfile:1.7-labs`).',
    zh: '在目标目录下保留源路径的父目录（Dockerfile labs 语法，`docker/dockerfile:1.7-labs`）。' } },
  { name: 'exclude', instructions: ['COPY', 'ADD'], doc: {
    en: 'Leave out paths matching this pattern; may be repeated (Dockerfile labs syntax, `docker/dockerfile:1.7-labs`).',
    zh: '排除匹配此模式的路径，可重复使用（Dockerfile labs 语法，`docker/dockerfile:1.7-labs`）。' } },
  { name: 'checksum', instructions: ['ADD'], doc: {
    en: 'Expected digest of a remote source, `sha256:…`; the build fails if it differs.',
    zh: '远程源的预期摘要 `sha256:…`；不一致时构建失败。' } },
  { name: 'keep-git-dir', instructions: ['ADD'], values: ['true', 'false'], doc: {
    en: 'When adding a Git repository, keep its `.git` directory.',
    zh: '添加 Git 仓库时保留其 `.git` 目录。' } },
  { name: 'interval', instructions: ['HEALTHCHECK'], doc: { en: 'Time between checks (default 30s).', zh: '两次检查之间的间隔（默认 30s）。' } },
  { name: 'timeout', instructions: ['HEALTHCHECK'], doc: { en: 'Time a check may take (default 30s).', zh: '单次检查的超时（默认 30s）。' } },
  { name: 'start-period', instructions: ['HEALTHCHECK'], doc: { en: 'Start-up time during which failures do not count (default 0s).', zh: '启动期，期间失败不计数（默认 0s）。' } },
  { name: 'start-interval', instructions: ['HEALTHCHECK'], doc: { en: 'Time between checks during the start period (default 5s).', zh: '启动期内的检查间隔（默认 5s）。' } },
  { name: 'retries', instructions: ['HEALTHCHECK'], doc: { en: 'Consecutive failures before the container is unhealthy (default 3).', zh: '连续失败多少次判定为不健康（默认 3）。' } },
]

export interface MountOptionDoc {
  name: string
  /** mount types that accept the option; empty = all */
  types: readonly string[]
  values?: readonly string[]
  doc: Doc
}

export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const

export const MOUNT_TYPE_DOCS: Record<(typeof MOUNT_TYPES)[number], Doc> = {
  bind: { en: 'Read-only view of the build context or of another stage (`from=`); writes are discarded.', zh: '构建上下文或其他阶段（`from=`）的只读视图；写入会被丢弃。' },
  cache: { en: 'A directory kept between builds, for package manager and compiler caches.', zh: '在多次构建之间保留的目录，用于包管理器和编译器缓存。' },
  tmpfs: { en: 'An empty in-memory directory.', zh: '一个空的内存目录。' },
  secret: { en: 'A secret passed with `docker build --secret`, as a file or an environment variable; never stored in the image.', zh: '通过 `docker build --secret` 传入的机密，作为文件或环境变量；不会存入镜像。' },
  ssh: { en: 'Access to the SSH agent passed with `docker build --ssh`.', zh: '访问通过 `docker build --ssh` 传入的 SSH agent。' },
}

export const MOUNT_OPTIONS: readonly MountOptionDoc[] = [
  { name: 'type', types: [], values: MOUNT_TYPES, doc: { en: 'Kind of mount (default `bind`).', zh: '挂载类型（默认 `bind`）。' } },
  { name: 'target', types: [], doc: { en: 'Mount point inside the container (also `dst`, `destination`).', zh: '容器内的挂载点（也可写作 `dst`、`destination`）。' } },
  { name: 'source', types: ['bind', 'cache'], doc: { en: 'Path in `from` (default its root).', zh: '`from` 中的路径（默认为根目录）。' } },
  { name: 'from', types: ['bind', 'cache'], doc: { en: 'Stage, image or named context to mount from (default the build context for bind, an empty directory for cache).', zh: '挂载来源：阶段、镜像或命名上下文（bind 默认构建上下文，cache 默认空目录）。' } },
  { name: 'rw', types: ['bind'], doc: { en: 'Allow writes; they are discarded after the RUN (also `readwrite`).', zh: '允许写入，RUN 结束后丢弃（也可写作 `readwrite`）。' } },
  { name: 'id', types: ['cache', 'secret', 'ssh'], doc: { en: 'Identifier of the cache, secret or SSH agent socket.', zh: '缓存、机密或 SSH agent 套接字的标识。' } },
  { name: 'sharing', types: ['cache'], values: ['shared', 'private', 'locked'], doc: { en: 'How concurrent builds share the cache: `shared` (default), `private`, `locked`.', zh: '并发构建如何共享缓存：`shared`（默认）、`private`、`locked`。' } },
  { name: 'ro', types: ['cache'], doc: { en: 'Mount read-only (also `readonly`).', zh: '只读挂载（也可写作 `readonly`）。' } },
  { name: 'size', types: ['tmpfs'], doc: { en: 'Upper size limit of the tmpfs.', zh: 'tmpfs 的大小上限。' } },
  { name: 'env', types: ['secret'], doc: { en: 'Expose the secret as this environment variable instead of a file.', zh: '把机密作为这个环境变量提供，而不是文件。' } },
  { name: 'required', types: ['secret', 'ssh'], doc: { en: 'Fail the build if the secret or SSH agent is missing.', zh: '缺少机密或 SSH agent 时构建失败。' } },
  { name: 'mode', types: ['cache', 'secret', 'ssh'], doc: { en: 'File mode of the mount (octal).', zh: '挂载的文件权限（八进制）。' } },
  { name: 'uid', types: ['cache', 'secret', 'ssh'], doc: { en: 'User ID owning the mount.', zh: '挂载的属主用户 ID。' } },
  { name: 'gid', types: ['cache', 'secret', 'ssh'], doc: { en: 'Group ID owning the mount.', zh: '挂载的属组 ID。' } },
]

export interface DirectiveDoc { name: string; example: string; doc: Doc }

export const DIRECTIVES: readonly DirectiveDoc[] = [
  { name: 'syntax', example: 'syntax=docker/dockerfile:1', doc: {
    en: 'Frontend image that parses this Dockerfile; must come before any other line except other directives.',
    zh: '解析此 Dockerfile 的前端镜像；必须位于其他任何行之前（其他指令注释除外）。' } },
  { name: 'escape', example: 'escape=`', doc: {
    en: 'Escape and line-continuation character: `\\` (default) or `` ` ``.',
    zh: '转义和续行字符：`\\`（默认）或 `` ` ``。' } },
  { name: 'check', example: 'check=skip=JSONArgsRecommended;error=true', doc: {
    en: 'Build checks: `skip=` a comma-separated list of rules (or `all`), `error=true` to fail the build on a warning.',
    zh: '构建检查：`skip=` 跳过的规则列表（逗号分隔，或 `all`），`error=true` 让警告导致构建失败。' } },
]

export function flagsFor(instruction: string): FlagDoc[] {
  const upper = instruction.toUpperCase()
  return FLAGS.filter((f) => f.instructions.includes(upper))
}

export function mountOptionsFor(type: string | null): MountOptionDoc[] {
  const t = type ?? 'bind'
  return MOUNT_OPTIONS.filter((o) => o.types.length === 0 || o.types.includes(t))
}
