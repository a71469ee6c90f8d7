// Whether an editor wraps long lines. A phone shows about 40 columns, so unwrapped lines vanish past the
// right edge and the reader must scroll each editor sideways. An ignore file is a list of short patterns,
// where wrapping never hurts, so it always wraps; a Dockerfile keeps its lines whole where there is room,
// because wrapped RUN lines read like continuation lines.

/** Below this width (CSS px of the viewport) the Dockerfile editor wraps too. */
export const NARROW_WIDTH = 600

/** The media query that is true when the Dockerfile editor should wrap. */
export const NARROW_QUERY = `(max-width: ${NARROW_WIDTH - 1}px)`

export function wordWrapFor(language: 'dockerfile' | 'dockerignore', narrow: boolean): 'on' | 'off' {
  return language === 'dockerignore' || narrow ? 'on' : 'off'
}
