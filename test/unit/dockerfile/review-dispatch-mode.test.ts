// Which stages are dispatched: the analysis reports what `docker build --check` reports. Without a
// target BuildKit's lint request dispatches every stage (convert.go: DockerfileLint sets AllStages),
// so an error or dispatch-time warning in a stage the build skips still shows; with a target only
// the stages it needs are dispatched, as in a plain `docker build`. `built` and readPaths always
// describe the build itself.
import { describe, expect, it } from 'vitest'
import { analysisDetails, analyzeDockerfile, readPaths } from '../../../src/analyze.ts'
import { computeContext } from '../../../src/context/index.ts'
import { parseDockerignore } from '../../../src/dockerignore/index.ts'

const errors = (text: string, target?: string) =>
  analyzeDockerfile(text, { target }).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])

describe('dispatched stages: all without a target, the needed ones with one', () => {
  const forward = 'FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\nFROM alpine AS c\n'
  const cases: [string, string, string | undefined, number[], (string | number)[][]][] = [
    ['forward COPY --from in a skipped stage, no target', forward, undefined, [2], [[2, 'cannot copy from stage "b", it needs to be defined before current stage "a"']]],
    ['forward COPY --from in a skipped stage, --target c', forward, 'c', [2], []],
    ['forward COPY --from in the target', forward, 'a', [0, 1], [[2, 'cannot copy from stage "b", it needs to be defined before current stage "a"']]],
    ['bad expansion in a skipped stage, no target', 'FROM alpine AS a\nWORKDIR ${x:?missing}\nFROM alpine AS b\n', undefined, [1], [[2, 'failed to process "${x:?missing}": x: missing']]],
    ['bad expansion in a skipped stage, --target b', 'FROM alpine AS a\nWORKDIR ${x:?missing}\nFROM alpine AS b\n', 'b', [1], []],
  ]
  it.each(cases)('%s', (_name, text, target, built, want) => {
    const a = analyzeDockerfile(text, { target })
    expect(a.built).toEqual(built)
    expect(errors(text, target)).toEqual(want)
  })

  it('the model lists every stage as dispatched without a target, the built ones with one', () => {
    const text = 'FROM alpine AS a\nFROM alpine AS b\nFROM a AS c\n'
    expect(analysisDetails(analyzeDockerfile(text))?.model.dispatched).toEqual([0, 1, 2])
    expect(analysisDetails(analyzeDockerfile(text, { target: 'c' }))?.model.dispatched).toEqual([0, 2])
  })
})

describe('context reads follow the same split', () => {
  const rules = parseDockerignore('secret.txt\n')
  const context = computeContext(rules, [{ path: 'Dockerfile' }, { path: 'app.txt' }, { path: 'secret.txt' }])
  const text = 'FROM alpine AS skipped\nCOPY secret.txt missing.txt /\nFROM alpine\nCOPY app.txt /\n'

  it('CopyIgnoredFile is a dispatch-time warning: reported in a skipped stage only without a target', () => {
    const rule = (target?: string) => analyzeDockerfile(text, { target, dockerignore: rules, context }).diagnostics.filter((d) => d.rule === 'CopyIgnoredFile').map((d) => d.line)
    expect(rule()).toEqual([2])
    expect(rule('stage-1')).toEqual([])
  })

  it('a missing source and readPaths concern only the stages the build needs', () => {
    const a = analyzeDockerfile(text, { dockerignore: rules, context })
    expect(a.diagnostics.filter((d) => d.rule === 'CopySourceNotFound')).toEqual([])
    expect(readPaths(a, context)).toEqual(['app.txt'])
  })
})
