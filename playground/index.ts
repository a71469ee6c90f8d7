// Components the site registers for use in Markdown. Owned by the playground work.
import type { App } from 'vue'
import DockerPlayground from './DockerPlayground.vue'
import DockerExercise from './exercises/DockerExercise.vue'

export function registerPlayground(app: App): void {
  app.component('DockerPlayground', DockerPlayground)
  app.component('DockerExercise', DockerExercise)
}
