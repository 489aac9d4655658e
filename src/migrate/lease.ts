import type { Container } from '@azure/cosmos'
import { randomUUID } from 'node:crypto'
import { ActionError, describeError } from '../errors.js'
import type { Ledger, RunBy } from './ledger.js'

/** A lease document in the ledger container: who holds it, and for how long without a heartbeat. */
export interface LeaseDocument {
  id: string
  type: string
  /** `id` names this holding: the post step of a cancelled run releases its own. */
  holder: RunBy & { readonly runner: string; readonly id: string }
  acquiredAt: string
  renewedAt: string
  /** How long the lease lives past its last renewal, in ms (judged on each runner's own clock). */
  leaseMs: number
  /** When it expires by its holder's clock; for people reading the lease. */
  expiresAt: string
  /** `done`: the work it guarded is finished; no one takes it again. */
  status?: 'held' | 'done'
  _etag?: string
  [field: string]: unknown
}

export interface LeaseParameters {
  readonly ledger: Ledger
  readonly holder: RunBy & { readonly runner: string }
  /** How long a lease lives without a heartbeat. */
  readonly leaseMs: number
  /** A monotonic clock in ms (wall-clock jumps must not expire or extend a lease). */
  readonly now: () => number
  readonly log: (message: string) => void
  readonly warn: (message: string) => void
}

/** Which lease document, and what the messages call it ("the migration lock"). */
export interface LeaseName {
  readonly id: string
  readonly type: string
  readonly what: string
  /** Fields the document carries besides the lease's own (which part of which migration). */
  readonly fields?: Readonly<Record<string, unknown>>
}

/**
 * What a taker has seen of a lease held by someone else: its ETag and since when, on the taker's
 * own clock. A lease is taken over only once its ETag has not changed for a whole lease period.
 */
export interface LeaseWatch {
  etag?: string
  since?: number
}

/** One attempt at a lease: taken, held by someone alive (or not yet seen dead), or done. */
export type LeaseAttempt =
  { readonly taken: Lease } | { readonly held: LeaseDocument } | { readonly done: LeaseDocument }

/**
 * A lease document in the ledger container (the migration lock; a part of a sharded migration).
 * It is taken by create-if-absent (409 when held) and renewed or taken over with If-Match (412
 * when someone else got there first), so two runners can never both take it. A taker takes over
 * only a lease whose ETag has not changed for a whole lease period on its own clock, so clock skew
 * between runners cannot expire a live lease. The holder renews every third of the lease, one
 * renewal at a time, and stops itself (assertHeld) once it has gone two thirds of a lease without
 * a successful renewal: before anyone may take the lease over.
 */
export class Lease {
  private etag: string
  private readonly acquiredAt: string
  private lastRenewed: number
  private timer: ReturnType<typeof setTimeout> | undefined
  private renewing: Promise<void> = Promise.resolve()
  private lost: unknown
  private stopped = false
  /** Names this holding, in the lease and in ledger entries written under it. */
  readonly holderId: string

  private constructor(
    private readonly container: Container,
    private readonly partitionKey: string,
    private readonly parameters: LeaseParameters,
    private readonly name: LeaseName,
    lease: LeaseDocument
  ) {
    this.etag = lease._etag ?? ''
    this.acquiredAt = lease.acquiredAt
    this.holderId = lease.holder.id
    this.lastRenewed = parameters.now()
  }

  /** One attempt: create it, or take it over when `watch` has seen it silent for a lease. */
  static async attempt(
    parameters: LeaseParameters,
    name: LeaseName,
    watch: LeaseWatch
  ): Promise<LeaseAttempt> {
    const { ledger, now } = parameters
    const container = ledger.container
    const partitionKey = ledger.partitionKeyOf({ id: name.id })
    const lease = ledger.withPartitionKey(newLease(parameters, name, randomUUID()))
    const taken = (document: LeaseDocument | undefined): LeaseAttempt => ({
      taken: new Lease(container, partitionKey, parameters, name, document ?? lease).start()
    })
    try {
      return taken((await container.items.create<LeaseDocument>(lease)).resource)
    } catch (error) {
      if (code(error) !== 409) throw error
    }
    const { resource: held } = await container.item(name.id, partitionKey).read<LeaseDocument>()
    if (held === undefined) return Lease.attempt(parameters, name, watch) // released meanwhile
    if (held.status === 'done') return { done: held }
    const etag = held._etag ?? ''
    if (watch.etag !== etag) Object.assign(watch, { etag, since: now() })
    const leaseMs = typeof held.leaseMs === 'number' ? held.leaseMs : parameters.leaseMs
    if (now() - (watch.since ?? now()) < leaseMs) return { held }
    try {
      const { resource } = await container
        .item(name.id, partitionKey)
        .replace<LeaseDocument>(lease, { accessCondition: { type: 'IfMatch', condition: etag } })
      parameters.log(
        `Took over ${name.what} from ${describeHolder(held)}: no heartbeat for ${Math.round(leaseMs / 1000)} s.`
      )
      return taken(resource)
    } catch (error) {
      if (code(error) !== 412) throw error
      return Lease.attempt(parameters, name, watch) // another runner took it over first
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
    try {
      await this.replace({})
      this.lastRenewed = this.parameters.now()
    } catch (error) {
      const status = code(error)
      if (status === 412 || status === 404) this.lost = error
      else
        this.parameters.warn(
          `Could not renew ${this.name.what} (will try again): ${describeError(error).replace(/\s+/g, ' ')}`
        )
    }
  }

  private async replace(fields: Record<string, unknown>): Promise<void> {
    const lease = newLease(this.parameters, this.name, this.holderId)
    const { resource } = await this.container
      .item(this.name.id, this.partitionKey)
      .replace<LeaseDocument>(
        this.parameters.ledger.withPartitionKey({
          ...lease,
          acquiredAt: this.acquiredAt,
          ...fields
        }),
        { accessCondition: { type: 'IfMatch', condition: this.etag } }
      )
    this.etag = resource?._etag ?? this.etag
  }

  /**
   * Throws when the lease is lost, or has gone two thirds of its life without a renewal (others
   * may take it over after a whole one): called before every write it guards.
   */
  assertHeld(): void {
    const what = this.name.what
    if (this.stopped)
      throw new ActionError(`${capitalized(what)} has been released; no more writes in this run.`)
    const silentFor = this.parameters.now() - this.lastRenewed
    if (this.lost === undefined && silentFor < (this.parameters.leaseMs * 2) / 3) return
    throw new ActionError(
      this.lost !== undefined
        ? `${capitalized(what)} was lost to another run; stopping before the next write.`
        : `${capitalized(what)} has not been renewed for ${Math.round(silentFor / 1000)} s; stopping before the next write so that no other run can overlap this one.`,
      this.lost === undefined ? undefined : { cause: this.lost }
    )
  }

  /**
   * Marks the work done, with If-Match, and stops renewing: no one takes it again. Throws when
   * the lease is no longer ours (the work may have been taken over, and must not be called done).
   */
  async finish(fields: Record<string, unknown> = {}): Promise<void> {
    this.assertHeld()
    this.stopped = true
    clearTimeout(this.timer)
    await this.renewing
    await this.replace({ ...fields, status: 'done' })
  }

  /**
   * Stops renewing and deletes the lease if it is still ours; never throws. False when the lease
   * may still be ours (the delete failed): it expires after its lease, or the post step frees it.
   */
  async release(): Promise<boolean> {
    const wasStopped = this.stopped
    this.stopped = true
    clearTimeout(this.timer)
    await this.renewing
    if (this.lost !== undefined || wasStopped) return true
    try {
      await this.container
        .item(this.name.id, this.partitionKey)
        .delete({ accessCondition: { type: 'IfMatch', condition: this.etag } })
    } catch (error) {
      if (code(error) === 404 || code(error) === 412) return true
      this.parameters.warn(
        `Could not release ${this.name.what}; it expires ${Math.round(this.parameters.leaseMs / 1000)} s after its last renewal: ${describeError(error).replace(/\s+/g, ' ')}`
      )
      return false
    }
    return true
  }
}

function newLease(parameters: LeaseParameters, name: LeaseName, holderId: string): LeaseDocument {
  const wallClock = Date.now()
  return {
    ...name.fields,
    id: name.id,
    type: name.type,
    holder: { ...parameters.holder, id: holderId },
    acquiredAt: new Date(wallClock).toISOString(),
    renewedAt: new Date(wallClock).toISOString(),
    leaseMs: parameters.leaseMs,
    expiresAt: new Date(wallClock + parameters.leaseMs).toISOString(),
    status: 'held'
  }
}

/** The run holding a lease, as people find it: its workflow run, else its repository and runner. */
export function describeHolder(lease: LeaseDocument): string {
  const holder = lease.holder ?? { runner: '?' }
  return (
    holder.workflowRunUrl ?? `${holder.repository ?? '?'}@${holder.ref ?? '?'} (${holder.runner})`
  )
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

function code(error: unknown): unknown {
  return (error as { code?: unknown }).code
}
