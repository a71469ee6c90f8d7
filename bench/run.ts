// `npm run bench`: each file of bench/ that exports `run()` prints its own table.
import { run as runContext } from './context.ts'
import { run as runDockerfile } from './dockerfile.ts'

await runContext()
await runDockerfile()
