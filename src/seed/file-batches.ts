import { forEachLimited } from '../concurrency.js'
import { WHOLE } from '../shard/index.js'
import { BATCH_BYTES, inBatches } from './batches.js'
import type { SeedCounts } from './counts.js'
import { planned, type ContainerPlan } from './memory.js'
import { batchesInFlightFor, batchSizeFor } from './pacing.js'
import { readDocuments } from './read.js'
import { counted, Watermark, type ContainerProgress } from './resume.js'
import type { SeedParameters } from './seed.js'
import type { SeedFile } from './seed-file.js'
import { shardDocuments } from './shard.js'

/** What the batches of one file are made from, and where its progress is kept. */
interface FileBatches {
  readonly file: SeedFile
  readonly plan: ContainerPlan | undefined
  readonly paths: readonly string[]
  readonly count: SeedCounts
  /** Each container's progress through its files, with seed records (resume.ts). */
  readonly resume: Map<string, ContainerProgress>
}

/**
 * Writes the file's documents in batches, some in flight at once; nothing starts after a batch
 * has failed. With seed records, the documents an earlier seed of the same bytes wrote are left
 * out (not read, not written), and how far the file is written is recorded as batches finish.
 */
export async function writeInBatches(
  parameters: SeedParameters,
  { file, plan, paths, count, resume }: FileBatches,
  write: (documents: Record<string, unknown>[]) => Promise<void>
): Promise<void> {
  const bytes = plan?.fingerprints.get(file.path)?.bytes
  const progress = resume.get(file.container)
  const skip = bytes === undefined ? 0 : (progress?.written(file.path, bytes) ?? 0)
  if (skip > 0)
    parameters.log.info(
      `  '${file.container}': the first ${skip} document(s) of ${file.path} were written by a seed that stopped; continuing after them.`
    )
  const source = counted(readDocuments(file))
  const documents = plan
    ? planned(after(plan, skip), file, source.documents, paths, count)
    : source.documents
  const marks = new Watermark(skip)
  let index = 0
  const batches = inBatches(
    shardDocuments(documents, parameters.shard ?? WHOLE, paths),
    batchSizeFor(parameters.ruPerSecond),
    BATCH_BYTES
  )
  try {
    await forEachLimited(
      (async function* () {
        for await (const batch of batches) yield { batch, index: index++, end: source.taken() }
      })(),
      batchesInFlightFor(parameters.ruPerSecond),
      async ({ batch, index: at, end }) => {
        await write(batch)
        const written = marks.done(at, end)
        if (written !== undefined && bytes !== undefined)
          await progress?.advance({ path: file.path, bytes, written })
      }
    )
  } finally {
    // However it ended, what the finished batches wrote is recorded (a failure to record is
    // only a warning: the next seed then compares a little more).
    await progress?.flush().catch((error: unknown) => {
      parameters.log.warning(
        `Could not record how far ${file.path} was seeded: ${(error as Error).message}`
      )
    })
  }
}

/** The plan, leaving out the documents before `skip`: an earlier seed wrote them. */
function after(plan: ContainerPlan, skip: number): ContainerPlan {
  if (skip === 0) return plan
  return {
    ...plan,
    include: (path, position, key) =>
      position >= skip && (plan.include?.(path, position, key) ?? true)
  }
}
