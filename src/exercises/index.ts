// Every exercise of the guide, in chapter order.
import type { Exercise } from './types.ts'
import { nestedModules, smallContext } from './ch02-dockerignore.ts'
import { argScope, skipTest } from './ch03-multi-stage.ts'
import { cacheMount, depsFirst } from './ch04-build-cache.ts'
import { copyIgnored, fixWarnings } from './ch05-build-checks.ts'
import { seedBuild } from './ch06-cleanup.ts'

export type { CheckResult, Exercise } from './types.ts'

export const exercises: Exercise[] = [
  smallContext, nestedModules,
  skipTest, argScope,
  depsFirst, cacheMount,
  fixWarnings, copyIgnored,
  seedBuild,
]

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((e) => e.id === id)
}
