// `npm run bench`: analyzeDockerfile on moby/moby's 59-stage Dockerfile and on the tutorial's
// example, median time per call. The editor analyses on every keystroke, so the tutorial-sized
// file must stay well under a millisecond.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { analyzeDockerfile } from '../src/analyze.ts'

const fixtures = join(import.meta.dirname, '../test/fixtures/dockerfiles')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function measure(text: string, runs: number): { median: number; p90: number } {
  for (let i = 0; i < Math.min(50, runs); i++) analyzeDockerfile(text)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    analyzeDockerfile(text)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { median: median(times), p90: times[Math.floor(times.length * 0.9)] }
}

export async function run(): Promise<void> {
  const inputs: [string, string, number][] = [
    ['moby/moby Dockerfile', readFileSync(join(fixtures, 'corpus/moby__moby__Dockerfile.Dockerfile'), 'utf8'), 200],
    ['tutorial example', readFileSync(join(fixtures, 'tutorial/docker-build.Dockerfile'), 'utf8'), 2000],
  ]
  console.log('analyzeDockerfile')
  for (const [name, text, runs] of inputs) {
    const a = analyzeDockerfile(text)
    const r = measure(text, runs)
    console.log(`  ${name.padEnd(22)} ${String(text.split('\n').length).padStart(4)} lines ${String(a.stages.length).padStart(3)} stages  median ${r.median.toFixed(3)} ms  p90 ${r.p90.toFixed(3)} ms  (${runs} runs)`)
  }
}
