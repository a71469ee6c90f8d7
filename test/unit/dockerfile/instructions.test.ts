// The error cases of BuildKit's instructions/parse_test.go, as a table.
import { describe, expect, it } from 'vitest'
import { typeInstruction } from '../../../src/dockerfile/instructions.ts'
import { parseDockerfile } from '../../../src/dockerfile/parser.ts'

const errorOf = (text: string): string | null => {
  const p = parseDockerfile(text)
  expect(p.errors).toEqual([])
  const t = typeInstruction(p.instructions[0])
  return 'error' in t ? t.error : null
}

describe('instructions: BuildKit error cases', () => {
  const cases: [string, string][] = [
    ...['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'].map((c): [string, string] => [c, `${c} requires exactly one argument`]),
    ...['ENV', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'EXPOSE', 'VOLUME'].map((c): [string, string] => [c, `${c} requires at least one argument`]),
    ...['ADD', 'COPY'].map((c): [string, string] => [`${c} arg1`, `${c} requires at least two arguments, but only one was provided. Destination could not be determined`]),
    ['COPY\t\n\t\tquux \\\n      bar', 'COPY requires at least two arguments, but only one was provided. Destination could not be determined'],
    ['ONBUILD FROM scratch', "FROM isn't allowed as an ONBUILD trigger"],
    ['MAINTAINER --boo joe@example.com', 'unknown flag: --boo'],
    ['ONBUILD ONBUILD RUN touch foobar', 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed'],
    ['FOO bar', 'unknown instruction: FOO (did you mean FROM?)'],
    ['foo bar', 'unknown instruction: foo (did you mean from?)'],
    ['ENV =arg2', 'ENV names can not be blank'],
    ['HEALTHCHECK NONE x', 'HEALTHCHECK NONE takes no arguments'],
    ['HEALTHCHECK CMD', 'Missing command after HEALTHCHECK CMD'],
    ['HEALTHCHECK --interval=1us CMD x', 'Interval "interval" cannot be less than 1ms'],
    ['HEALTHCHECK --retries=-1 CMD x', '--retries cannot be negative (-1)'],
    ['COPY --chown=a --chown=b x y', 'duplicate flag specified: --chown'],
    ['COPY --link=maybe x y', 'expecting boolean value for flag --link, not: maybe'],
    ['COPY --from x y', 'missing a value on flag: --from'],
    ["RUN --mount='type=bind,from=\"a' x", 'failed to parse csv mounts: parse error on line 1, column 16: bare " in non-quoted-field'],
    ["RUN --mount='\"type=bind' x", 'failed to parse csv mounts: parse error on line 1, column 2: extraneous or missing " in quoted-field'],
    ["RUN --mount='\"a\"b' x", 'failed to parse csv mounts: parse error on line 1, column 3: extraneous or missing " in quoted-field'],
    ['RUN --mount= x', 'failed to parse csv mounts: EOF'],
  ]
  for (const [text, want] of cases) it(JSON.stringify(text), () => expect(errorOf(text)).toBe(want))

  it('flags that BuildKit accepts', () => {
    for (const t of ['STOPSIGNAL --anything SIGTERM', 'HEALTHCHECK --whatever NONE', 'COPY --exclude=a --exclude=b x y', 'RUN --mount=type=cache,target=/c --network=none --security=insecure x']) {
      expect(errorOf(t)).toBeNull()
    }
  })
})
