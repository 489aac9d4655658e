/**
 * One seeding-speed measurement for bench/seed.ts, in a process of its own: the local cloud runs
 * in the parent, so the client's process holds what a runner's would, not every document the
 * cloud stores (whose heap our seeding's full collections would scan, and a raw call's would not).
 * `tsx bench/seed-speed.ts ours FILE CONTAINER` seeds an NDJSON file the action's way;
 * `tsx bench/seed-speed.ts bulk COUNT CONTAINER` upserts COUNT documents, built before the clock
 * starts, in one executeBulkOperations call; `bulk-minimal` the same with
 * `contentResponseOnWriteEnabled: false` (the answers leave the documents out, as ours ask).
 * Prints the milliseconds taken as JSON.
 * BENCH_COSMOS_ENDPOINT and BENCH_COSMOS_TOKEN (an access token for it) reach the cloud;
 * NODE_EXTRA_CA_CERTS trusts its certificate.
 */
import type { OperationInput } from '@azure/cosmos'
import { seedContainers } from '../src/seed/index.js'
import { benchDocument } from './seed-documents.js'
import { childClient } from './child.js'
import { quiet, time } from './stats.js'

const [mode, source, container] = process.argv.slice(2)
if (!['ours', 'bulk', 'bulk-minimal'].includes(mode ?? '') || !source || !container)
  throw new Error(
    'usage: tsx bench/seed-speed.ts ours FILE CONTAINER | bulk|bulk-minimal COUNT CONTAINER'
  )

const { client, endpoint } = childClient()
const database = client.database('bench')
// Connected before the clock starts: both ways pay for the client and the container's metadata.
await database.container(container).read()

let ms: number
if (mode === 'ours') {
  ms = await time(() =>
    seedContainers({
      client,
      database: 'bench',
      files: [{ path: source, container, format: 'ndjson' }],
      mode: 'upsert',
      ruPerSecond: 0,
      dryRun: false,
      log: quiet,
      sleep: (wait) => new Promise<void>((done) => setTimeout(done, wait)),
      errorContext: {
        endpoint,
        database: 'bench',
        accountName: 'localcloud',
        resourceGroup: undefined,
        principalId: undefined
      }
    })
  )
} else {
  const operations: OperationInput[] = Array.from({ length: Number(source) }, (_, i) => {
    const document = benchDocument(i)
    return { operationType: 'Upsert', resourceBody: document, partitionKey: document.id }
  })
  ms = await time(async () => {
    const options = mode === 'bulk-minimal' ? { contentResponseOnWriteEnabled: false } : undefined
    const results = await database
      .container(container)
      .items.executeBulkOperations(operations, options)
    const failed = results.filter((result) => result.error)
    if (failed.length > 0)
      throw new Error(
        `${failed.length} operations failed, the first: ${JSON.stringify(failed[0]?.error)}`
      )
  })
}
console.log(JSON.stringify({ ms }))
