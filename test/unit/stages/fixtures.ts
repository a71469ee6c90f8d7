// Hand-made analyses in the shape of src/types.ts, written from what BuildKit does with each Dockerfile (shown
// above each one), so these tests do not depend on the engine.
import type { DockerfileAnalysis } from '../../../src/types.ts'

/*
 * 1 FROM golang:1.22 AS build
 * 2 RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app ./cmd/account
 * 3 FROM build AS test
 * 4 RUN go test ./...
 * 5 FROM alpine:3.20 AS prod
 * 6 COPY --from=build /app /app
 * 7 COPY --from=busybox:1.36 /bin/wget /bin/wget
 * 8 COPY --from=build /etc/ssl /etc/ssl
 * target prod: build and prod are built; test is not.
 */
export const multiStage: DockerfileAnalysis = {
  stages: [
    { index: 0, name: 'build', base: 'golang:1.22', baseStage: null, platform: null, line: 1 },
    { index: 1, name: 'test', base: 'build', baseStage: 0, platform: null, line: 3 },
    { index: 2, name: 'prod', base: 'alpine:3.20', baseStage: null, platform: null, line: 5 },
  ],
  edges: [
    { from: 'golang:1.22', to: 0, kind: 'from', line: 1 },
    { from: 0, to: 1, kind: 'from', line: 3 },
    { from: 'alpine:3.20', to: 2, kind: 'from', line: 5 },
    { from: 0, to: 2, kind: 'copy', line: 6 },
    { from: 'busybox:1.36', to: 2, kind: 'copy', line: 7 },
    { from: 0, to: 2, kind: 'copy', line: 8 },
  ],
  target: 2,
  built: [0, 2],
  diagnostics: [],
}

/*
 * 1 FROM scratch
 * 2 COPY hello /
 * 3 FROM node:20
 * 4 RUN --mount=type=bind,from=0,target=/x true
 * 5 ONBUILD COPY --from=0 /hello /
 * Unnamed stages; the last one is the target and needs #0.
 */
export const unnamed: DockerfileAnalysis = {
  stages: [
    { index: 0, name: null, base: 'scratch', baseStage: null, platform: null, line: 1 },
    { index: 1, name: null, base: 'node:20', baseStage: null, platform: null, line: 3 },
  ],
  edges: [
    { from: 'node:20', to: 1, kind: 'from', line: 3 },
    { from: 0, to: 1, kind: 'mount', line: 4 },
    { from: 0, to: 1, kind: 'onbuild-copy', line: 5 },
  ],
  target: 1,
  built: [0, 1],
  diagnostics: [],
}
