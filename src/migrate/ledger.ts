import type { Container } from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'

/** Who ran a migration, from the job's OIDC claims. */
export interface RunBy {
  readonly repository?: string | undefined
  readonly ref?: string | undefined
  readonly sha?: string | undefined
  readonly actor?: string | undefined
  readonly workflowRunUrl?: string | undefined
}

/** One ledger document: what happened to one migration. */
export interface LedgerEntry {
  readonly id: string
  readonly type: 'migration'
  /** The version, or `R__<name>` for a repeatable migration. */
  readonly key: string
  readonly version: number | null
  readonly name: string
  readonly file: string
  readonly checksum: string
  /**
   * `interrupted`: the job was cancelled while it ran; `paused`: the run's time budget
   * (max-run-minutes) ended it between pages. Like `failed`, both run again next time, and their
   * helpers continue from their progress records (progress/).
   */
  readonly status: 'running' | 'applied' | 'failed' | 'interrupted' | 'paused'
  readonly startedAt: string
  readonly finishedAt: string | null
  readonly durationMs: number | null
  readonly requestCharge: number
  readonly documentsTouched: number
  readonly error: string | null
  readonly runBy: RunBy
  /** The holding of the migration lock it ran under (the lease's holder id). */
  readonly lockId?: string
  readonly [field: string]: unknown
}

/**
 * The ledger: one document per migration in the ledger container, keyed `migration-<key>`. The
 * container may be partitioned on `/id` or on any one other path (that field is set to
 * `migrations` in every ledger document).
 */
export class Ledger {
  private constructor(
    readonly container: Container,
    private readonly partitionKeyPaths: readonly string[]
  ) {}

  static async open(container: Container): Promise<Ledger> {
    const { resource } = await container.read()
    return new Ledger(container, resource?.partitionKey?.paths ?? ['/id'])
  }

  /** Puts the partition key field of a non-`/id` ledger into a document. */
  withPartitionKey<T extends Record<string, unknown>>(document: T): T {
    const path = this.partitionKeyPaths[0] ?? '/id'
    if (path === '/id' || this.partitionKeyPaths.length !== 1 || path.split('/').length !== 2)
      return document
    return { ...document, [path.slice(1)]: 'migrations' }
  }

  partitionKeyOf(document: Record<string, unknown>): string {
    return partitionKeyOf(this.withPartitionKey(document), this.partitionKeyPaths) as string
  }

  /** Every migration the ledger knows, by key. */
  async entries(): Promise<Map<string, LedgerEntry>> {
    const { resources } = await this.container.items
      .query<LedgerEntry>("SELECT * FROM c WHERE c.type = 'migration'")
      .fetchAll()
    return new Map(resources.map((entry) => [entry.key, entry]))
  }

  /** One migration's entry as it stands, with its ETag; undefined when there is none. */
  async entry(key: string): Promise<(LedgerEntry & { readonly _etag?: string }) | undefined> {
    const id = ledgerId(key)
    const { resource } = await this.container
      .item(id, this.partitionKeyOf({ id }))
      .read<LedgerEntry & { _etag?: string }>()
    return resource
  }

  /**
   * Writes an entry only if it is still as read (If-Match; create-if-absent without an ETag):
   * false when someone else wrote it first (412, 409).
   */
  async recordIf(entry: LedgerEntry, etag: string | undefined): Promise<boolean> {
    const document = this.withPartitionKey(entry)
    try {
      if (etag === undefined) await this.container.items.create(document)
      else
        await this.container
          .item(entry.id, this.partitionKeyOf(entry))
          .replace(document, { accessCondition: { type: 'IfMatch', condition: etag } })
      return true
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (code === 412 || code === 409) return false
      throw error
    }
  }

  async record(entry: LedgerEntry): Promise<void> {
    await this.put(entry)
  }

  /** Writes any document of the ledger container (a migration's progress, say), whole. */
  async put(document: Record<string, unknown> & { readonly id: string }): Promise<void> {
    await this.container.items.upsert(this.withPartitionKey(document))
  }
}

/** The ledger document id of a migration key. */
export function ledgerId(key: string): string {
  return `migration-${key}`
}
