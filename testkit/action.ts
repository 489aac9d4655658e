/**
 * `npm run action -- --input name=value … [--verbose]`: runs the built dist/index.js as a runner
 * does (testkit/runner.ts) against the cloud `npm run cloud` keeps running, with that cloud's
 * inputs overridden by the ones given, and shows the run as `npm run demo` does: the log masked
 * and decoded, the outputs, the job summary. Relative paths are read from the repository's root,
 * the job's workspace. Exits with the action's exit code.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseInputs } from './action-inputs.js'
import { ensureBuilt } from './bundle/ensure-built.js'
import { readSession, sessionDirectory } from './cloud-session.js'
import { runAction } from './runner.js'
import { showRun } from './show-run.js'
import { outputWidth, stylesFor, useColour } from './terminal/style.js'

const { values } = parseArgs({
  options: {
    input: { type: 'string', multiple: true, default: [] },
    verbose: { type: 'boolean', default: false }
  }
})
const root = resolve(import.meta.dirname, '..')
const styles = stylesFor(useColour(process.stdout, process.env))
const width = outputWidth(process.stdout)
const say = (line: string): void => console.log(line)

const given = parseInputs(values.input)
const session = readSession(sessionDirectory(root, process.env))
if (session === undefined) {
  console.error('No local cloud is running: start one with `npm run cloud` in another terminal.')
  process.exit(2)
}
await ensureBuilt({ root, verbose: values.verbose, say })
const names = Object.keys(given)
say(`Running the action${names.length > 0 ? ` with ${names.join(', ')}` : ''}…`)
const run = await runAction({
  inputs: { ...session.inputs, ...given },
  env: session.env,
  caFile: session.caFile,
  workspace: root,
  timeoutMs: 10 * 60_000
})
for (const line of showRun(run, { width, styles, verbose: values.verbose })) say(line)
process.exitCode = run.exitCode ?? 1
