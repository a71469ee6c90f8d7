// `invalid mount target "/"` as dispatchRunMounts (dockerfile2llb/convert_runmount.go) decides it:
// an absolute target is used as written, so only "/" itself fails; a relative or empty one is
// joined to the working directory and fails when that gives "/". The working directory is known
// from scratch ("/") and from WORKDIR; an image's own WorkingDir is not, so no verdict there.
import { describe, expect, it } from 'vitest'
import { analyzeDockerfile } from '../../../src/analyze.ts'

const errors = (text: string) =>
  analyzeDockerfile(text).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])
const ROOT = 'invalid mount target "/"'

describe('RUN --mount target', () => {
  const cases: [string, string, (string | number)[][]][] = [
    ['target=/', 'FROM scratch\nRUN --mount=target=/ true\n', [[2, ROOT]]],
    ['tmpfs on /', 'FROM scratch\nRUN --mount=type=tmpfs,target=/ true\n', [[2, ROOT]]],
    ['target=// is absolute and used as written', 'FROM scratch\nRUN --mount=target=// true\n', []],
    ['target=/. is used as written', 'FROM scratch\nRUN --mount=target=/. true\n', []],
    ['target=. in scratch, working directory /', 'FROM scratch\nRUN --mount=target=. true\n', [[2, ROOT]]],
    ['no target in scratch', 'FROM scratch\nRUN --mount=type=cache true\n', [[2, ROOT]]],
    ['target=. under WORKDIR /src', 'FROM scratch\nWORKDIR /src\nRUN --mount=target=. true\n', []],
    ['target=.. under WORKDIR /src', 'FROM scratch\nWORKDIR /src\nRUN --mount=target=.. true\n', [[3, ROOT]]],
    ['relative WORKDIR joined to the current one', 'FROM scratch\nWORKDIR /a\nWORKDIR b\nRUN --mount=target=../.. true\n', [[4, ROOT]]],
    ['an image may set its own working directory', 'FROM alpine\nRUN --mount=target=. true\n', []],
    ['WORKDIR in an image stage is known', 'FROM alpine\nWORKDIR /app\nRUN --mount=target=.. true\n', [[3, ROOT]]],
    ['the working directory comes from the in-file base', 'FROM scratch AS a\nWORKDIR /w\nFROM a\nRUN --mount=target=. true\n', []],
    ['secret and ssh mounts have no such check', 'FROM scratch\nRUN --mount=type=secret,id=x,target=/ --mount=type=ssh true\n', []],
    ['the second mount fails', 'FROM scratch\nWORKDIR /w\nRUN --mount=target=. --mount=target=/ true\n', [[3, ROOT]]],
    ['an empty expanded target', 'FROM scratch\nRUN --mount=type=cache,target=$CACHE true\n', [[2, ROOT]]],
  ]
  it.each(cases)('%s', (_name, text, want) => expect(errors(text)).toEqual(want))

  it('the words are expanded, and their variables checked, before the mount fails', () => {
    const d = analyzeDockerfile('FROM scratch\nRUN --mount=type=cache,target=$CACHE true\nENV a b\n').diagnostics
    expect(d.map((x) => [x.line, x.rule])).toEqual([[2, 'SyntaxError'], [2, 'UndefinedVar']])
  })
})
