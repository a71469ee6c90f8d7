#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the command needs no build step.
import { tsImport } from 'tsx/esm/api'

const { main } = await tsImport('../src/cli/main.ts', import.meta.url)
process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
})
