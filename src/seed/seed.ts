import type {
  BulkOperationResult,
  Container,
  CosmosClient,
  ErrorResponse,
  ItemDefinition,
  OperationInput,
  PartitionKey
} from '@azure/cosmos'
import { createHash } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { explainCosmosError, type CosmosErrorContext } from '../cosmos/index.js'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import {
  backoffMs,
  isTransientCosmosError,
  retryTransient,
  withoutSystemProperties
} from '../cosmos/transient.js'
import { forEachLimited } from '../concurrency.js'
import { ActionError } from '../errors.js'
import type { Logger } from '../runtime.js'
import type { SeedDocument } from './document.js'
import { checkId } from './ids.js'
import { seedError, type SeedFile } from './seed-file.js'
import { readDocuments } from './read.js'

/** Per container: documents created, replaced, and left as they were (or, inserting, existing). */
export interface SeedCounts {
  created: number
  updated: number
  unchanged: number
}

export interface SeedResult {
  readonly counts: Readonly<Record<string, SeedCounts>>
  readonly requestCharge: number
}

/** `upsert` writes what changed; `insert` creates what is missing and leaves existing ids alone. */
export type SeedMode = 'upsert' | 'insert'

export interface SeedParameters {
  readonly client: CosmosClient
  readonly database: string
  readonly files: readonly SeedFile[]
  readonly mode: SeedMode
  /** Request units per second to stay under, on average (0: no limit). */
  readonly ruPerSecond: number
  readonly dryRun: boolean
  readonly log: Logger
  readonly sleep: (ms: number) => Promise<void>
  readonly errorContext: CosmosErrorContext
}

/**
 * Documents per bulk call, and their size. The SDK's bulk call looks for its last results once a
 * second, so every call takes a second at least: large calls, a few at a time, keep the writes
 * flowing (calls of 1,000 documents, four at a time, would seed at half the raw rate).
 */
const BATCH = 5000
const BATCH_BYTES = 8 * 1024 * 1024
/**
 * Bulk calls in flight at once. Memory: a batch closes once it holds 8 MB, so at most 10 MB of
 * documents, and as much again of the stored copies it compares them with.
 */
const BATCHES_IN_FLIGHT = 3
/** Writes this few go one by one, this many at a time, rather than in a bulk call. */
const POINT_WRITES = 100
const POINT_WRITES_IN_FLIGHT = 16
/** Lines a seed file may have, for packing a file's index and a line into one number. */
const LINES = 2 ** 32
/** Ids per lookup query, and their size: Cosmos DB takes requests of 2 MB at most. */
const LOOKUP_IDS = 1000
const LOOKUP_BYTES = 512 * 1024
/** Rounds of retries for documents throttled or failed transiently past the SDK's own retries. */
const RETRY_ROUNDS = 8

/**
 * Seeds containers from files. A first pass streams every file and checks every document (JSON,
 * id, partition key value, size) before anything is written, so bad input anywhere writes
 * nothing; a second pass streams them again in batches. Existing documents are read first:
 * unchanged ones are not written, so re-seeding identical data writes nothing.
 */
export async function seedContainers(parameters: SeedParameters): Promise<SeedResult> {
  const { log } = parameters
  const keyPaths = new Map<string, readonly string[]>()
  /**
   * Per container, where each id and partition key was first seen: 96 bits of its hash (a short
   * string V8 stores flat) to the file's index and the line, packed in one number. About 60
   * bytes a document.
   */
  const firstLines = new Map<string, KeyedLines>()
  for (const [index, file] of parameters.files.entries()) {
    const paths = await containerKeyPaths(parameters, file)
    keyPaths.set(file.container, paths)
    let count = 0
    const seen = firstLines.get(file.container) ?? new KeyedLines()
    firstLines.set(file.container, seen)
    for await (const document of readDocuments(file)) {
      checkDocument(file, document, paths)
      // Two documents with one id and partition key would race each other: which wins is chance.
      const key = createHash('sha1')
        .update(keyOf(document.body, paths))
        .digest()
        .toString('latin1', 0, 12)
      const first = seen.get(key)
      if (first !== undefined) {
        const firstFile = parameters.files[Math.floor(first / LINES)]?.path
        throw seedError(
          file,
          document.line,
          `repeats id '${String(document.body['id'])}' with the same partition key (first at ${firstFile}:${first % LINES})`
        )
      }
      seen.set(key, index * LINES + document.line)
      count++
    }
    log.info(`Checked ${file.path}: ${count} document(s) for '${file.container}'.`)
  }

  const counts: Record<string, SeedCounts> = {}
  const charge = { total: 0 }
  const seedingStarted = Date.now()
  const filled = new Set<string>()
  for (const file of parameters.files) {
    await log.group(`Seed '${file.container}' from ${file.path}`, async () => {
      const count = (counts[file.container] ??= { created: 0, updated: 0, unchanged: 0 })
      const container = parameters.client.database(parameters.database).container(file.container)
      const paths = keyPaths.get(file.container) ?? ['/id']
      const started = Date.now()
      let seen = 0
      // A container empty when its first file starts has nothing to compare with: skip the reads.
      const empty =
        !filled.has(file.container) && !(await hasDocuments(parameters, container, charge))
      filled.add(file.container)
      const write = async (documents: Record<string, unknown>[]): Promise<void> => {
        await writeBatch(
          { ...parameters, mode: file.mode ?? parameters.mode },
          container,
          paths,
          documents,
          count,
          charge,
          empty
        )
        seen += documents.length
        if (parameters.ruPerSecond > 0) {
          // Spend no faster than the budget: wait until the RU so far fit the time so far.
          const due = (charge.total / parameters.ruPerSecond) * 1000 - (Date.now() - seedingStarted)
          if (due > 0) await parameters.sleep(due)
        }
        const seconds = Math.max(0.001, (Date.now() - started) / 1000)
        log.info(
          `  '${file.container}': ${seen} document(s), ${Math.round(seen / seconds)}/s, ${Math.round(charge.total)} RU so far.`
        )
      }
      // Under a budget, smaller batches keep the pace even; not below 100 documents, since every
      // bulk call takes a second at least.
      const batchSize =
        parameters.ruPerSecond > 0
          ? Math.min(BATCH, Math.max(100, Math.floor(parameters.ruPerSecond / 10)))
          : BATCH
      // A few batches in flight: each bulk call takes a second at least, and the next batch's
      // reads overlap the last one's writes. Under a budget, one at a time.
      // Nothing starts after a batch has failed: the run ends with the batches already sent.
      await forEachLimited(
        inBatches(readDocuments(file), batchSize, BATCH_BYTES),
        parameters.ruPerSecond > 0 ? 1 : BATCHES_IN_FLIGHT,
        write
      )
      log.info(
        `${parameters.dryRun ? 'Dry run: would seed' : 'Seeded'} '${file.container}' from ${file.path}: ${count.created} created, ${count.updated} updated, ${count.unchanged} ${(file.mode ?? parameters.mode) === 'insert' ? 'existing' : 'unchanged'}.`
      )
    })
  }
  return { counts, requestCharge: charge.total }
}

async function containerKeyPaths(
  parameters: SeedParameters,
  file: SeedFile
): Promise<readonly string[]> {
  const container = parameters.client.database(parameters.database).container(file.container)
  const definition = await container.read().catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 404) {
      throw new ActionError(
        `${file.path}: container '${file.container}' does not exist in database '${parameters.database}'. Create it through Azure Resource Manager (Bicep, Terraform, az cosmosdb sql container create) or in a migration (ctx.createContainer): Cosmos DB refuses container creation with Entra tokens. Nothing was written.`
      )
    }
    throw explainCosmosError(error, parameters.errorContext, scopeOf(container))
  })
  return definition.resource?.partitionKey?.paths ?? ['/id']
}

function checkDocument(file: SeedFile, document: SeedDocument, paths: readonly string[]): void {
  checkId(file, document)
  const key = partitionKeyOf(document.body, paths)
  const values = paths.length > 1 && Array.isArray(key) ? key : [key]
  if (
    key === undefined ||
    values.some((value) => !['string', 'number', 'boolean'].includes(typeof value))
  ) {
    throw seedError(
      file,
      document.line,
      `has no string, number or boolean value for the partition key ${paths.join(', ')}`
    )
  }
}

/** What is stored for a document, by id and partition key. */
function keyOf(document: Record<string, unknown>, paths: readonly string[]): string {
  return JSON.stringify([document['id'], partitionKeyOf(document, paths)])
}

/** Reads the batch's existing documents, then writes only what the mode and the data call for. */
async function writeBatch(
  parameters: SeedParameters,
  container: Container,
  paths: readonly string[],
  batch: readonly Record<string, unknown>[],
  count: SeedCounts,
  charge: { total: number },
  startedEmpty: boolean
): Promise<void> {
  const existing = new Map<string, Record<string, unknown>>()
  if (!startedEmpty) {
    const ids = [...new Set(batch.map((document) => document['id'] as string))]
    const lookups = lookupChunks(ids).map((chunk) =>
      retryingTransient(parameters, scopeOf(container), async () => {
        // A query that fails part way starts again: its pages are not resumable after an error.
        const found: Record<string, unknown>[] = []
        const query = container.items.query<Record<string, unknown>>({
          query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)',
          parameters: [{ name: '@ids', value: chunk }]
        })
        while (query.hasMoreResults()) {
          const page = await query.fetchNext()
          charge.total += page.requestCharge ?? 0
          found.push(...(page.resources ?? []))
        }
        return found
      })
    )
    for (const found of await Promise.all(lookups))
      for (const stored of found) existing.set(keyOf(stored, paths), stored)
  }
  const writes: OperationInput[] = []
  for (const document of batch) {
    const stored = existing.get(keyOf(document, paths))
    if (
      stored !== undefined &&
      (parameters.mode === 'insert' || isDeepStrictEqual(withoutSystemProperties(stored), document))
    ) {
      count.unchanged++
      continue
    }
    if (stored === undefined) count.created++
    else count.updated++
    const partitionKey = partitionKeyOf(document, paths) as PartitionKey
    writes.push(
      parameters.mode === 'insert'
        ? { operationType: 'Create', resourceBody: document as never, partitionKey }
        : { operationType: 'Upsert', resourceBody: document as never, partitionKey }
    )
  }
  if (!parameters.dryRun && writes.length > 0)
    await executeWithRetries(parameters, container, writes, count, charge)
}

/**
 * Runs operations: a few one by one, some at a time (a bulk call takes a second at least, which a
 * dozen documents would spend waiting), more in one bulk call. Either way, every operation's
 * outcome, never an exception for one of them.
 */
async function execute(
  container: Container,
  operations: readonly OperationInput[]
): Promise<BulkOperationResult[]> {
  if (operations.length > POINT_WRITES)
    return container.items.executeBulkOperations([...operations])
  const results: BulkOperationResult[] = []
  await forEachLimited(operations.entries(), POINT_WRITES_IN_FLIGHT, async ([index, input]) => {
    const operationInput = input as OperationInput & { resourceBody: ItemDefinition }
    try {
      const response =
        operationInput.operationType === 'Create'
          ? await container.items.create(operationInput.resourceBody)
          : await container.items.upsert(operationInput.resourceBody)
      results[index] = {
        operationInput,
        response: {
          statusCode: response.statusCode,
          requestCharge: response.requestCharge,
          diagnostics: response.diagnostics
        }
      }
    } catch (error) {
      // A status goes back to the caller, like a bulk result; anything else that is not a
      // passing fault (a bug, a refused certificate) ends the run with its own message.
      if (typeof (error as { code?: unknown }).code !== 'number' && !isTransientCosmosError(error))
        throw error
      results[index] = { operationInput, error: error as ErrorResponse }
    }
  })
  return results
}

/**
 * Runs bulk operations; those throttled or failed transiently past the SDK's own retries go
 * again, alone, with backoff, until done or out of rounds. Permanent failures fail the run,
 * explained (a 403 names the role to grant).
 */
async function executeWithRetries(
  parameters: SeedParameters,
  container: Container,
  operations: OperationInput[],
  count: SeedCounts,
  charge: { total: number }
): Promise<void> {
  let pending = operations
  for (let round = 0; pending.length > 0; round++) {
    let results
    try {
      results = await execute(container, pending)
    } catch (error) {
      if (round >= RETRY_ROUNDS || !isTransientCosmosError(error))
        throw explainCosmosError(error, parameters.errorContext, scopeOf(container))
      await parameters.sleep(backoffMs(round, 200))
      continue
    }
    const again: OperationInput[] = []
    for (const result of results) {
      const status = result.error?.code ?? result.response?.statusCode
      charge.total += result.response?.requestCharge ?? chargeOf(result.error)
      if (result.error === undefined && typeof status === 'number' && status < 400) continue
      if (status === 409 && result.operationInput.operationType === 'Create') {
        // Created meanwhile by someone else: inserting leaves it alone. On a retry, our own
        // earlier attempt may have created it (its answer was lost): then it stays created.
        if (round === 0) {
          count.created--
          count.unchanged++
        }
        continue
      }
      if (
        status === undefined ||
        (result.error !== undefined
          ? isTransientCosmosError(result.error)
          : isTransientCosmosError({ code: status }))
      ) {
        again.push(result.operationInput)
        continue
      }
      throw explainCosmosError(
        result.error ?? Object.assign(new Error(`status ${String(status)}`), { code: status }),
        parameters.errorContext,
        scopeOf(container)
      )
    }
    if (again.length > 0 && round >= RETRY_ROUNDS) {
      throw new ActionError(
        `${again.length} document(s) were still throttled or failing after ${RETRY_ROUNDS} retries; the documents before them were written. Re-run the job: seeding is idempotent.`
      )
    }
    if (again.length > 0) {
      parameters.log.debug(`Retrying ${again.length} document(s) (round ${round + 1}).`)
      await parameters.sleep(backoffMs(round, 200))
    }
    pending = again
  }
}

/**
 * Hashed keys to packed lines, past the most one Map holds (2^24 entries, a few GB of seed
 * data): 256 maps, chosen by the key's first character (a hash byte, so evenly).
 */
class KeyedLines {
  private readonly shards = Array.from({ length: 256 }, () => new Map<string, number>())

  get(key: string): number | undefined {
    return this.shards[key.charCodeAt(0)]?.get(key)
  }

  set(key: string, line: number): void {
    this.shards[key.charCodeAt(0)]?.set(key, line)
  }
}

/** Documents in batches of at most `count` documents, ending a batch once it holds `bytes`. */
export async function* inBatches(
  documents: AsyncIterable<SeedDocument>,
  count: number,
  bytes: number
): AsyncGenerator<Record<string, unknown>[]> {
  let batch: Record<string, unknown>[] = []
  let size = 0
  for await (const document of documents) {
    batch.push(document.body)
    size += document.bytes
    if (batch.length >= count || size >= bytes) {
      yield batch
      batch = []
      size = 0
    }
  }
  if (batch.length > 0) yield batch
}

/** Ids in groups small enough for one query each (count and bytes). */
export function lookupChunks(ids: readonly string[]): string[][] {
  const chunks: string[][] = []
  let chunk: string[] = []
  let bytes = 0
  for (const id of ids) {
    const size = Buffer.byteLength(JSON.stringify(id)) + 1 // and its comma
    if (chunk.length > 0 && (chunk.length >= LOOKUP_IDS || bytes + size > LOOKUP_BYTES)) {
      chunks.push(chunk)
      chunk = []
      bytes = 0
    }
    chunk.push(id)
    bytes += size
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}

/** What a failed write cost: bulk errors carry it, point errors in their headers. */
function chargeOf(error: ErrorResponse | undefined): number {
  if (error === undefined) return 0
  const charge = error.requestCharge ?? Number(error.headers?.['x-ms-request-charge'] ?? 0)
  return Number.isFinite(charge) ? charge : 0
}

/**
 * Whether a container holds any document (a cheap query). A cross-partition query may answer
 * with empty pages before the partition that holds one: only the last page says "none".
 */
async function hasDocuments(
  parameters: SeedParameters,
  container: Container,
  charge: { total: number }
): Promise<boolean> {
  return retryingTransient(parameters, scopeOf(container), async () => {
    const query = container.items.query('SELECT TOP 1 c.id FROM c', { maxItemCount: 1 })
    while (query.hasMoreResults()) {
      const page = await query.fetchNext()
      charge.total += page.requestCharge ?? 0
      if ((page.resources ?? []).length > 0) return true
    }
    return false
  })
}

/** Runs `work` again on transient failures (with backoff); explains any other failure. */
async function retryingTransient<T>(
  parameters: SeedParameters,
  scope: string,
  work: () => Promise<T>
): Promise<T> {
  try {
    return await retryTransient(work, {
      sleep: parameters.sleep,
      retries: RETRY_ROUNDS,
      baseMs: 200
    })
  } catch (error) {
    throw explainCosmosError(error, parameters.errorContext, scope)
  }
}

/** The role-assignment scope of a container, for explanations of refused requests. */
function scopeOf(container: Container): string {
  return `/dbs/${container.database.id}/colls/${container.id}`
}
