// The examples list: the playground's built-in ones first, then those the chapters embed.
import type { Example } from './types.ts'
import { builtinExamples, DEFAULT_EXAMPLE_ID } from './builtin.ts'
import { chapterExamples } from './chapters.ts'

export { DEFAULT_EXAMPLE_ID }

export const examples: Example[] = [...builtinExamples, ...chapterExamples]

export function findExample(id: string): Example | undefined {
  return examples.find((e) => e.id === id)
}
