import type { Container } from '@azure/cosmos'
import { randomUUID } from 'node:crypto'
import { ActionError, describeError } from '../errors.js'
import type { Ledger, RunBy } from './ledger.js'

/** The lease document: who holds the migration lock, and for how long without a heartbeat. */
interface LeaseDocument {
  id: string
  type: 'lock'
  /** `id` names this holding of the lock: the post step of a cancelled run releases its own. */
  holder: RunBy & { readonly runner: string; readonly id: string }
  acquiredAt: string
  renewedAt: string
  /** How long the lease lives past its last renewal, in ms (judged on each runner's own clock). */
  leaseMs: number
  /** When it expires by its holder's clock; for people reading the lease. */
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
  /** A monotonic clock in ms (wall-clock jumps must not expire or extend a lease). */
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  readonly log: (message: string) => void
  readonly warn: (message: string) => void
  /** How often to look again while waiting. */
  readonly pollMs?: number
  /** Throws when the job is cancelled: checked before each look while waiting. */
  readonly throwIfCancelled?: () => void
}

const LOCK_ID = 'lock'

/**
 * The migration lock: a lease document in the ledger container. It is taken by create-if-absent
 * (409 when held) and renewed or taken over with If-Match (412 when someone else got there
 * first), so two runners can never both take it. A waiter takes over only a lease whose ETag has
 * not changed for a whole lease period on its own clock, so clock skew between runners cannot
 * expire a live lease. The holder renews every third of the lease, one renewal at a time, and
 * stops itself (assertHeld) once it has gone two thirds of a lease without a successful renewal:
 * before anyone may take the lease over.
 */
export class MigrationLock {
  private etag: string
  private readonly acquiredAt: string
  private lastRenewed: number
  private timer: ReturnType<typeof setTimeout> | undefined
  private renewing: Promise<void> = Promise.resolve()
  private lost: unknown
  private stopped = false
  /** Names this holding of the lock, in the lease and in ledger entries written under it. */
  readonly holderId: string

  private constructor(
    private readonly container: Container,
    private readonly partitionKey: string,
    private readonly parameters: LockParameters,
    lease: LeaseDocument
  ) {
    this.etag = lease._etag ?? ''
    this.acquiredAt = lease.acquiredAt
    this.holderId = lease.holder.id
    this.lastRenewed = parameters.now()
  }

  /** Takes the lock, waiting up to the timeout while someone else holds it. */
  static async acquire(parameters: LockParameters): Promise<MigrationLock> {
    const { ledger, now, log } = parameters
    const container = ledger.container
    const partitionKey = ledger.partitionKeyOf({ id: LOCK_ID })
    const deadline = now() + parameters.timeoutMs
    let watched: { etag: string; since: number } | undefined
    let lastSeen = ''
    const holderId = randomUUID()
    for (;;) {
      parameters.throwIfCancelled?.()
      const lease = ledger.withPartitionKey(newLease(parameters, holderId))
      try {
        const { resource } = await container.items.create<LeaseDocument>(lease)
        return new MigrationLock(container, partitionKey, parameters, resource ?? lease).start()
      } catch (error) {
        if (code(error) !== 409) throw error
      }
      const { resource: held } = await container.item(LOCK_ID, partitionKey).read<LeaseDocument>()
      if (held === undefined) continue // released between our create and read
      const etag = held._etag ?? ''
      if (watched?.etag !== etag) watched = { etag, since: now() }
      const leaseMs = typeof held.leaseMs === 'number' ? held.leaseMs : parameters.leaseMs
      if (now() - watched.since >= leaseMs) {
        try {
          const { resource } = await container
            .item(LOCK_ID, partitionKey)
            .replace<LeaseDocument>(lease, {
              accessCondition: { type: 'IfMatch', condition: etag }
            })
          log(
            `Took over the migration lock from ${describe(held)}: no heartbeat for ${Math.round(leaseMs / 1000)} s.`
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
          `The migration lock is held by ${seen} (last renewed ${held.renewedAt}). Waited ${Math.round(parameters.timeoutMs / 1000)} s ('lock-timeout'): let that run finish, or raise 'lock-timeout'.`
        )
      }
      if (seen !== lastSeen)
        log(`Waiting for the migration lock, held by ${seen} (last renewed ${held.renewedAt}).`)
      lastSeen = seen
      await parameters.sleep(Math.min(parameters.pollMs ?? 1000, Math.max(0, deadline - now())))
    }
  }

  private start(): this {
    this.schedule()
    return this
  }

  /** One renewal at a time: the next is scheduled when the last has settled. */
  private schedule(): void {
    if (this.stopped || this.lost !== undefined) return
    this.timer = setTimeout(
      () => {
        this.renewing = this.renew().finally(() => this.schedule())
      },
      Math.max(100, Math.floor(this.parameters.leaseMs / 3))
    )
    this.timer.unref()
  }

  /** Renews the lease; a 412 or 404 means another run has it now. */
  private async renew(): Promise<void> {
    const lease = this.parameters.ledger.withPartitionKey(newLease(this.parameters, this.holderId))
    try {
      const { resource } = await this.container
        .item(LOCK_ID, this.partitionKey)
        .replace<LeaseDocument>(
          { ...lease, acquiredAt: this.acquiredAt },
          { accessCondition: { type: 'IfMatch', condition: this.etag } }
        )
      this.etag = resource?._etag ?? this.etag
      this.lastRenewed = this.parameters.now()
    } catch (error) {
      const status = code(error)
      if (status === 412 || status === 404) this.lost = error
      else
        this.parameters.warn(
          `Could not renew the migration lock (will try again): ${describeError(error).replace(/\s+/g, ' ')}`
        )
    }
  }

  /**
   * Throws when the lease is lost, or has gone two thirds of its life without a renewal (others
   * may take it over after a whole one): called before every write of a migration and the ledger.
   */
  assertHeld(): void {
    if (this.stopped)
      throw new ActionError('The migration lock has been released; no more writes in this run.')
    const silentFor = this.parameters.now() - this.lastRenewed
    if (this.lost === undefined && silentFor < (this.parameters.leaseMs * 2) / 3) return
    throw new ActionError(
      this.lost !== undefined
        ? 'The migration lock was lost to another run; stopping before the next write.'
        : `The migration lock has not been renewed for ${Math.round(silentFor / 1000)} s; stopping before the next write so that no other run can overlap this one.`,
      this.lost === undefined ? undefined : { cause: this.lost }
    )
  }

  /**
   * Stops renewing and deletes the lease if it is still ours; never throws. False when the lease
   * may still be ours (the delete failed): it expires after its lease, or the post step frees it.
   */
  async release(): Promise<boolean> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.renewing
    if (this.lost !== undefined) return true
    try {
      await this.container
        .item(LOCK_ID, this.partitionKey)
        .delete({ accessCondition: { type: 'IfMatch', condition: this.etag } })
    } catch (error) {
      if (code(error) === 404 || code(error) === 412) return true
      this.parameters.warn(
        `Could not release the migration lock; it expires ${Math.round(this.parameters.leaseMs / 1000)} s after its last renewal: ${describeError(error).replace(/\s+/g, ' ')}`
      )
      return false
    }
    return true
  }
}

function newLease(parameters: LockParameters, holderId: string): LeaseDocument {
  const wallClock = Date.now()
  return {
    id: LOCK_ID,
    type: 'lock',
    holder: { ...parameters.holder, id: holderId },
    acquiredAt: new Date(wallClock).toISOString(),
    renewedAt: new Date(wallClock).toISOString(),
    leaseMs: parameters.leaseMs,
    expiresAt: new Date(wallClock + parameters.leaseMs).toISOString()
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
