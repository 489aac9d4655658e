import type { Container } from '@azure/cosmos'
import { ActionError } from '../errors.js'
import type { Ledger, RunBy } from './ledger.js'

/** The lease document: who holds the migration lock, and until when. */
interface LeaseDocument {
  id: string
  type: 'lock'
  holder: RunBy & { readonly runner: string }
  acquiredAt: string
  renewedAt: string
  expiresAt: string
  _etag?: string
  [field: string]: unknown
}

export interface LockParameters {
  readonly ledger: Ledger
  readonly holder: RunBy & { readonly runner: string }
  /** How long a lease lives without a heartbeat. */
  readonly leaseMs: number
  /** How long to wait for a lock someone else holds. */
  readonly timeoutMs: number
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  readonly log: (message: string) => void
  /** How often to look again while waiting. */
  readonly pollMs?: number
}

const LOCK_ID = 'lock'

/**
 * The migration lock: a lease document in the ledger container. It is taken by create-if-absent
 * (409 when held) and renewed or taken over with If-Match (412 when someone else got there
 * first), so two runners can never both hold it. A heartbeat renews it while migrations run;
 * an expired lease (its holder died) may be taken over.
 */
export class MigrationLock {
  private etag: string
  private readonly acquiredAt: string
  private heartbeat: ReturnType<typeof setInterval> | undefined
  private lost: unknown

  private constructor(
    private readonly container: Container,
    private readonly partitionKey: string,
    private readonly parameters: LockParameters,
    lease: LeaseDocument
  ) {
    this.etag = lease._etag ?? ''
    this.acquiredAt = lease.acquiredAt
  }

  /** Takes the lock, waiting up to the timeout while someone else holds it. */
  static async acquire(parameters: LockParameters): Promise<MigrationLock> {
    const { ledger, now, log } = parameters
    const container = ledger.container
    const partitionKey = ledger.partitionKeyOf({ id: LOCK_ID })
    const deadline = now() + parameters.timeoutMs
    let lastSeen = ''
    for (;;) {
      const lease = ledger.withPartitionKey(newLease(parameters))
      try {
        const { resource } = await container.items.create<LeaseDocument>(lease)
        return new MigrationLock(container, partitionKey, parameters, resource ?? lease).start()
      } catch (error) {
        if (code(error) !== 409) throw error
      }
      const { resource: held } = await container.item(LOCK_ID, partitionKey).read<LeaseDocument>()
      if (held === undefined) continue // released between our create and read
      if (Date.parse(held.expiresAt) <= now()) {
        try {
          const { resource } = await container
            .item(LOCK_ID, partitionKey)
            .replace<LeaseDocument>(lease, {
              accessCondition: { type: 'IfMatch', condition: held._etag ?? '' }
            })
          log(
            `Took over the migration lock from ${describe(held)}: its lease expired at ${held.expiresAt}.`
          )
          return new MigrationLock(container, partitionKey, parameters, resource ?? lease).start()
        } catch (error) {
          if (code(error) !== 412) throw error
          continue // another runner took it over first
        }
      }
      const seen = `${describe(held)} since ${held.acquiredAt}`
      if (now() >= deadline) {
        throw new ActionError(
          `The migration lock is held by ${seen} (lease renewed ${held.renewedAt}, expires ${held.expiresAt}); waited ${Math.round(parameters.timeoutMs / 1000)} s ('lock-timeout'). Let that run finish, or raise 'lock-timeout'.`
        )
      }
      if (seen !== lastSeen)
        log(`Waiting for the migration lock, held by ${seen} (expires ${held.expiresAt}).`)
      lastSeen = seen
      await parameters.sleep(Math.min(parameters.pollMs ?? 2000, Math.max(0, deadline - now())))
    }
  }

  private start(): this {
    const every = Math.max(250, Math.floor(this.parameters.leaseMs / 3))
    this.heartbeat = setInterval(() => void this.renew(), every)
    this.heartbeat.unref()
    return this
  }

  /** Renews the lease; losing it (412/404) stops the run at the next check. */
  private async renew(): Promise<void> {
    if (this.lost !== undefined) return
    const lease = this.parameters.ledger.withPartitionKey(newLease(this.parameters))
    try {
      const { resource } = await this.container
        .item(LOCK_ID, this.partitionKey)
        .replace<LeaseDocument>(
          { ...lease, acquiredAt: this.acquiredAt },
          { accessCondition: { type: 'IfMatch', condition: this.etag } }
        )
      this.etag = resource?._etag ?? this.etag
    } catch (error) {
      const status = code(error)
      if (status === 412 || status === 404) this.lost = error
      // Anything else (a passing fault): the next heartbeat tries again, well before expiry.
    }
  }

  /** Throws when the lease was lost (another runner took it over after it expired). */
  assertHeld(): void {
    if (this.lost !== undefined) {
      throw new ActionError(
        'The migration lock was lost (its lease expired and another run took it over); stopping before the next migration.',
        { cause: this.lost }
      )
    }
  }

  /** Stops the heartbeat and deletes the lease if it is still ours. */
  async release(): Promise<void> {
    clearInterval(this.heartbeat)
    if (this.lost !== undefined) return
    try {
      await this.container
        .item(LOCK_ID, this.partitionKey)
        .delete({ accessCondition: { type: 'IfMatch', condition: this.etag } })
    } catch (error) {
      if (code(error) !== 404 && code(error) !== 412) throw error
    }
  }
}

function newLease(parameters: LockParameters): LeaseDocument {
  const now = parameters.now()
  return {
    id: LOCK_ID,
    type: 'lock',
    holder: parameters.holder,
    acquiredAt: new Date(now).toISOString(),
    renewedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + parameters.leaseMs).toISOString()
  }
}

function describe(lease: LeaseDocument): string {
  const holder = lease.holder ?? { runner: '?' }
  return (
    holder.workflowRunUrl ?? `${holder.repository ?? '?'}@${holder.ref ?? '?'} (${holder.runner})`
  )
}

function code(error: unknown): unknown {
  return (error as { code?: unknown }).code
}
