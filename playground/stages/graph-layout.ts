// Positions for the build graph, computed by dagre (layered layout: images and base stages above the stages
// that use them). Node sizes come from their text, so long image references get room.
import { Graph, layout } from '@dagrejs/dagre'
import type { EdgeKind } from '../../src/types.ts'
import type { GraphModel, GraphNode } from './graph-model.ts'

export interface Point { x: number; y: number }

export interface PlacedNode {
  node: GraphNode
  /** centre */
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedEdge {
  id: string
  kind: EdgeKind
  built: boolean
  lines: number[]
  points: Point[]
  label: Point
}

export interface GraphLayout {
  width: number
  height: number
  nodes: PlacedNode[]
  edges: PlacedEdge[]
}

const CHAR_WIDTH = 7.2
const MAX_CHARS = 34
export const STAGE_HEIGHT = 50
export const IMAGE_HEIGHT = 34

/** Text longer than the node shows is cut with an ellipsis; the full text is in the node's title and the list. */
export function clip(text: string, max = MAX_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function nodeSize(node: GraphNode): { width: number; height: number } {
  const chars = node.kind === 'stage' ? Math.max(clip(node.label).length + 2, clip(node.base).length) : clip(node.ref).length
  return { width: Math.round(Math.max(96, chars * CHAR_WIDTH + 28)), height: node.kind === 'stage' ? STAGE_HEIGHT : IMAGE_HEIGHT }
}

export function layoutGraph(model: GraphModel, edgeLabel: (kind: EdgeKind) => string): GraphLayout {
  const g = new Graph({ multigraph: true })
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, edgesep: 14, marginx: 12, marginy: 12 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const n of model.nodes) g.setNode(n.id, nodeSize(n))
  for (const e of model.edges) {
    const text = edgeLabel(e.kind)
    g.setEdge(e.source, e.target, { width: text.length * 6 + 8, height: 14, labelpos: 'c' }, e.id)
  }
  layout(g)
  const nodes = model.nodes.map((node) => {
    const p = g.node(node.id)
    return { node, x: p.x, y: p.y, width: p.width, height: p.height }
  })
  const edges = model.edges.map((e) => {
    const p = g.edge({ v: e.source, w: e.target, name: e.id })
    const points = (p.points ?? []).map((q: Point) => ({ x: q.x, y: q.y }))
    const mid = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 }
    return { id: e.id, kind: e.kind, built: e.built, lines: e.lines, points,
      label: { x: typeof p.x === 'number' ? p.x : mid.x, y: typeof p.y === 'number' ? p.y : mid.y } }
  })
  const graph = g.graph()
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges }
}

/** A smooth SVG path through dagre's edge points. */
export function edgePath(points: readonly Point[]): string {
  if (points.length === 0) return ''
  const [first, ...rest] = points
  if (rest.length === 0) return `M${first.x},${first.y}`
  let d = `M${first.x.toFixed(1)},${first.y.toFixed(1)}`
  for (let i = 0; i < rest.length - 1; i++) {
    const c = rest[i]
    const next = rest[i + 1]
    const mx = (c.x + next.x) / 2
    const my = (c.y + next.y) / 2
    d += ` Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${mx.toFixed(1)},${my.toFixed(1)}`
  }
  const last = rest[rest.length - 1]
  d += ` L${last.x.toFixed(1)},${last.y.toFixed(1)}`
  return d
}
