import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos'
import { forEachLimited } from '../concurrency.js'
import { RETRY_POLICIES, retryTransient } from '../cosmos/transient.js'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { segmentsOf } from '../documents/property-path.js'
import { ActionError } from '../errors.js'
import { ThroughputGovernor } from '../throughput/index.js'
import { PartFilter } from './part-filter.js'
import type {
  HelperCall,
  MigrationContextParameters,
  MigrationStats
} from './context-parameters.js'
import { progressReporter, resumeScan, type Page } from './progress/index.js'

export type {
  HelperCall,
  MigrationContextParameters,
  MigrationStats,
  WorkDatabases
} from './context-parameters.js'

/** How many point operations a helper keeps in flight. */
const CONCURRENCY = 16
/** Documents a query page holds: a resumable pass records its progress once a page. */
const PAGE_SIZE = 500
/** How many times a write refused with 412 (the document changed meanwhile) is tried again. */
export const REREADS = 3

/**
 * What the helpers of one migration's context share: its parameters and stats, the partition
 * key paths read so far, the documents deleted so far, and the ways to read and retry that
 * every helper uses alike.
 */
export class HelperScope {
  /** Documents this migration has deleted or is deleting: the limit counts them all. */
  deleted = 0
  /** The documents a part of a sharded migration changes: the helpers leave the others. */
  readonly part: PartFilter
  private readonly keyPaths = new Map<string, readonly string[]>()

  constructor(
    readonly parameters: MigrationContextParameters,
    readonly stats: MigrationStats
  ) {
    this.part = new PartFilter(parameters.part)
  }

  /** Each container's pace: the helpers' writes to it, bulk and point, are admitted by it. */
  private readonly governors = new Map<string, Promise<ThroughputGovernor>>()

  container(name: string): Container {
    return (this.parameters.work?.reads ?? this.parameters.database).container(name)
  }

  /** The container for bulk writes (throttles come back at once, for the governor). */
  writeContainer(name: string): Container {
    return (this.parameters.work?.writes ?? this.parameters.database).container(name)
  }

  /** The governor of a container's writes, pacing from the start where its RU/s are known. */
  governorOf(container: string): Promise<ThroughputGovernor> {
    let governor = this.governors.get(container)
    if (governor === undefined) {
      governor = (async () => {
        const made = new ThroughputGovernor({
          ceiling: 0,
          now: () => performance.now(),
          sleep: this.parameters.sleep
        })
        made.expect(await this.parameters.provisioned?.(container))
        return made
      })()
      this.governors.set(container, governor)
    }
    return governor
  }

  /**
   * One point write, admitted by the container's governor and paid for with its charge, retried
   * as `retrying` does: a helper's writes keep to the container's RU/s where it is known.
   */
  async writing<T extends { readonly requestCharge?: number }>(
    container: string,
    work: () => Promise<T>
  ): Promise<T> {
    const governor = await this.governorOf(container)
    const estimated = await governor.admit(() => governor.estimate(1))
    const response = await this.retrying(work)
    governor.settled(1, response.requestCharge ?? 0, estimated)
    return response
  }

  /** Every document a query returns, page by page (memory stays bounded). */
  async *query<T extends ItemDefinition = ItemDefinition>(
    container: string,
    query: string | SqlQuerySpec
  ): AsyncGenerator<T> {
    for await (const page of this.pages<T>(container, query)) yield* page.documents
  }

  /** A query's pages, from a continuation token of an earlier page (or the beginning). */
  async *pages<T extends ItemDefinition = ItemDefinition>(
    container: string,
    query: string | SqlQuerySpec,
    continuationToken?: string
  ): AsyncGenerator<Page<T>> {
    const iterator = this.container(container).items.query<T>(query, {
      maxItemCount: PAGE_SIZE,
      ...(continuationToken === undefined ? {} : { continuationToken })
    })
    while (iterator.hasMoreResults()) {
      // A run that is cancelled, or no longer holds the lock, stops reading too: whatever it
      // read next would be for writes it may not make.
      this.parameters.assertHeld()
      const page = await this.retrying(() => iterator.fetchNext())
      this.stats.requestCharge += page.requestCharge ?? 0
      // Reads spend the container's throughput as writes do: the writes' pace makes up for them.
      ;(await this.governorOf(container)).charge(page.requestCharge ?? 0)
      const more = iterator.hasMoreResults() ? page.continuationToken : undefined
      yield { documents: page.resources, continuation: more }
    }
  }

  /** How many documents match `where` (all of them when undefined). */
  async count(container: string, where: string | undefined): Promise<number> {
    for await (const value of this.query<never>(
      container,
      `SELECT VALUE COUNT(1) FROM c${where ? ` WHERE ${where}` : ''}`
    )) {
      return Number(value)
    }
    return 0
  }

  /**
   * Runs `each` on every matching document, CONCURRENCY at a time; counts those it changed. With
   * a progress store (a migration run, not a dry run), the pass is recorded page by page and
   * resumes where an earlier run of the same call stopped (progress/scan.ts).
   */
  async forEachMatching(
    container: string,
    where: string | undefined,
    each: (document: Record<string, unknown>) => Promise<boolean>,
    call?: HelperCall,
    keysOnly = false
  ): Promise<number> {
    const select = keysOnly ? await this.keySelection(container) : '*'
    const query = `SELECT ${select} FROM c${where ? ` WHERE ${where}` : ''}`
    const { progress } = this.parameters
    if (progress === undefined || call === undefined || this.parameters.dryRun)
      return this.forEachOf(
        this.part.documents(
          this.query<Record<string, unknown> & ItemDefinition>(container, query),
          () => this.partitionKeyPaths(container)
        ),
        each
      )
    let record = await progress.open(call.helper, container, { where, select, args: call.args })
    if (record.status === 'done') {
      this.parameters.log(
        `${call.helper} on '${container}': done by an earlier run (${record.changed} changed), skipped.`
      )
      return record.changed
    }
    if (record.total === null)
      record = { ...record, total: this.part.share(await this.count(container, where)) }
    else
      this.parameters.log(
        `${call.helper} on '${container}': resuming after ${record.seen} document(s).`
      )
    const paths = await this.partitionKeyPaths(container)
    return resumeScan<Record<string, unknown>>({
      store: progress,
      record,
      pages: (continuation) => this.part.pages(this.pages(container, query, continuation), paths),
      keyOf: (document) => ({
        id: String(document['id']),
        partitionKey: partitionKeyOf(document, paths),
        etag: String(document['_etag'])
      }),
      reread: async (key) =>
        (
          await this.retrying(() =>
            this.container(container)
              .item(key.id, key.partitionKey as never)
              .read()
          )
        ).resource as Record<string, unknown> | undefined,
      run: (documents, work) => this.forEachOf(documents, work),
      each,
      report: progressReporter(this.parameters.log, record.seen),
      stop: this.parameters.stop ?? { check: () => undefined }
    })
  }

  /**
   * What a helper that writes by key reads of each document: its id, its ETag and the top-level
   * properties its partition key is in. A page of those is a fraction of a page of documents to
   * send and to parse (and for each job of a matrix, which reads every part's documents).
   */
  private async keySelection(container: string): Promise<string> {
    const tops = (await this.partitionKeyPaths(container)).map((path) => segmentsOf(path)[0] ?? '')
    const fields = [...new Set(['id', '_etag', ...tops.filter((top) => top !== '')])]
    return fields.map((field) => `c[${JSON.stringify(field)}]`).join(', ')
  }

  /**
   * Runs `each` on every item, CONCURRENCY at a time, and counts those it changed, in the stats
   * too when one fails: what was written stays written.
   */
  async forEachOf<T>(
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

  /** A container's partition key paths, read once; a missing container says how to create it. */
  async partitionKeyPaths(container: string): Promise<readonly string[]> {
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

  /**
   * Destructive work needs both: the migration says so (the plan marks it for reviewers) and the
   * run allows it.
   */
  requireDestructive(what: string): void {
    if (!this.parameters.declaredDestructive) {
      throw new ActionError(
        `${what} is destructive: the migration must say so ('export const destructive = true'), so that plans and reviewers see it.`
      )
    }
    if (!this.parameters.allowDestructive) {
      throw new ActionError(`${what} is destructive: set 'allow-destructive: true' to allow it.`)
    }
  }

  /** Retries what the SDK gave up on when it is throttling or a passing fault. */
  retrying<T>(work: () => Promise<T>): Promise<T> {
    return retryTransient(work, {
      ...RETRY_POLICIES.migrationHelpers,
      sleep: this.parameters.sleep
    })
  }
}
