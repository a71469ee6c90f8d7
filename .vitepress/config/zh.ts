// Simplified Chinese, the root locale: the tutorial's own language, so its URLs (/docker/…) stay as they were.
import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import { EDIT_LINK_PATTERN } from './repo.ts'

export function guideSidebarZh(): DefaultTheme.SidebarItem[] {
  return [
    {
      text: '指南',
      items: [
        { text: '00 Docker 构建镜像', link: '/docker/00-docker-build.html' },
        { text: '01 docker inspect', link: '/docker/01-docker-inspect.html' },
        { text: '02 深入理解 <code>.dockerignore</code>', link: '/docker/02-dockerignore.html' },
        { text: '03 多阶段构建与构建目标', link: '/docker/03-multi-stage.html' },
        { text: '04 构建缓存与层的顺序', link: '/docker/04-build-cache.html' },
        { text: '05 构建检查', link: '/docker/05-build-checks.html' },
        { text: '06 清理', link: '/docker/06-cleanup.html' },
      ],
    },
    {
      text: '参考',
      items: [
        { text: '<code>.dockerignore</code> 检查', link: '/reference/dockerignore-checks.html' },
        { text: '演练场', link: '/playground.html' },
      ],
    },
  ]
}

export const zh: LocaleSpecificConfig<DefaultTheme.Config> & { label: string; lang: string } = {
  label: '简体中文',
  lang: 'zh-CN',
  title: 'Docker 镜像构建指南',
  description: '从一份真实的 Dockerfile 学会构建 Docker 镜像：构建上下文、.dockerignore、多阶段构建与构建缓存，配有与 Docker 行为一致的在线演练场。',
  themeConfig: {
    nav: [
      { text: '指南', link: '/docker/00-docker-build.html', activeMatch: '^/(docker|reference)/' },
      { text: '演练场', link: '/playground.html' },
    ],
    sidebar: guideSidebarZh(),
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一页', next: '下一页' },
    editLink: { pattern: EDIT_LINK_PATTERN, text: '在 GitHub 上编辑此页' },
    lastUpdated: { text: '最后更新于', formatOptions: { dateStyle: 'medium', timeStyle: 'short' } },
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    sidebarMenuLabel: '目录',
    returnToTopLabel: '回到顶部',
    langMenuLabel: '切换语言',
    skipToContentLabel: '跳到正文',
    notFound: {
      code: '404',
      title: '页面不存在',
      quote: '这个地址没有对应的页面：可能是链接写错了，也可能页面已经移动。',
      linkLabel: '返回首页',
      linkText: '返回首页',
    },
    footer: {
      message: '以 MIT 许可证发布。演练场在浏览器中读取文件，不会上传任何内容。',
    },
  },
}
