import type { CosmosClient } from '@azure/cosmos'
import type { CosmosErrorContext } from '../cosmos/index.js'
import { forEachLimited } from '../concurrency.js'
import type { Logger } from '../runtime.js'
import { BATCH_BYTES, inBatches } from './batches.js'
import { checkSeedFiles } from './check.js'
import { seededLine, type SeedCounts } from './counts.js'
import { hasDocuments, type Charge } from './lookups.js'
import { ThroughputGovernor } from '../throughput/index.js'
import { batchesInFlightFor, batchSizeFor } from './pacing.js'
import { readDocuments } from './read.js'
import type { SeedFile } from './seed-file.js'
import { writeBatch } from './write-batch.js'

export interface SeedResult {
  readonly counts: Readonly<Record<string, SeedCounts>>
  readonly requestCharge: number
}

/** `upsert` writes what changed; `insert` creates what is missing and leaves existing ids alone. */
export type SeedMode = 'upsert' | 'insert'

export interface SeedParameters {
  /** Reads the containers and the stored documents. */
  readonly client: CosmosClient
  /**
   * Writes: a client without the SDK's own throttling retries (WorkTraffic), so that a throttled
   * batch waits its retry-after once; `client` when not given.
   */
  readonly writeClient?: CosmosClient
  readonly database: string
  readonly files: readonly SeedFile[]
  readonly mode: SeedMode
  /** Request units per second to stay under, on average (0: no limit). */
  readonly ruPerSecond: number
  readonly dryRun: boolean
  readonly log: Logger
  readonly sleep: (ms: number) => Promise<void>
  /** The clock that paces a budget and times the rates logged; Date.now unless a test drives it. */
  readonly now?: () => number
  readonly errorContext: CosmosErrorContext
  /** Throws once the job is cancelled: no batch starts after that (seeding is idempotent). */
  readonly throwIfCancelled?: () => void
}

/** What the second pass shares across files. */
interface Progress {
  readonly keyPaths: ReadonlyMap<string, readonly string[]>
  readonly counts: Record<string, SeedCounts>
  readonly charge: Charge
  readonly governor: ThroughputGovernor
  readonly now: () => number
  /** Containers a file has already been seeded into. */
  readonly filled: Set<string>
}

/**
 * Seeds containers from files. A first pass streams every file and checks every document (JSON,
 * id, partition key value, size) before anything is written, so bad input anywhere writes
 * nothing; a second pass streams them again in batches. Existing documents are read first:
 * unchanged ones are not written, so re-seeding identical data writes nothing.
 */
export async function seedContainers(parameters: SeedParameters): Promise<SeedResult> {
  const now = parameters.now ?? Date.now
  const keyPaths = await checkSeedFiles(parameters)
  const progress: Progress = {
    keyPaths,
    counts: {},
    charge: { total: 0 },
    governor: new ThroughputGovernor({
      ceiling: parameters.ruPerSecond,
      now,
      sleep: parameters.sleep
    }),
    now,
    filled: new Set<string>()
  }
  for (const file of parameters.files) {
    await parameters.log.group(`Seed '${file.container}' from ${file.path}`, () =>
      seedFile(parameters, progress, file)
    )
  }
  return { counts: progress.counts, requestCharge: progress.charge.total }
}

/** The second pass over one file: its documents in batches, paced, with progress logged. */
async function seedFile(
  parameters: SeedParameters,
  progress: Progress,
  file: SeedFile
): Promise<void> {
  const { log } = parameters
  const { charge, governor, now } = progress
  const count = (progress.counts[file.container] ??= { created: 0, updated: 0, unchanged: 0 })
  const container = parameters.client.database(parameters.database).container(file.container)
  const writer = parameters.writeClient ?? parameters.client
  const started = now()
  let seen = 0
  // A container empty when its first file starts has nothing to compare with: skip the reads.
  const startedEmpty =
    !progress.filled.has(file.container) && !(await hasDocuments(parameters, container, charge))
  progress.filled.add(file.container)
  const mode = file.mode ?? parameters.mode
  const target = {
    ...parameters,
    container,
    writeContainer: writer.database(parameters.database).container(file.container),
    governor,
    paths: progress.keyPaths.get(file.container) ?? ['/id'],
    mode,
    startedEmpty,
    count,
    charge
  }
  const write = async (documents: Record<string, unknown>[]): Promise<void> => {
    parameters.throwIfCancelled?.()
    await writeBatch(target, documents)
    seen += documents.length
    const seconds = Math.max(0.001, (now() - started) / 1000)
    log.info(
      `  '${file.container}': ${seen} document(s), ${Math.round(seen / seconds)}/s, ${Math.round(charge.total)} RU so far.`
    )
  }
  // Nothing starts after a batch has failed: the run ends with the batches already sent.
  await forEachLimited(
    inBatches(readDocuments(file), batchSizeFor(parameters.ruPerSecond), BATCH_BYTES),
    batchesInFlightFor(parameters.ruPerSecond),
    write
  )
  log.info(seededLine(file, count, mode, parameters.dryRun))
}
