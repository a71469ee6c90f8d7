import type { PlaygroundState } from '../share/state.ts'

export interface Localized {
  zh: string
  en: string
}

export interface Example {
  /** stable id, used in `?example=<id>` and `<DockerPlayground example="id">` */
  id: string
  title: Localized
  summary: Localized
  state: PlaygroundState
}
