import { createHash } from 'node:crypto'
import { RETRY_POLICIES, retryTransient } from '../../cosmos/transient.js'
import type { Ledger } from '../ledger.js'

/** A document handed to a helper whose outcome is not recorded yet, and its version then. */
export interface InFlight {
  readonly id: string
  readonly partitionKey: unknown
  readonly etag: string
}

/**
 * One helper call's progress through its container, kept in the ledger container so that a run
 * that stopped (killed, cancelled, out of time, failed) resumes where it was. The documents before
 * `continuation` are done; those `inFlight` were handed out and may or may not have been written:
 * a document whose version is still `etag` was not.
 */
export interface ScanProgress {
  readonly id: string
  readonly type: 'progress'
  /** The migration's key and checksum: another version of the file starts again. */
  readonly migration: string
  readonly checksum: string
  /** Which helper call of the migration's run it is (1, 2, ...), and what it was called with. */
  readonly call: number
  readonly helper: string
  readonly container: string
  readonly fingerprint: string
  readonly status: 'running' | 'done'
  /** Where the next page starts (the query's continuation token); null: at the beginning. */
  readonly continuation: string | null
  /** No page comes after the documents in flight. */
  readonly exhausted: boolean
  readonly inFlight: readonly InFlight[]
  /** Documents handed to the helper so far, and those it changed. */
  readonly seen: number
  readonly changed: number
  /** How many documents matched when the call first started; null when not counted. */
  readonly total: number | null
  readonly startedAt: string
  readonly updatedAt: string
}

export interface ProgressStoreOptions {
  readonly ledger: Ledger
  readonly migration: string
  readonly checksum: string
  /** The part of a sharded migration (`2-of-4`): each part's calls have records of their own. */
  readonly part?: string | undefined
  /** Throws when the lock is no longer held: a record must not be written without it. */
  readonly assertHeld: () => void
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * The progress records of one migration's helper calls. Calls are told apart by their order in
 * the run, and checked by what they were called with: a script runs its calls in the same order
 * each time, so the second run's third call is the first run's third call.
 */
export class ProgressStore {
  private calls = 0

  constructor(private readonly options: ProgressStoreOptions) {}

  /** The next call's record: as an earlier run left it when it was the same call, else new. */
  async open(helper: string, container: string, args: unknown): Promise<ScanProgress> {
    const call = ++this.calls
    const { migration, checksum, ledger } = this.options
    const part = this.options.part === undefined ? '' : `-part-${this.options.part}`
    const id = `progress-${migration}${part}-${call}`
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ helper, container, args }))
      .digest('hex')
    const earlier = await this.retrying(() => this.read(id))
    if (earlier?.checksum === checksum && earlier.fingerprint === fingerprint) return earlier
    const at = new Date(this.options.now()).toISOString()
    return ledger.withPartitionKey({
      id,
      type: 'progress',
      migration,
      checksum,
      call,
      helper,
      container,
      fingerprint,
      status: 'running',
      continuation: null,
      exhausted: false,
      inFlight: [],
      seen: 0,
      changed: 0,
      total: null,
      startedAt: at,
      updatedAt: at
    } satisfies ScanProgress)
  }

  /** Writes a record, under the lock, retrying passing faults. */
  async save(record: ScanProgress): Promise<ScanProgress> {
    const saved = { ...record, updatedAt: new Date(this.options.now()).toISOString() }
    await this.retrying(() => {
      this.options.assertHeld()
      return this.options.ledger.put(saved)
    })
    return saved
  }

  /**
   * Removes the migration's records once it is applied: a later run has nothing to resume.
   * Passing faults are retried as ledger writes are: a record left behind is harmless (a later
   * version of the file has another checksum) but the ledger should read as a clean run's.
   */
  async clear(): Promise<void> {
    const { ledger, migration } = this.options
    const { resources } = await this.retrying(() =>
      ledger.container.items
        .query<Record<string, unknown>>({
          query: "SELECT * FROM c WHERE c.type = 'progress' AND c.migration = @migration",
          parameters: [{ name: '@migration', value: migration }]
        })
        .fetchAll()
    )
    for (const record of resources) {
      await this.retrying(() =>
        ledger.container
          .item(String(record['id']), ledger.partitionKeyOf(record))
          .delete()
          .catch((error: unknown) => {
            if ((error as { code?: unknown }).code !== 404) throw error
          })
      )
    }
  }

  private retrying<T>(work: () => Promise<T>): Promise<T> {
    return retryTransient(work, { ...RETRY_POLICIES.ledger, sleep: this.options.sleep })
  }

  private async read(id: string): Promise<ScanProgress | undefined> {
    const { ledger } = this.options
    const { resource } = await ledger.container
      .item(id, ledger.partitionKeyOf({ id }))
      .read<ScanProgress>()
    return resource
  }
}
