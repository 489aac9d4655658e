import type { CosmosClient } from '@azure/cosmos'
import type { CosmosErrorContext } from '../cosmos/index.js'
import type { Logger } from '../runtime.js'
import { checkSeedFiles } from './check.js'
import { seededLine, type SeedCounts } from './counts.js'
import { hasDocuments, type Charge } from './lookups.js'
import { ThroughputGovernor } from '../throughput/index.js'
import { SeedMemory, type ContainerPlan } from './memory.js'
import type { Shard } from '../shard/index.js'
import type { SeedFile } from './seed-file.js'
import { writeBatch } from './write-batch.js'
import type { ContainerProgress } from './resume.js'
import { writeInBatches } from './file-batches.js'
import { isOutOfTime, type TimeBudget } from '../time-budget.js'

export interface SeedResult {
  readonly counts: Readonly<Record<string, SeedCounts>>
  readonly requestCharge: number
  /** False when the time budget stopped the seed between batches (`stop`). */
  readonly complete: boolean
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
  /**
   * The RU/s a container is provisioned with, where it can be known (provisionedThroughputOf):
   * each container's asked once, never rejecting.
   */
  readonly provisioned?: ((container: string) => Promise<number | undefined>) | undefined
  /** The ledger container to keep seed records in (memory.ts); undefined: none are kept. */
  readonly ledgerContainer?: string | undefined
  /** Who runs the seed, recorded with it. */
  readonly runBy?: string | undefined
  /**
   * This job's part when a matrix splits the seed: only the documents of its part are written
   * (every file is still checked whole). The whole work when absent.
   */
  readonly shard?: Shard | undefined
  /**
   * The run's time budget (max-run-minutes): no batch starts once it is spent. With seed records,
   * the next seed continues after what was written.
   */
  readonly stop?: Pick<TimeBudget, 'check'> | undefined
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
  /** What earlier seeds recorded, and each container's plan from it (memory.ts). */
  readonly memory: SeedMemory | undefined
  readonly plans: Map<string, ContainerPlan>
  /** With seed records, each container's progress through its files (resume.ts). */
  readonly resumes: Map<string, ContainerProgress>
}

/**
 * Seeds containers from files. A first pass streams every file and checks every document (JSON,
 * id, partition key value, size) before anything is written, so bad input anywhere writes
 * nothing; a second pass streams them again in batches. Existing documents are read first:
 * unchanged ones are not written, so re-seeding identical data writes nothing.
 */
export async function seedContainers(parameters: SeedParameters): Promise<SeedResult> {
  const now = parameters.now ?? Date.now
  const memory = await SeedMemory.open({ ...parameters, now })
  const charge = { total: 0 }
  const plans = await unchangedContainers(parameters, memory, charge)
  // Each container's RU/s, asked of ARM while the files are checked (the answer is kept).
  for (const file of parameters.files)
    if (!plans.has(file.container)) void parameters.provisioned?.(file.container)
  // Files of a container nothing changed in were checked when they were seeded.
  const keyPaths = await checkSeedFiles({
    ...parameters,
    files: parameters.files.filter((file) => !plans.has(file.container))
  })
  const progress: Progress = {
    keyPaths,
    counts: {},
    charge,
    governor: new ThroughputGovernor({
      ceiling: parameters.ruPerSecond,
      now,
      sleep: parameters.sleep
    }),
    now,
    filled: new Set<string>(),
    memory,
    plans,
    resumes: new Map()
  }
  for (const [index, file] of parameters.files.entries()) {
    try {
      await parameters.log.group(`Seed '${file.container}' from ${file.path}`, () =>
        seedFile(parameters, progress, file)
      )
    } catch (error) {
      if (!isOutOfTime(error)) throw error
      parameters.log.info(
        `Seeding stopped: ${(error as Error).message}. ${progress.memory ? 'The next run continues after the documents written.' : "The next run compares again what is left (with 'seed-record', it would continue after what was written)."}`
      )
      return { counts: progress.counts, requestCharge: progress.charge.total, complete: false }
    }
    // After a container's last file, its record.
    if (!parameters.files.slice(index + 1).some((later) => later.container === file.container))
      await rememberContainer(parameters, progress, file.container)
  }
  return { counts: progress.counts, requestCharge: progress.charge.total, complete: true }
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
  const paths = progress.keyPaths.get(file.container) ?? ['/id']
  const plan = await planContainer(parameters, progress, file.container, paths)
  if (plan?.skip) {
    count.unchanged += plan.fingerprints.get(file.path)?.documents ?? 0
    log.info(
      `${seededLine(file, count, file.mode ?? parameters.mode, parameters.dryRun)} Skipped: ${plan.reason}.`
    )
    return
  }
  if (plan && !progress.filled.has(file.container))
    log.info(`  '${file.container}': ${plan.reason}.`)
  if (!progress.filled.has(file.container))
    governor.expect(await parameters.provisioned?.(file.container))
  // A container empty when its first file starts has nothing to compare with: skip the reads.
  const startedEmpty =
    !progress.filled.has(file.container) && !(await hasDocuments(parameters, container, charge))
  if (progress.memory !== undefined && !parameters.dryRun && !progress.resumes.has(file.container))
    progress.resumes.set(file.container, await progress.memory.progressOf(file.container))
  progress.filled.add(file.container)
  const mode = file.mode ?? parameters.mode
  const target = {
    ...parameters,
    container,
    writeContainer: writer.database(parameters.database).container(file.container),
    governor,
    paths,
    mode,
    startedEmpty,
    count,
    charge,
    ownEtags: progress.memory?.ownEtags
  }
  const write = async (documents: Record<string, unknown>[]): Promise<void> => {
    parameters.throwIfCancelled?.()
    parameters.stop?.check(
      () => `seeding '${file.container}' from ${file.path} stopped after ${seen} document(s)`
    )
    await writeBatch(target, documents)
    seen += documents.length
    const seconds = Math.max(0.001, (now() - started) / 1000)
    log.info(
      `  '${file.container}': ${seen} document(s), ${Math.round(seen / seconds)}/s, ${Math.round(charge.total)} RU so far.`
    )
  }
  await writeInBatches(parameters, { file, plan, paths, count, resume: progress.resumes }, write)
  log.info(seededLine(file, count, mode, parameters.dryRun))
}

/** The containers to skip before any check: their files and contents are as last recorded. */
async function unchangedContainers(
  parameters: SeedParameters,
  memory: SeedMemory | undefined,
  charge: Charge
): Promise<Map<string, ContainerPlan>> {
  const plans = new Map<string, ContainerPlan>()
  if (memory === undefined) return plans
  for (const container of new Set(parameters.files.map((file) => file.container))) {
    const plan = await memory.unchanged(
      parameters.client.database(parameters.database).container(container),
      parameters.files.filter((file) => file.container === container),
      (file) => file.mode ?? parameters.mode,
      charge
    )
    if (plan) plans.set(container, plan)
  }
  return plans
}

/** A container's plan from the seed records, decided at its first file; undefined without them. */
async function planContainer(
  parameters: SeedParameters,
  progress: Progress,
  container: string,
  paths: readonly string[]
): Promise<ContainerPlan | undefined> {
  if (progress.memory === undefined) return undefined
  let plan = progress.plans.get(container)
  if (plan === undefined) {
    const files = parameters.files.filter((file) => file.container === container)
    plan = await progress.memory.plan(
      parameters.client.database(parameters.database).container(container),
      files,
      (file) => file.mode ?? parameters.mode,
      paths,
      progress.charge
    )
    progress.plans.set(container, plan)
  }
  return plan
}

/** Records a seeded container (memory.ts). */
async function rememberContainer(
  parameters: SeedParameters,
  progress: Progress,
  container: string
): Promise<void> {
  const plan = progress.plans.get(container)
  const count = progress.counts[container]
  if (progress.memory === undefined || plan === undefined || count === undefined) return
  await progress.memory.remember(
    parameters.client.database(parameters.database).container(container),
    plan,
    progress.keyPaths.get(container) ?? ['/id'],
    count,
    progress.charge
  )
  // Seeded and recorded: a stopped seed's progress has nothing left to resume.
  await progress.resumes.get(container)?.clear()
}
