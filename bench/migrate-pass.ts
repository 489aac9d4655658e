/**
 * One pass of bench/migrate.ts's recorded comparison, in a process of its own: the local cloud
 * runs in the parent, so the helper and the cloud do not take turns on one thread (each would
 * pay for the other's work and collections, and a record's cost would be counted twice).
 * `tsx bench/migrate-pass.ts plain|recorded CONTAINER COUNT` patches every document of the
 * container through ctx.patchWhere, with or without a progress record in the ledger container
 * `migrations`, checks that COUNT were patched and prints the milliseconds taken as JSON.
 * BENCH_COSMOS_ENDPOINT and BENCH_COSMOS_TOKEN (an access token for it) reach the cloud;
 * NODE_EXTRA_CA_CERTS trusts its certificate.
 */
import { MigrationContext } from '../src/migrate/context.js'
import { Ledger } from '../src/migrate/ledger.js'
import { ProgressStore } from '../src/migrate/progress/index.js'
import { childClient } from './child.js'
import { benchContextParameters } from './migration-context.js'
import { time } from './stats.js'

const [mode, container, count] = process.argv.slice(2)
if ((mode !== 'plain' && mode !== 'recorded') || !container || !count)
  throw new Error('usage: tsx bench/migrate-pass.ts plain|recorded CONTAINER COUNT')

const { client } = childClient()
const database = client.database('bench')
// Connected before the clock starts: both ways pay for the client and the container's metadata.
await database.container(container).read()
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))
const parameters = benchContextParameters(database)
const progress =
  mode === 'recorded'
    ? new ProgressStore({
        ledger: await Ledger.open(database.container('migrations')),
        migration: container,
        checksum: 'bench',
        assertHeld: () => undefined,
        now: Date.now,
        sleep
      })
    : undefined
const context = new MigrationContext({ ...parameters, ...(progress ? { progress } : {}) })
let patched = 0
const ms = await time(async () => {
  patched = await context.patchWhere(container, undefined, [
    { op: 'set', path: '/migrated', value: true }
  ])
})
if (patched !== Number(count)) throw new Error(`patched ${patched} of ${count} in '${container}'`)
console.log(JSON.stringify({ ms }))
