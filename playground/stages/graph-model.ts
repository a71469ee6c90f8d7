// The build graph as the panel draws and describes it: stage nodes, one node per external image, and edges merged
// per (source, target, kind). Pure, so the drawing and the text version cannot disagree about the build.
import type { DockerfileAnalysis, EdgeKind, Stage } from '../../src/types.ts'

export interface StageNode {
  kind: 'stage'
  id: string
  index: number
  /** the stage name, or `#index` for an unnamed stage */
  label: string
  base: string
  /** `FROM --platform=…`, as written */
  platform: string | null
  line: number
  built: boolean
  target: boolean
}

export interface ImageNode {
  kind: 'image'
  id: string
  ref: string
  /** used by at least one stage that is built */
  built: boolean
}

export type GraphNode = StageNode | ImageNode

export interface GraphEdge {
  id: string
  source: string
  target: string
  kind: EdgeKind
  /** every Dockerfile line that makes this dependency, ascending */
  lines: number[]
  /** the dependent stage is built */
  built: boolean
}

export interface GraphModel {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

export const EDGE_KINDS: readonly EdgeKind[] = ['from', 'copy', 'mount', 'onbuild-copy', 'onbuild-mount']

export const stageNodeId = (index: number): string => `stage:${index}`
export const imageNodeId = (ref: string): string => `image:${ref}`

export function stageLabel(stage: Pick<Stage, 'index' | 'name'>): string {
  return stage.name ?? `#${stage.index}`
}

export function buildGraphModel(analysis: DockerfileAnalysis): GraphModel {
  const built = new Set(analysis.built)
  const nodes: GraphNode[] = analysis.stages.map((s) => ({
    kind: 'stage', id: stageNodeId(s.index), index: s.index, label: stageLabel(s), base: s.base, platform: s.platform, line: s.line,
    built: built.has(s.index), target: s.index === analysis.target,
  }))
  const images = new Map<string, ImageNode>()
  const edges = new Map<string, GraphEdge>()
  for (const e of analysis.edges) {
    const isBuilt = built.has(e.to)
    let source: string
    if (typeof e.from === 'string') {
      source = imageNodeId(e.from)
      const image = images.get(e.from)
      if (image) image.built ||= isBuilt
      else images.set(e.from, { kind: 'image', id: source, ref: e.from, built: isBuilt })
    } else {
      source = stageNodeId(e.from)
    }
    const target = stageNodeId(e.to)
    const key = `${source}->${target}:${e.kind}`
    const existing = edges.get(key)
    if (existing) {
      if (!existing.lines.includes(e.line)) existing.lines.push(e.line)
      existing.lines.sort((a, b) => a - b)
    } else {
      edges.set(key, { id: key, source, target, kind: e.kind, lines: [e.line], built: isBuilt })
    }
  }
  return { nodes: [...nodes, ...images.values()], edges: [...edges.values()] }
}

/** Indices of the stages the target does not need: drawn greyed out. */
export function skippedStages(analysis: DockerfileAnalysis): number[] {
  const built = new Set(analysis.built)
  return analysis.stages.map((s) => s.index).filter((i) => !built.has(i))
}

export type Translate = (key: string, params?: Record<string, string | number>) => string

export interface StageDescription {
  index: number
  title: string
  details: string[]
}

/** The text version of the graph, one entry per stage, for screen readers and for readers who prefer a list. */
export function describeStages(analysis: DockerfileAnalysis, t: Translate): StageDescription[] {
  const byIndex = new Map(analysis.stages.map((s) => [s.index, s]))
  const built = new Set(analysis.built)
  return analysis.stages.map((s) => {
    const details: string[] = []
    if (s.baseStage !== null) details.push(t('stages.text.baseStage', { base: stageLabel(byIndex.get(s.baseStage) ?? { index: s.baseStage, name: null }) }))
    else if (s.base.toLowerCase() === 'scratch') details.push(t('stages.text.scratch'))
    else details.push(t('stages.text.baseImage', { base: s.base }))
    if (s.platform) details.push(t('stages.text.platform', { platform: s.platform }))
    const deps = analysis.edges
      .filter((e) => e.to === s.index && e.kind !== 'from')
      .map((e) => t('stages.text.dep', {
        source: typeof e.from === 'string' ? e.from : stageLabel(byIndex.get(e.from) ?? { index: e.from, name: null }),
        kind: t(`stages.edge.${e.kind}`),
        line: e.line,
      }))
    details.push(deps.length ? t('stages.text.deps', { list: deps.join('; ') }) : t('stages.text.noDeps'))
    details.push(built.has(s.index) ? t('stages.text.built') : t('stages.text.skipped'))
    if (s.index === analysis.target) details.push(t('stages.text.isTarget'))
    return { index: s.index, title: t('stages.text.stage', { name: stageLabel(s), line: s.line }), details }
  })
}
