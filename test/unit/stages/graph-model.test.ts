import { describe, expect, it } from 'vitest'
import { buildGraphModel, describeStages, skippedStages, type Translate } from '../../../playground/stages/graph-model.ts'
import { stageAtLine } from '../../../playground/dockerfile-info.ts'
import { multiStage, unnamed } from './fixtures.ts'

// Echoes key and parameters so the tests see exactly what the description asks the locale for.
const t: Translate = (key, params) => (params ? `${key}(${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(',')})` : key)

describe('buildGraphModel', () => {
  it('makes one node per stage and one per distinct external image', () => {
    const { nodes } = buildGraphModel(multiStage)
    expect(nodes.map((n) => n.id)).toEqual([
      'stage:0', 'stage:1', 'stage:2', 'image:golang:1.22', 'image:alpine:3.20', 'image:busybox:1.36',
    ])
    expect(nodes.filter((n) => n.kind === 'stage').map((n) => [n.kind === 'stage' && n.label, n.kind === 'stage' && n.base])).toEqual([
      ['build', 'golang:1.22'], ['test', 'build'], ['prod', 'alpine:3.20'],
    ])
  })

  it('labels unnamed stages #index', () => {
    const labels = buildGraphModel(unnamed).nodes.flatMap((n) => (n.kind === 'stage' ? [n.label] : []))
    expect(labels).toEqual(['#0', '#1'])
  })

  it('marks built stages, the target, and images used only by skipped stages', () => {
    const { nodes } = buildGraphModel(multiStage)
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]))
    expect(byId['stage:0']).toMatchObject({ built: true, target: false })
    expect(byId['stage:1']).toMatchObject({ built: false, target: false })
    expect(byId['stage:2']).toMatchObject({ built: true, target: true })
    expect(byId['image:busybox:1.36']).toMatchObject({ built: true })
    const testTarget = buildGraphModel({ ...multiStage, target: 1, built: [0, 1] })
    expect(testTarget.nodes.find((n) => n.id === 'image:alpine:3.20')).toMatchObject({ built: false })
    expect(testTarget.nodes.find((n) => n.id === 'image:busybox:1.36')).toMatchObject({ built: false })
  })

  it('merges repeated dependencies of one kind and keeps every line', () => {
    const { edges } = buildGraphModel(multiStage)
    expect(edges.map((e) => [e.source, e.target, e.kind, e.lines, e.built])).toEqual([
      ['image:golang:1.22', 'stage:0', 'from', [1], true],
      ['stage:0', 'stage:1', 'from', [3], false],
      ['image:alpine:3.20', 'stage:2', 'from', [5], true],
      ['stage:0', 'stage:2', 'copy', [6, 8], true],
      ['image:busybox:1.36', 'stage:2', 'copy', [7], true],
    ])
  })

  it('keeps edges of different kinds between the same stages apart', () => {
    const kinds = buildGraphModel(unnamed).edges.filter((e) => e.source === 'stage:0').map((e) => e.kind)
    expect(kinds).toEqual(['mount', 'onbuild-copy'])
  })

  it('has no image node for FROM scratch', () => {
    expect(buildGraphModel(unnamed).nodes.some((n) => n.kind === 'image' && n.ref === 'scratch')).toBe(false)
  })
})

describe('skippedStages', () => {
  it.each([
    [multiStage, [1]],
    [{ ...multiStage, target: 1, built: [0, 1] }, [2]],
    [{ ...multiStage, target: 0, built: [0] }, [1, 2]],
    [unnamed, []],
  ])('case %#', (analysis, expected) => {
    expect(skippedStages(analysis)).toEqual(expected)
  })
})

describe('stageAtLine', () => {
  it.each([
    [1, 0], [2, 0], [3, 1], [4, 1], [5, 2], [99, 2],
  ])('line %i belongs to stage %i', (line, stage) => {
    expect(stageAtLine(multiStage, line)).toBe(stage)
  })
  it('has no stage before the first FROM (global ARGs)', () => {
    expect(stageAtLine({ ...multiStage, stages: [{ ...multiStage.stages[0], line: 3 }] }, 1)).toBeNull()
  })
})

describe('describeStages', () => {
  it('describes base, dependencies, built state and target for each stage', () => {
    expect(describeStages(multiStage, t)).toEqual([
      { index: 0, title: 'stages.text.stage(name=build,line=1)', details: [
        'stages.text.baseImage(base=golang:1.22)', 'stages.text.noDeps', 'stages.text.built'] },
      { index: 1, title: 'stages.text.stage(name=test,line=3)', details: [
        'stages.text.baseStage(base=build)', 'stages.text.noDeps', 'stages.text.skipped'] },
      { index: 2, title: 'stages.text.stage(name=prod,line=5)', details: [
        'stages.text.baseImage(base=alpine:3.20)',
        'stages.text.deps(list=stages.text.dep(source=build,kind=stages.edge.copy,line=6); stages.text.dep(source=busybox:1.36,kind=stages.edge.copy,line=7); stages.text.dep(source=build,kind=stages.edge.copy,line=8))',
        'stages.text.built', 'stages.text.isTarget'] },
    ])
  })

  it('mentions a stage platform', () => {
    const [first] = describeStages({ ...unnamed, stages: [{ ...unnamed.stages[0], platform: 'linux/arm64' }, unnamed.stages[1]] }, t)
    expect(first.details.slice(0, 2)).toEqual(['stages.text.scratch', 'stages.text.platform(platform=linux/arm64)'])
  })

  it('says scratch and names unnamed stages by index', () => {
    const [first, second] = describeStages(unnamed, t)
    expect(first.details[0]).toBe('stages.text.scratch')
    expect(second.details[1]).toBe(
      'stages.text.deps(list=stages.text.dep(source=#0,kind=stages.edge.mount,line=4); stages.text.dep(source=#0,kind=stages.edge.onbuild-copy,line=5))')
  })
})
