// The panels a <DockerPlayground panels="…"> shows, in a fixed order.
export const PANELS = ['dockerfile', 'dockerignore', 'context', 'stages', 'diagnostics'] as const
export type PanelId = (typeof PANELS)[number]

/** Unknown names are ignored; nothing valid (or no attribute) means every panel. */
export function parsePanels(attr: string | undefined): PanelId[] {
  const wanted = new Set((attr ?? '').split(',').map((s) => s.trim().toLowerCase()))
  const chosen = PANELS.filter((p) => wanted.has(p))
  return chosen.length ? chosen : [...PANELS]
}
