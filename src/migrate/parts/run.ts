import { describeError } from '../../errors.js'
import { describeShard, type Shard } from '../../shard/index.js'
import { contextFor, failureOf, statusAfter, STATUS_WORDS, type EndStatus } from '../apply.js'
import { describeHolder, Lease, type LeaseDocument, type LeaseWatch } from '../lease.js'
import type { Ledger } from '../ledger.js'
import { untouched, type MigrationOutcome } from '../outcome.js'
import type { PreparedMigration } from '../prepare.js'
import { ProgressStore } from '../progress/index.js'
import type { MigrationRunParameters } from '../run.js'
import { recordApplied, recordFailed, settledByOthers, startEntry } from './entry.js'
import { partName, partsDone } from './leases.js'

/** One job's share of a migration a matrix applies in parts. */
export interface PartsRun {
  readonly migration: PreparedMigration
  readonly ledger: Ledger
  readonly parameters: MigrationRunParameters
  readonly shard: Shard
}

/**
 * How often a job whose parts are done looks at the parts others hold: often at first (the last
 * part usually ends soon after the others, and every job of the matrix waits for it), then less
 * (a part left by a dead job waits a whole lease to be taken over).
 */
const POLL_MS = { first: 500, later: 2000, firstFor: 30_000 }

/** What this job did of the migration: the parts it ran, and what they changed. */
interface Share {
  readonly parts: number[]
  documentsTouched: number
  requestCharge: number
}

/**
 * Applies a shardable migration as one job of a matrix: its own part first, then any part no job
 * holds (one a dead job left, once its lease has gone a whole period without a heartbeat, is
 * taken over and resumed from its progress records), then it waits until every part is done.
 * Each part runs the migration with helpers that change only the part's documents, under a lease
 * of its own in the ledger container. The job that finds every part done records the migration
 * applied, exactly once (If-Match).
 */
export async function applyInParts(run: PartsRun): Promise<MigrationOutcome> {
  const { parameters, migration } = run
  const started = parameters.now()
  const share: Share = { parts: [], documentsTouched: 0, requestCharge: 0 }
  await startEntry(run, started)
  const watches = new Map<number, LeaseWatch>()
  let waitingFor = ''
  let waitingSince: number | undefined
  for (;;) {
    parameters.cancellation.throwIfCancelled()
    if (await settledByOthers(run)) return outcome(run, share, started, 'applied', 'by the matrix')
    const look = await lookAtParts(run, watches)
    if (look.taken !== undefined) {
      waitingSince = undefined
      const ended = await runPart(run, look.taken, share)
      if (ended.status !== 'applied')
        return outcome(run, share, started, ended.status, ended.message)
      continue
    }
    if (look.held.length === 0) return finish(run, share, started)
    if (parameters.budget?.spent)
      return outcome(
        run,
        share,
        started,
        'paused',
        'the time budget was spent while parts of other jobs ran'
      )
    const holders = look.held
      .map(({ part, lease }) => `part ${part} (${describeHolder(lease)})`)
      .join(', ')
    if (holders !== waitingFor)
      parameters.log(`Waiting for ${migration.file.fileName}: ${holders}.`)
    waitingFor = holders
    waitingSince ??= parameters.now()
    const poll = parameters.now() - waitingSince < POLL_MS.firstFor ? POLL_MS.first : POLL_MS.later
    await parameters.sleep(Math.min(poll, Math.max(100, parameters.leaseMs / 3)))
  }
}

/** The parts as they stand: one this job took, or those others hold. */
async function lookAtParts(
  run: PartsRun,
  watches: Map<number, LeaseWatch>
): Promise<{
  taken?: { part: number; lease: Lease }
  held: { part: number; lease: LeaseDocument }[]
}> {
  const { shard, parameters, migration } = run
  const held: { part: number; lease: LeaseDocument }[] = []
  for (const part of partOrder(shard)) {
    const watch = watches.get(part) ?? {}
    watches.set(part, watch)
    const attempt = await Lease.attempt(
      { ...parameters, ledger: run.ledger, holder: parameters.runBy, now: monotonic(parameters) },
      partName(migration, part, shard.count),
      watch
    )
    if ('taken' in attempt) return { taken: { part, lease: attempt.taken }, held }
    if ('held' in attempt) held.push({ part, lease: attempt.held })
  }
  return { held }
}

/** This job's own part first, then the others from the next one round: takeovers spread out. */
export function partOrder(shard: Shard): number[] {
  return Array.from({ length: shard.count }, (_, i) => ((shard.index - 1 + i) % shard.count) + 1)
}

/** Runs one part under its lease; done, it is marked so in the lease (never taken again). */
async function runPart(
  run: PartsRun,
  { part, lease }: { part: number; lease: Lease },
  share: Share
): Promise<{ status: EndStatus; message: string | undefined }> {
  const { parameters, migration, ledger, shard } = run
  const what = `part ${part} of ${shard.count} of ${migration.file.fileName}`
  parameters.log(`Applying ${what}...`)
  const started = parameters.now()
  const { ctx } = contextFor(migration, parameters, ledger, {
    assertHeld: () => lease.assertHeld(),
    part: { index: part, count: shard.count }
  })
  const forget = parameters.cancellation.onAbandon(async () => {
    await lease.release()
  })
  try {
    const error = await failureOf(migration, ctx)
    const status = statusAfter(error, parameters)
    const { documentsTouched, requestCharge } = ctx.stats
    share.documentsTouched += documentsTouched
    share.requestCharge += requestCharge
    const message = error === undefined ? undefined : describeError(error).replace(/\s+/g, ' ')
    if (status === 'applied') {
      await lease.finish({ documentsTouched, requestCharge, finishedAt: new Date().toISOString() })
      share.parts.push(part)
    } else {
      await lease.release()
      if (status === 'failed')
        await recordFailed(run, parameters.now(), `${what}: ${message ?? ''}`)
    }
    parameters.log(
      `${STATUS_WORDS[status]} ${what} in ${parameters.now() - started} ms: ${documentsTouched} document(s), ${Math.round(requestCharge)} RU.`
    )
    return { status, message }
  } finally {
    forget()
  }
}

/** Every part is done: records the migration applied (if no job did first) and clears progress. */
async function finish(run: PartsRun, share: Share, started: number): Promise<MigrationOutcome> {
  const { parameters, migration, ledger, shard } = run
  const tally = await partsDone(run)
  if (!(await recordApplied(run, parameters.now(), tally)))
    return outcome(run, share, started, 'applied', 'by the matrix')
  parameters.log(
    `Applied ${migration.file.fileName}: all ${shard.count} parts done, ${tally.documentsTouched} document(s) in all.`
  )
  await new ProgressStore({
    ledger,
    migration: migration.key,
    checksum: migration.file.checksum,
    assertHeld: () => undefined,
    now: parameters.now,
    sleep: parameters.sleep
  })
    .clear()
    .catch((failure: unknown) => {
      parameters.warn(
        `${migration.file.fileName}: its progress records stay in the ledger container (${describeError(failure)}); they are ignored.`
      )
    })
  return outcome(run, share, started, 'applied', 'recorded applied by this job')
}

/** This job's outcome of the migration: what its parts did. */
function outcome(
  run: PartsRun,
  share: Share,
  started: number,
  status: EndStatus,
  note: string | undefined
): MigrationOutcome {
  const { shard, migration, parameters } = run
  const parts =
    share.parts.length === 0
      ? 'no part'
      : `part${share.parts.length > 1 ? 's' : ''} ${share.parts.join(', ')}`
  return {
    ...untouched(migration),
    status,
    durationMs: parameters.now() - started,
    documentsTouched: share.documentsTouched,
    requestCharge: share.requestCharge,
    note: `${describeShard(shard)}: ${parts} of ${shard.count} by this job${note ? `; ${note}` : ''}`
  }
}

const monotonic = (parameters: MigrationRunParameters): (() => number) =>
  parameters.monotonicNow ?? (() => performance.now())
