import type { Container, CosmosClient } from '@azure/cosmos'
import { Ledger } from '../migrate/ledger.js'
import type { FileFingerprint } from './fingerprint.js'
import { progressId, type ProgressKeeper, type SeedProgressRecord } from './resume.js'
import { retryingTransient, scopeOf, type RequestContext } from './requests.js'

/**
 * What a seed remembers of a container, in the ledger container as `seed-<container>`: what the
 * files held, and what proves the container unchanged since (the change feed position after the
 * seed's last write, and the document count then). `position: null` when the seed could not
 * prove that every change during it was its own: the next seed compares in full.
 */
export interface SeedRecord {
  readonly id: string
  readonly type: 'seed'
  readonly container: string
  readonly seededAt: string
  readonly runBy: string | null
  readonly paths: readonly string[]
  readonly position: string | null
  readonly count: number
  readonly files: readonly FileFingerprint[]
}

/** The seed records in the ledger container. */
export class SeedRecords {
  private constructor(
    private readonly context: RequestContext,
    private readonly ledger: Ledger
  ) {}

  /** The records, or undefined when the ledger container does not exist. */
  static async open(
    context: RequestContext,
    client: CosmosClient,
    database: string,
    ledgerContainer: string
  ): Promise<SeedRecords | undefined> {
    const container = client.database(database).container(ledgerContainer)
    try {
      const ledger = await retryingTransient(context, scopeOf(container), () =>
        Ledger.open(container)
      )
      return new SeedRecords(context, ledger)
    } catch (error) {
      if (isNotFound(error) || isNotFound((error as { cause?: unknown }).cause)) return undefined
      throw error
    }
  }

  private readonly cache = new Map<string, Promise<SeedRecord | undefined>>()

  /** A container's record, or undefined when it has none (read once a run). */
  read(container: string): Promise<SeedRecord | undefined> {
    let record = this.cache.get(container)
    if (record === undefined) {
      record = this.readNow(container)
      this.cache.set(container, record)
    }
    return record
  }

  private async readNow(container: string): Promise<SeedRecord | undefined> {
    const id = recordId(container)
    const item = this.ledger.container.item(id, this.ledger.partitionKeyOf({ id }))
    return retryingTransient(this.context, this.scope(), async () => {
      try {
        const { resource } = await item.read<SeedRecord>()
        return resource?.type === 'seed' ? resource : undefined
      } catch (error) {
        if (isNotFound(error)) return undefined
        throw error
      }
    })
  }

  async write(record: Omit<SeedRecord, 'id' | 'type'>): Promise<void> {
    const document = { id: recordId(record.container), type: 'seed' as const, ...record }
    await retryingTransient(this.context, this.scope(), () =>
      this.ledger.container.items.upsert(this.ledger.withPartitionKey(document))
    )
  }

  /** Where seeds keep their progress through a container's files while they run. */
  progress(): ProgressKeeper {
    const { ledger } = this
    const item = (container: string) => {
      const id = progressId(container)
      return ledger.container.item(id, ledger.partitionKeyOf({ id }))
    }
    const retrying = <T>(work: () => Promise<T>): Promise<T> =>
      retryingTransient(this.context, this.scope(), work)
    return {
      read: (container) =>
        retrying(async () => {
          const { resource } = await item(container)
            .read<SeedProgressRecord>()
            .catch((error: unknown) => {
              if (isNotFound(error)) return { resource: undefined }
              throw error
            })
          return resource?.type === 'seed-progress' ? resource : undefined
        }),
      write: async (record) => {
        await retrying(() => ledger.container.items.upsert(ledger.withPartitionKey({ ...record })))
      },
      clear: async (container) => {
        await retrying(() =>
          item(container)
            .delete()
            .catch((error: unknown) => {
              if (!isNotFound(error)) throw error
            })
        )
      }
    }
  }

  private scope(): string {
    return scopeOf(this.ledger.container as Container)
  }
}

function recordId(container: string): string {
  return `seed-${container}`
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 404
}
