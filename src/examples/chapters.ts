// Examples the guide's chapters embed (owned by the chapters work); merged into the examples list.
import type { Example } from './types.ts'

export const chapterExamples: Example[] = []
