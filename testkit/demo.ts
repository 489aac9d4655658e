/**
 * `npm run demo` (`-- --verbose` for debug lines, the local cloud's events, the build's output
 * and every summary section): builds the action if a source changed, then runs it end to end on
 * the local cloud (see demo/runs.ts) and says where to go next.
 *
 * The runs are imported only once the first lines are out: loading the local cloud takes a
 * moment, and a demo should say what it is doing from its first second.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ensureBuilt } from './bundle/ensure-built.js'
import { nextSteps } from './demo/next-steps.js'
import { outputWidth, stylesFor, useColour } from './terminal/style.js'
import { wrapLine } from './terminal/wrap.js'

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } })
const verbose = values.verbose
const styles = stylesFor(useColour(process.stdout, process.env))
const width = outputWidth(process.stdout)
const say = (line: string): void => console.log(line)

say(styles.bold('cosmos-oidc-action: the action end to end on a local cloud'))
await ensureBuilt({ root: resolve(import.meta.dirname, '..'), verbose, say })
const { runDemo } = await import('./demo/runs.js')
const ok = await runDemo({ say, width, styles, verbose })

say('')
const verdict = ok
  ? 'Demo finished: the job seeded, previewed and applied its migrations, and its smoke ' +
    'checks passed; a credential mistake was explained; a reader was refused before any write.'
  : 'Demo failed: a run did not end as it should (see above).'
for (const line of wrapLine(verdict, width)) say(ok ? styles.green(line) : styles.red(line))
say('')
for (const line of nextSteps(width, styles)) say(line)
process.exitCode = ok ? 0 : 1
