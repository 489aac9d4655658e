import type {
  Container,
  Database,
  ItemDefinition,
  PartitionKey,
  PatchOperation,
  SqlQuerySpec
} from '@azure/cosmos'
import { isDeepStrictEqual } from 'node:util'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import {
  isTransientCosmosError,
  retryTransient,
  withoutSystemProperties
} from '../cosmos/transient.js'
import { forEachLimited } from '../concurrency.js'
import { ActionError } from '../errors.js'

/** What a migration changed, for the ledger and the summary. */
export interface MigrationStats {
  documentsTouched: number
  requestCharge: number
}

export interface MigrationContextParameters {
  readonly database: Database
  readonly dryRun: boolean
  readonly allowDestructive: boolean
  /** Deleting more documents than this in one migration is destructive. */
  readonly maxDeletes: number
  readonly log: (message: string) => void
  readonly sleep: (ms: number) => Promise<void>
  /** Creates a container through ARM (Cosmos DB refuses DDL with Entra tokens). */
  readonly createContainer: (id: string, partitionKeyPaths: readonly string[]) => Promise<void>
  /** Deletes a container through ARM. */
  readonly dropContainer: (id: string) => Promise<void>
  /** Throws when the migration lock is no longer safely held: checked before every write. */
  readonly assertHeld: () => void
  /** The migration declared itself destructive (`export const destructive = true`). */
  readonly declaredDestructive: boolean
}

/** Where a document is: its id and partition key value. */
interface DocumentKey {
  readonly id: string
  readonly partitionKey: PartitionKey
}

/** How many point operations a helper keeps in flight. */
const CONCURRENCY = 16
/** The most operations one patch request may carry. */
const PATCH_LIMIT = 10
/** Fewer documents than this are upserted one by one rather than through the bulk path. */
const BULK_THRESHOLD = 100
/** Throttled or unavailable answers the SDK gave up on are tried this many more times. */
const EXTRA_RETRIES = 5

/**
 * What a migration's `up(ctx)` gets: the database, and helpers that make idempotent bulk work
 * natural. Every helper skips documents already in the wanted state, works with If-Match so a
 * concurrent change is re-read rather than overwritten, rides out throttling, and in a dry run
 * counts what it would change without writing.
 */
export class MigrationContext {
  readonly stats: MigrationStats = { documentsTouched: 0, requestCharge: 0 }
  /** Documents this migration has deleted or is deleting: the limit counts them all. */
  private deleted = 0
  private readonly keyPaths = new Map<string, readonly string[]>()

  constructor(private readonly parameters: MigrationContextParameters) {}

  get database(): Database {
    return this.parameters.database
  }

  get dryRun(): boolean {
    return this.parameters.dryRun
  }

  /** Logs a line under the migration's name. */
  log(message: string): void {
    this.parameters.log(message)
  }

  container(name: string): Container {
    return this.parameters.database.container(name)
  }

  /** Every document a query returns, page by page (memory stays bounded). */
  async *query<T extends ItemDefinition = ItemDefinition>(
    container: string,
    query: string | SqlQuerySpec
  ): AsyncGenerator<T> {
    const iterator = this.container(container).items.query<T>(query, { maxItemCount: 500 })
    while (iterator.hasMoreResults()) {
      const page = await this.retrying(() => iterator.fetchNext())
      this.stats.requestCharge += page.requestCharge ?? 0
      for (const item of page.resources) yield item
    }
  }

  /** Calls `each` for every document a query returns. Returns how many there were. */
  async queryEach<T extends ItemDefinition = ItemDefinition>(
    container: string,
    query: string | SqlQuerySpec,
    each: (document: T) => Promise<void> | void
  ): Promise<number> {
    let count = 0
    for await (const document of this.query<T>(container, query)) {
      await each(document)
      count++
    }
    return count
  }

  /**
   * Rewrites every document matching `where` (a SQL condition on `c`, or all documents) with
   * `change`, which returns the new document or undefined to leave it. Unchanged documents are
   * not written. Returns how many were (or, in a dry run, would be) written.
   */
  async updateWhere(
    container: string,
    where: string | undefined,
    change: (document: Record<string, unknown>) => Record<string, unknown> | undefined
  ): Promise<number> {
    const target = this.container(container)
    const paths = await this.partitionKeyPaths(container)
    return this.forEachMatching(container, where, async (document) => {
      let current = document
      for (let attempt = 0; ; attempt++) {
        const next = change(structuredClone(current))
        if (
          next === undefined ||
          isDeepStrictEqual(withoutSystemProperties(next), withoutSystemProperties(current))
        )
          return false
        if (this.parameters.dryRun) return true
        this.parameters.assertHeld()
        try {
          const response = await this.retrying(() =>
            target
              .item(String(current['id']), partitionKeyOf(current, paths) as string)
              .replace(withoutSystemProperties(next), {
                accessCondition: { type: 'IfMatch', condition: String(current['_etag']) }
              })
          )
          this.stats.requestCharge += response.requestCharge ?? 0
          return true
        } catch (error) {
          // Changed since it was read: read it again and re-apply (the change is replayable).
          if ((error as { code?: unknown }).code !== 412 || attempt >= 3) throw error
          const reread = await target
            .item(String(current['id']), partitionKeyOf(current, paths) as string)
            .read()
          if (reread.resource === undefined) return false
          current = reread.resource as Record<string, unknown>
        }
      }
    })
  }

  /**
   * Applies patch operations (set, add, remove, incr...) to every matching document, with
   * If-Match: a document changed meanwhile is read again and patched again; one deleted meanwhile
   * is skipped. More than ten operations go in several requests (the service takes ten at most).
   * `condition` (`FROM c WHERE ...`) is checked by the service on each document, with its first
   * request: a document that does not meet it is left alone (and not counted); one that does gets
   * every operation, the later requests held to the version the previous one wrote. A dry run
   * counts every matching document: the condition is the service's to check.
   */
  async patchWhere(
    container: string,
    where: string | undefined,
    operations: PatchOperation[],
    options: { readonly condition?: string } = {}
  ): Promise<number> {
    const target = this.container(container)
    const paths = await this.partitionKeyPaths(container)
    const groups: PatchOperation[][] = []
    for (let i = 0; i < operations.length; i += PATCH_LIMIT)
      groups.push(operations.slice(i, i + PATCH_LIMIT))
    return this.forEachMatching(container, where, async (document) => {
      if (this.parameters.dryRun) return true
      const item = target.item(String(document['id']), partitionKeyOf(document, paths) as string)
      let etag = String(document['_etag'])
      // A request sent again after a lost answer may have been applied the first time.
      let lost = false
      for (const [index, group] of groups.entries()) {
        // A later request must not ask again: the first one may have changed what it tests.
        const condition = index === 0 ? options.condition : undefined
        for (let attempt = 0; ; attempt++) {
          this.parameters.assertHeld()
          try {
            const body = condition === undefined ? group : { operations: group, condition }
            let sent = 0
            const response = await this.retrying(() => {
              if (++sent > 1) lost = true
              return item.patch(body, { accessCondition: { type: 'IfMatch', condition: etag } })
            })
            this.stats.requestCharge += response.requestCharge ?? 0
            etag = String(response.resource?._etag ?? etag)
            break
          } catch (error) {
            const status = (error as { code?: unknown }).code
            if (status === 404) return false
            if (status !== 412 || attempt >= 3) throw error
            const reread = await item.read()
            if (reread.resource === undefined) return false
            const current = String(reread.resource._etag)
            // The service answers 412 to a condition not met as to a changed ETag: when the
            // document is as it was, its ETag matched, so the condition was not met.
            if (condition !== undefined && current === etag) {
              if (lost && groups.length > 1) {
                throw new ActionError(
                  `patchWhere on '${container}': the answer to the first patch of document '${String(document['id'])}' was lost and the document no longer meets the condition, so its first ${PATCH_LIMIT} operations may have been applied without the rest. Check the document, then run the migration again.`
                )
              }
              return false
            }
            etag = current
          }
        }
      }
      return true
    })
  }

  /** Upserts documents through the SDK's bulk path. Returns how many were written. */
  async upsertMany(
    container: string,
    documents: ReadonlyArray<Record<string, unknown>>
  ): Promise<number> {
    if (this.parameters.dryRun || documents.length === 0) {
      this.stats.documentsTouched += documents.length
      return documents.length
    }
    const paths = await this.partitionKeyPaths(container)
    this.parameters.assertHeld()
    if (documents.length < BULK_THRESHOLD) {
      // The bulk path waits up to a second for a partial batch: point writes are quicker here.
      const target = this.container(container)
      for (const document of documents) {
        const response = await this.retrying(() => target.items.upsert(document))
        this.stats.requestCharge += response.requestCharge ?? 0
        this.stats.documentsTouched++
      }
      return documents.length
    }
    const operations = documents.map((document) => {
      const partitionKey = partitionKeyOf(document, paths)
      if (partitionKey === undefined) {
        throw new ActionError(
          `upsert into '${container}': document '${String(document['id'])}' has no value for the partition key ${paths.join(', ')}.`
        )
      }
      return {
        operationType: 'Upsert' as const,
        resourceBody: document as never,
        partitionKey: partitionKey as never
      }
    })
    const target = this.container(container)
    // Upserts are idempotent: a bulk call that failed as a whole (a reset connection) goes again.
    const results = await this.retrying(() => target.items.executeBulkOperations(operations))
    // Written documents are counted first, so that a failure below leaves a true count.
    const failed: number[] = []
    for (const [index, result] of results.entries()) {
      if (result.error !== undefined) {
        failed.push(index)
        continue
      }
      this.stats.requestCharge += result.response?.requestCharge ?? 0
      this.stats.documentsTouched++
    }
    for (const index of failed) {
      // Throttled, timed out or cut off past the SDK's own retries: it goes again on its own.
      const error = results[index]?.error
      if (!isTransientCosmosError(error)) throw error
      const response = await this.retrying(() =>
        target.items.upsert(documents[index] as Record<string, unknown>)
      )
      this.stats.requestCharge += response.requestCharge ?? 0
      this.stats.documentsTouched++
    }
    return documents.length
  }

  /**
   * Deletes every document matching `where`. Without a condition, or past `maxDeletes`
   * documents in the migration, it is refused unless the migration is declared destructive and
   * the run allows it. Under the limit, the documents are listed first and exactly those are
   * deleted: documents written meanwhile cannot take a migration past it.
   */
  async deleteWhere(container: string, where: string | undefined): Promise<number> {
    if (where === undefined) this.requireDestructive(`Deleting every document of '${container}'`)
    const target = this.container(container)
    const paths = await this.partitionKeyPaths(container)
    const remove = async (key: DocumentKey): Promise<boolean> => {
      if (this.parameters.dryRun) return true
      this.parameters.assertHeld()
      try {
        const response = await this.retrying(() => target.item(key.id, key.partitionKey).delete())
        this.stats.requestCharge += response.requestCharge ?? 0
      } catch (error) {
        if ((error as { code?: unknown }).code !== 404) throw error
      }
      return true
    }
    const limited = !(this.parameters.declaredDestructive && this.parameters.allowDestructive)
    if (!limited) {
      return this.forEachMatching(container, where, (document) =>
        remove({
          id: String(document['id']),
          partitionKey: partitionKeyOf(document, paths) as PartitionKey
        })
      )
    }
    const budget = this.parameters.maxDeletes - this.deleted
    const keys: DocumentKey[] = []
    for await (const document of this.query<Record<string, unknown>>(
      container,
      `SELECT * FROM c${where ? ` WHERE ${where}` : ''}`
    )) {
      if (keys.length === budget) {
        // One past the limit is enough to refuse; the message says how many match in all.
        const matching = await this.count(container, where)
        this.requireDestructive(
          `Deleting ${this.deleted + Math.max(matching, budget + 1)} documents in one migration (more than ${this.parameters.maxDeletes})`
        )
      }
      keys.push({
        id: String(document['id']),
        partitionKey: partitionKeyOf(document, paths) as PartitionKey
      })
    }
    this.deleted += keys.length
    return this.forEachOf(keys, remove)
  }

  /**
   * Creates a container through Azure Resource Manager when it does not exist yet; an existing
   * one is left exactly as it is (its indexing policy and TTL included).
   */
  async createContainer(id: string, partitionKeyPaths: readonly string[]): Promise<void> {
    const existing = await this.container(id)
      .read()
      .then((response) => response.resource)
      .catch((error: unknown) => {
        if ((error as { code?: unknown }).code === 404) return undefined
        throw error
      })
    if (existing !== undefined) {
      this.log(`Container '${id}' exists already.`)
      return
    }
    if (this.parameters.dryRun) {
      this.log(`Dry run: would create container '${id}' (${partitionKeyPaths.join(', ')}).`)
      return
    }
    this.parameters.assertHeld()
    await this.parameters.createContainer(id, partitionKeyPaths)
  }

  /** Drops a container through ARM: destructive, so only in a migration declared so and allowed. */
  async dropContainer(id: string): Promise<void> {
    this.requireDestructive(`Dropping container '${id}'`)
    this.parameters.assertHeld()
    if (this.parameters.dryRun) {
      this.log(`Dry run: would drop container '${id}'.`)
      return
    }
    await this.parameters.dropContainer(id)
  }

  /**
   * Destructive work needs both: the migration says so (the plan marks it for reviewers) and the
   * run allows it.
   */
  private requireDestructive(what: string): void {
    if (!this.parameters.declaredDestructive) {
      throw new ActionError(
        `${what} is destructive: the migration must say so ('export const destructive = true'), so that plans and reviewers see it.`
      )
    }
    if (!this.parameters.allowDestructive) {
      throw new ActionError(`${what} is destructive: set 'allow-destructive: true' to allow it.`)
    }
  }

  private async count(container: string, where: string | undefined): Promise<number> {
    for await (const value of this.query<never>(
      container,
      `SELECT VALUE COUNT(1) FROM c${where ? ` WHERE ${where}` : ''}`
    )) {
      return Number(value)
    }
    return 0
  }

  /** Runs `each` on every matching document, CONCURRENCY at a time; counts those it changed. */
  private forEachMatching(
    container: string,
    where: string | undefined,
    each: (document: Record<string, unknown>) => Promise<boolean>
  ): Promise<number> {
    return this.forEachOf(
      this.query<Record<string, unknown> & ItemDefinition>(
        container,
        `SELECT * FROM c${where ? ` WHERE ${where}` : ''}`
      ),
      each
    )
  }

  /**
   * Runs `each` on every item, CONCURRENCY at a time, and counts those it changed, in the stats
   * too when one fails: what was written stays written.
   */
  private async forEachOf<T>(
    items: AsyncIterable<T> | Iterable<T>,
    each: (item: T) => Promise<boolean>
  ): Promise<number> {
    let changed = 0
    try {
      await forEachLimited(items, CONCURRENCY, async (item) => {
        if (await each(item)) changed++
      })
    } finally {
      // Whatever ended it (a failed write, or the query itself), the writes already sent have
      // finished: they are counted.
      this.stats.documentsTouched += changed
    }
    return changed
  }

  private async partitionKeyPaths(container: string): Promise<readonly string[]> {
    const known = this.keyPaths.get(container)
    if (known) return known
    const { resource } = await this.container(container)
      .read()
      .catch((error: unknown) => {
        if ((error as { code?: unknown }).code !== 404) throw error
        throw new ActionError(
          `Container '${container}' does not exist in database '${this.parameters.database.id}'. Create it first (ctx.createContainer in an earlier step, or Bicep, Terraform, az cosmosdb sql container create).`
        )
      })
    const paths = resource?.partitionKey?.paths ?? ['/id']
    this.keyPaths.set(container, paths)
    return paths
  }

  /** Retries what the SDK gave up on when it is throttling or a passing fault. */
  private retrying<T>(work: () => Promise<T>): Promise<T> {
    return retryTransient(work, {
      sleep: this.parameters.sleep,
      retries: EXTRA_RETRIES,
      baseMs: 250
    })
  }
}
