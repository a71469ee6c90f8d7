import { describe, expect, it } from 'vitest'
import { buildGraphModel } from '../../../playground/stages/graph-model.ts'
import { clip, edgePath, layoutGraph, nodeSize } from '../../../playground/stages/graph-layout.ts'
import { multiStage } from './fixtures.ts'

describe('layoutGraph', () => {
  const model = buildGraphModel(multiStage)
  const placed = layoutGraph(model, (k) => k)
  const at = (id: string) => placed.nodes.find((n) => n.node.id === id)!

  it('places every node inside the drawing without overlaps', () => {
    expect(placed.nodes).toHaveLength(model.nodes.length)
    for (const n of placed.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0)
      expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0)
      expect(n.x + n.width / 2).toBeLessThanOrEqual(placed.width)
      expect(n.y + n.height / 2).toBeLessThanOrEqual(placed.height)
    }
    for (const a of placed.nodes) for (const b of placed.nodes) {
      if (a === b) continue
      const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2
      expect(apart, `${a.node.id} overlaps ${b.node.id}`).toBe(true)
    }
  })

  it('puts what a stage depends on above it', () => {
    expect(at('image:golang:1.22').y).toBeLessThan(at('stage:0').y)
    expect(at('stage:0').y).toBeLessThan(at('stage:1').y)
    expect(at('stage:0').y).toBeLessThan(at('stage:2').y)
  })

  const onBorder = (p: { x: number; y: number }, n: { x: number; y: number; width: number; height: number }) => {
    const dx = Math.abs(p.x - n.x) - n.width / 2
    const dy = Math.abs(p.y - n.y) - n.height / 2
    return dx <= 0.5 && dy <= 0.5 && (Math.abs(dx) <= 0.5 || Math.abs(dy) <= 0.5)
  }

  it('routes each edge from its source to its target', () => {
    for (const e of placed.edges) {
      const m = model.edges.find((x) => x.id === e.id)!
      const src = at(m.source)
      const dst = at(m.target)
      expect(e.points.length).toBeGreaterThanOrEqual(2)
      expect(onBorder(e.points[0], src), `${e.id} starts at its source`).toBe(true)
      expect(onBorder(e.points[e.points.length - 1], dst), `${e.id} ends at its target`).toBe(true)
    }
  })
})

describe('node text', () => {
  it.each([
    ['alpine', 'alpine'],
    ['a'.repeat(34), 'a'.repeat(34)],
    ['a'.repeat(35), `${'a'.repeat(33)}…`],
  ])('clip(%j)', (text, expected) => {
    expect(clip(text)).toBe(expected)
  })

  it('widens nodes for long image references, up to the clipped length', () => {
    const short = nodeSize({ kind: 'image', id: 'i', ref: 'alpine', built: true })
    const long = nodeSize({ kind: 'image', id: 'i', ref: 'registry.example.com/team/app:1.2.3', built: true })
    const longer = nodeSize({ kind: 'image', id: 'i', ref: `registry.example.com/${'x'.repeat(80)}`, built: true })
    expect(long.width).toBeGreaterThan(short.width)
    expect(longer.width).toBe(nodeSize({ kind: 'image', id: 'i', ref: 'y'.repeat(34), built: true }).width)
  })
})

describe('edgePath', () => {
  it.each([
    [[], ''],
    [[{ x: 1, y: 2 }, { x: 3, y: 4 }], 'M1.0,2.0 L3.0,4.0'],
    [[{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 0 }], 'M0.0,0.0 Q10.0,10.0 15.0,5.0 L20.0,0.0'],
  ])('case %#', (points, d) => {
    expect(edgePath(points)).toBe(d)
  })
})
