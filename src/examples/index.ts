// STUB: the built-in examples (owned by the playground work).
import type { Example } from './types.ts'
import { chapterExamples } from './chapters.ts'

export const examples: Example[] = [...chapterExamples]

export function findExample(id: string): Example | undefined {
  return examples.find((e) => e.id === id)
}
