// The stage panels' component tests compile .vue files with the same loader as the playground's.
export { loadSfc } from '../playground/sfc.ts'
