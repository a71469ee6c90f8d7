// Shared by the context panel and its recursive rows: which folders are open, what is selected.
import type { InjectionKey } from 'vue'
import type { GitignoreDifference } from '../../src/context/index.ts'

export interface TreeControl {
  isOpen(path: string): boolean
  toggle(path: string): void
  /** how many children of a folder are rendered (large folders grow on request) */
  limit(path: string): number
  showMore(path: string): void
  selected(): string | null
  select(path: string): void
  /** where .gitignore rules would decide this entry differently (only while the comparison is on) */
  gitignore(path: string): GitignoreDifference | undefined
}

export const TREE_CONTROL: InjectionKey<TreeControl> = Symbol('tree-control')
export const CHILD_PAGE = 200
