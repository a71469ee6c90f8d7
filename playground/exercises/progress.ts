// Which exercises the reader has solved, kept in localStorage. Every access is guarded: storage may be
// missing (SSR), disabled (private mode) or full, and progress is never worth breaking the page for.
const PREFIX = 'docker-guide:exercise-solved:'

export function loadSolved(id: string): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(PREFIX + id) === '1'
  } catch {
    return false
  }
}

export function saveSolved(id: string): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(PREFIX + id, '1')
  } catch {
    // storage unavailable: the ✓ lasts for this visit only
  }
}
