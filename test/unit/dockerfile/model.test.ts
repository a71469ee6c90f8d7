import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'
import { buildModel } from '../../../src/dockerfile/graph.ts'
import { parseDockerfile } from '../../../src/dockerfile/parser.ts'

const model = (text: string, options = {}) => buildModel(parseDockerfile(text), options).model
const errors = (text: string, options = {}) =>
  analyzeDockerfile(text, options).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])

describe('BuildKit errors with their lines', () => {
  const cases: [string, string, Record<string, unknown>, [number, string][]][] = [
    ['empty file', '', {}, [[1, 'the Dockerfile cannot be empty']]],
    ['no FROM', 'ARG A=1\n', {}, [[1, 'dockerfile contains no stages to build']]],
    ['instruction before FROM', 'RUN x\nFROM a\n', {}, [[1, 'no build stage in current context']]],
    ['unknown instruction', 'FROM a\nRUNN x\n', {}, [[2, 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)']]],
    ['FROM arguments', 'FROM a b\n', {}, [[1, 'dockerfile parse error on line 1: FROM requires either one or three arguments']]],
    ['stage name', 'FROM a AS 1x\n', {}, [[1, 'dockerfile parse error on line 1: invalid name for build stage: "1x", name can\'t start with a number or contain symbols']]],
    ['unknown flag', 'FROM a\nCOPY --form=b x y\n', {}, [[2, 'dockerfile parse error on line 2: unknown flag: --form (did you mean from?)']]],
    ['COPY destination', 'FROM a\nCOPY x\n', {}, [[2, 'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined']]],
    ['ENV without value', 'FROM a\nENV A\n', {}, [[2, 'ENV must have two arguments']]],
    ['blank base', 'ARG IMG\nFROM ${IMG}\n', {}, [[2, 'base name (${IMG}) should not be blank']]],
    ['build arg fills the base', 'ARG IMG\nFROM ${IMG}\n', { buildArgs: { IMG: 'alpine' } }, []],
    ['bad substitution', 'FROM ${A:x}\n', {}, [[1, 'failed to process "${A:x}": unsupported modifier (:x) in substitution']]],
    ['unknown target', 'FROM a AS build\nFROM b\n', { target: 'buidl' }, [[1, 'target stage "buidl" could not be found (did you mean build?)']]],
    ['copy from a later stage', 'FROM a AS one\nCOPY --from=two x y\nFROM b AS two\n', {}, [[2, 'cannot copy from stage "two", it needs to be defined before current stage "one"']]],
    ['mount from a later stage', 'FROM a AS one\nRUN --mount=from=two,target=/t x\nFROM b AS two\n', {}, [[2, 'cannot mount from stage "two" to "/t", stage needs to be defined before current command']]],
    ['later stage not built for the target', 'FROM a AS one\nCOPY --from=two x y\nFROM b AS two\n', { target: 'two' }, []],
    ['cycle', 'FROM a AS x\nCOPY --from=y a b\nFROM a AS y\nCOPY --from=x a b\n', {}, [[2, 'circular dependency detected on stage: x']]],
    ['invalid stage index', 'FROM a\nCOPY --from=3 x y\n', {}, [[2, 'invalid stage index 3']]],
    ['variable in --from', 'ARG S=a\nFROM a\nCOPY --from=$S x y\n', {}, [[3, 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround']]],
    ['variable in mount from', 'FROM a\nRUN --mount=from=$S x\n', {}, [[2, "dockerfile parse error on line 2: 'from' doesn't support variable expansion, define alias stage instead"]]],
    ['uppercase image', 'FROM Alpine\n', {}, [[1, 'failed to parse stage name "Alpine": invalid reference format: repository name (Alpine) must be lowercase']]],
    ['ONBUILD FROM', 'FROM a\nONBUILD FROM b\n', {}, [[2, "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger"]]],
    ['SHELL not JSON', 'FROM a\nSHELL sh -c\n', {}, [[2, 'dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form']]],
    ['bad network', 'FROM a\nRUN --network=bridge x\n', {}, [[2, 'dockerfile parse error on line 2: invalid network mode "bridge"']]],
    ['misspelt platform variable', 'FROM --platform=$BULIDPLATFORM busybox\n', {}, [[1, 'empty platform value from expression $BULIDPLATFORM (did you mean BUILDPLATFORM?)']]],
    ['invalid platform component', 'ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n', {}, [[2, 'failed to parse platform linux/${MYARCH}: "" is an invalid component of "linux/": platform specifier component must match "^[A-Za-z0-9_.-]+$": invalid argument (did you mean MY_ARCH?)']]],
    ['mount type', 'FROM a\nRUN --mount=type=bnd,target=/x y\n', {}, [[2, 'unsupported mount type "bnd" (did you mean bind?)']]],
    ['mount key', 'FROM a\nRUN --mount=type=cache,traget=/x y\n', {}, [[2, "unexpected key 'traget' in 'traget=/x' (did you mean target?)"]]],
    ['mount field', 'FROM a\nRUN --mount=type=cache,shared y\n', {}, [[2, "invalid field 'shared' must be a key=value pair"]]],
    ['mount mode on a bind', 'FROM a\nRUN --mount=target=/x,mode=0755 y\n', {}, [[2, 'mode not allowed for "bind" type mounts']]],
    ['secret without id', 'FROM a\nRUN --mount=type=secret y\n', {}, [[2, 'invalid secret mount. one of source, target required']]],
    ['sharing on a bind', 'FROM a\nRUN --mount=target=/x,sharing=locked y\n', {}, [[2, 'invalid cache sharing set for bind mount']]],
    ['mount values expand', 'FROM a\nARG T=cache\nRUN --mount=type=$T,target=/x,sharing=locked y\n', {}, []],
    ['COPY of a URL', 'FROM a\nCOPY https://example.com/x.tgz /\n', {}, [[2, "source can't be a URL for COPY"]]],
    ['ADD of a URL is fine', 'FROM a\nADD https://example.com/x.tgz /\n', {}, []],
    ['VOLUME that expands to nothing', 'FROM a\nVOLUME $NOTHING\n', {}, [[2, 'VOLUME specified can not be an empty string']]],
    ['only the first error', 'FROM a\nRUNN x\nCOPY x\n', {}, [[2, 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)']]],
  ]
  for (const [name, text, options, want] of cases) {
    it(name, () => expect(errors(text, options)).toEqual(want))
  }
})

describe('global ARGs, build args and platform args', () => {
  it('global ARG defaults see earlier global ARGs; --build-arg wins', () => {
    const text = 'ARG V=1.22\nARG IMG=golang:${V}\nFROM ${IMG}\n'
    expect(model(text).stages[0].stage.base).toBe('golang:1.22')
    expect(model(text, { buildArgs: { V: '1.23' } }).stages[0].stage.base).toBe('golang:1.23')
    expect(model(text, { buildArgs: { IMG: 'x' } }).stages[0].stage.base).toBe('x')
    expect(model(text).globalArgs.map((g) => [g.name, g.default, g.value, g.line])).toEqual([['V', '1.22', '1.22', 1], ['IMG', 'golang:${V}', 'golang:1.22', 2]])
  })
  // buildMetaArgs runs shell word processing on each default: quotes go, earlier global ARGs (with their
  // --build-arg values) expand; `default` keeps the text as written for the checks that re-expand it.
  it.each([
    ['double quotes', 'ARG X="x y"', {}, '"x y"', 'x y', 'x y'],
    ['single quotes keep $ literal', "ARG X='a $B'", {}, "'a $B'", 'a $B', 'a $B'],
    ['empty quotes', 'ARG X=""', {}, '""', '', ''],
    ['quotes around a part', 'ARG X=pre"fix x"', {}, 'pre"fix x"', 'prefix x', 'prefix x'],
    ['earlier ARG expanded', 'ARG V=1\nARG X="v$V"', {}, '"v$V"', 'v1', 'v1'],
    ['earlier ARG from --build-arg', 'ARG V=1\nARG X="v$V"', { V: '2' }, '"v$V"', 'v2', 'v2'],
    ['its own --build-arg wins over the default', 'ARG X="x y"', { X: 'z' }, '"x y"', 'x y', 'z'],
    ['no default', 'ARG X', {}, null, null, null],
  ])('default value: %s', (_case, args, buildArgs, written, defaultValue, value) => {
    const x = model(`${args}\nFROM scratch\n`, { buildArgs }).globalArgs.find((g) => g.name === 'X')
    expect([x?.default, x?.defaultValue, x?.value]).toEqual([written, defaultValue, value])
  })
  it('ARG A B and ARG A=1 B=2 declare several', () => {
    const m = model('ARG A B=2\nARG C=3 D\nFROM x\n')
    expect(m.globalArgs.map((g) => [g.name, g.value])).toEqual([['A', null], ['B', '2'], ['C', '3'], ['D', null]])
  })
  it('an ARG after the first FROM is not global', () => {
    expect(model('FROM a\nARG N=b\nFROM ${N:-c}\n').stages[1].stage.base).toBe('c')
  })
  it('automatic platform args follow options.platform; TARGETSTAGE names the target', () => {
    const t = 'FROM x-$TARGETOS-$TARGETARCH-${TARGETVARIANT:-none}-$BUILDARCH-$TARGETSTAGE AS last\n'
    expect(model(t).stages[0].stage.base).toBe('x-linux-amd64-none-amd64-last')
    expect(model(t, { platform: 'linux/arm/v7' }).stages[0].stage.base).toBe('x-linux-arm-v7-amd64-last')
    expect(model(t, { platform: 'linux/arm64' }).fromEnv.get('TARGETPLATFORM')).toBe('linux/arm64')
  })
})

describe('variables in scope at each instruction', () => {
  const text = 'ARG G=g\nFROM a AS base\nARG G\nARG X\nENV E=$G-e\nRUN one\nFROM base\nRUN two\n'
  const m = model(text)
  it('ARG without a default takes the global value; ENV expands; ARG without value is declared', () => {
    const run = m.stages[0].instructions[3]
    expect(run.node.original).toBe('RUN one')
    expect(run.scope.env.get('G')).toBe('g')
    expect(run.scope.env.get('E')).toBe('g-e')
    expect(run.scope.env.has('X')).toBe(false)
    expect([...run.scope.buildArgs]).toEqual(['G', 'X'])
    expect(run.scope.env.get('PATH')).toBe('/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
  })
  it('a stage inherits the env and ARG declarations of its in-file base', () => {
    const run = m.stages[1].instructions[0]
    expect(run.scope.env.get('E')).toBe('g-e')
    expect([...run.scope.buildArgs]).toEqual(['G', 'X'])
    expect(m.stages[0].imageConfigUnknown).toBe(true)
    expect(m.stages[1].imageConfigUnknown).toBe(true)
    expect(model('FROM scratch\n').stages[0].imageConfigUnknown).toBe(false)
  })
})

describe('graph rules', () => {
  it('ONBUILD COPY --from in an in-file base becomes a dependency of the child', () => {
    const m = model('FROM a AS tools\nFROM a AS base\nONBUILD COPY --from=tools /t /t\nONBUILD RUN --mount=from=tools,target=/x y\nFROM base AS app\nFROM b\n', { target: 'app' })
    expect(m.edges.filter((e) => e.kind.startsWith('onbuild'))).toEqual([
      { from: 0, to: 2, kind: 'onbuild-copy', line: 5 },
      { from: 0, to: 2, kind: 'onbuild-mount', line: 5 },
    ])
    expect(m.built).toEqual([0, 1, 2])
  })
  it('targets match case-insensitively; FROM binds exact lower-case names only', () => {
    const m = model('FROM a AS Build\nFROM build AS x\nFROM b\n', { target: 'BUILD' })
    expect(m.target).toBe(0)
    expect(m.stages[1].stage.baseStage).toBe(0)
  })
  it('a stage named scratch shadows the empty image', () => {
    const m = model('FROM a AS scratch\nFROM scratch\n')
    expect(m.stages[1].stage.baseStage).toBe(0)
    expect(m.edges).toContainEqual({ from: 0, to: 1, kind: 'from', line: 2 })
  })
  it('RUN --mount from= reads CSV with quotes and any option order', () => {
    const m = model('FROM a AS deps\nFROM b\nRUN --mount="type=bind,source=/x,from=deps,target=/y" true\n')
    expect(m.edges).toContainEqual({ from: 0, to: 1, kind: 'mount', line: 3 })
  })
})

describe('errors are marked over their instruction', () => {
  it('the range of the failing instruction', () => {
    const d = analyzeDockerfile('FROM a\nCOPY --from=b \\\n  x y\nFROM c AS b\n').diagnostics.find((x) => x.severity === 'error')
    expect(d).toMatchObject({ line: 2, column: 1, endLine: 3, endColumn: 6 })
  })
})

describe('entry scope and ONBUILD triggers', () => {
  it('triggers run before the stage: entryScope is before them, the first instruction after', () => {
    const m = model('FROM a AS base\nONBUILD ENV T=1\nFROM base\nRUN x\n')
    expect(m.stages[1].entryScope.env.has('T')).toBe(false)
    expect(m.stages[1].instructions[0].scope.env.get('T')).toBe('1')
  })
})

describe('ENV and ARG expansion order', () => {
  it('ENV expands all its words before setting any; ARG pairs apply one by one', () => {
    const m = model('FROM a\nENV A=0\nENV A=1 B=$A\nARG C=2 D=$C\nRUN x\n')
    const env = m.stages[0].instructions[3].scope.env
    expect([env.get('A'), env.get('B'), env.get('C'), env.get('D')]).toEqual(['1', '0', '2', '2'])
  })
})

describe('a stage named scratch', () => {
  it('is what a mount without from= depends on', () => {
    const m = model('FROM a AS scratch\nFROM b\nRUN --mount=type=cache,target=/c x\n')
    expect(m.edges).toContainEqual({ from: 0, to: 1, kind: 'mount', line: 3 })
    expect(m.built).toEqual([0, 1])
  })
})
