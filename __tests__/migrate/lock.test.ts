import { describe, expect, it } from '@jest/globals'
import type { Container } from '@azure/cosmos'
import { Ledger } from '../../src/migrate/ledger.js'
import { MigrationLock } from '../../src/migrate/lock.js'
import { Lease } from '../../src/migrate/lease.js'

/** A container holding one lease document, with Cosmos DB's 409/412 rules and a fake clock. */
function fakeLedger() {
  let lease: (Record<string, unknown> & { _etag: string }) | undefined
  let version = 0
  const stalled: Array<() => void> = []
  const state = { stallReplaces: false }
  const error = (code: number) => Object.assign(new Error(String(code)), { code })
  const item = {
    read: async () => ({ resource: lease && { ...lease } }),
    replace: async (
      body: Record<string, unknown>,
      options: { accessCondition: { condition: string } }
    ) => {
      if (state.stallReplaces) await new Promise<void>((resolve) => stalled.push(resolve))
      if (!lease) throw error(404)
      if (options.accessCondition.condition !== lease._etag) throw error(412)
      lease = { ...body, _etag: `e${++version}` }
      return { resource: { ...lease } }
    },
    delete: async (options: { accessCondition: { condition: string } }) => {
      if (!lease) throw error(404)
      if (options.accessCondition.condition !== lease._etag) throw error(412)
      lease = undefined
      return {}
    }
  }
  const container = {
    read: async () => ({ resource: { partitionKey: { paths: ['/id'] } } }),
    items: {
      create: async (body: Record<string, unknown>) => {
        if (lease) throw error(409)
        lease = { ...body, _etag: `e${++version}` }
        return { resource: { ...lease } }
      }
    },
    item: () => item
  } as unknown as Container
  return { container, state, stalled, lease: () => lease }
}

function parameters(
  ledger: Ledger,
  clock: { now: number },
  extra: Partial<Parameters<typeof MigrationLock.acquire>[0]> = {}
) {
  const logs: string[] = []
  return {
    logs,
    value: {
      ledger,
      holder: { repository: 'o/r', runner: 'test' },
      leaseMs: 60_000,
      timeoutMs: 10_000,
      now: () => clock.now,
      sleep: async (ms: number) => {
        clock.now += ms
      },
      log: (message: string) => logs.push(message),
      warn: (message: string) => logs.push(`warning: ${message}`),
      pollMs: 1000,
      ...extra
    }
  }
}

describe('MigrationLock', () => {
  it('is taken by one runner at a time and released with If-Match', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const clock = { now: 0 }
    const first = await MigrationLock.acquire(parameters(ledger, clock).value)
    const second = parameters(ledger, clock, { timeoutMs: 3000 })
    await expect(MigrationLock.acquire(second.value)).rejects.toThrow(
      'The migration lock is held by o/r@? (test)'
    )
    expect(
      second.logs.some((line) =>
        line.startsWith('Waiting for the migration lock, held by o/r@? (test) since')
      )
    ).toBe(true)
    await first.release()
    expect(fake.lease()).toBeUndefined()
  })

  it('takes over only a lease whose ETag stayed unchanged for a whole lease on its own clock', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const clock = { now: 0 }
    const dead = await MigrationLock.acquire(parameters(ledger, clock, { leaseMs: 5000 }).value)
    await dead.release().catch(() => undefined)
    // Recreate a lease that nobody renews (its holder died): a fresh create by another holder.
    const abandoned = await MigrationLock.acquire(
      parameters(ledger, clock, { leaseMs: 5000 }).value
    )
    const waiter = parameters(ledger, clock, { leaseMs: 5000, timeoutMs: 20_000 })
    const started = clock.now
    const taken = await MigrationLock.acquire(waiter.value)
    expect(clock.now - started).toBeGreaterThanOrEqual(5000)
    expect(waiter.logs.some((line) => line.startsWith('Took over the migration lock from'))).toBe(
      true
    )
    await taken.release()
    await abandoned.release() // lost to the takeover: stops its timer, deletes nothing
  })

  it('stops its holder once two thirds of the lease pass without a renewal', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const clock = { now: 0 }
    const lock = await MigrationLock.acquire(parameters(ledger, clock, { leaseMs: 3000 }).value)
    expect(() => lock.assertHeld()).not.toThrow()
    fake.state.stallReplaces = true
    clock.now += 2100
    expect(() => lock.assertHeld()).toThrow('has not been renewed for 2 s')
    fake.state.stallReplaces = false
    fake.stalled.forEach((resume) => resume())
    await lock.release()
  })

  it('names its holding in the lease, and allows no write once released', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const lock = await MigrationLock.acquire(parameters(ledger, { now: 0 }).value)
    expect(lock.holderId).toMatch(/^[0-9a-f-]{36}$/)
    expect(fake.lease()?.['holder']).toMatchObject({ id: lock.holderId, runner: 'test' })
    expect(await lock.release()).toBe(true)
    expect(fake.lease()).toBeUndefined()
    expect(() => lock.assertHeld()).toThrow('has been released')
    expect(await lock.release()).toBe(true) // a second release finds nothing to do
  })

  it('stops waiting for a lock held by another run once the job is cancelled', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const clock = { now: 0 }
    const held = await MigrationLock.acquire(parameters(ledger, clock).value)
    let looks = 0
    const waiting = MigrationLock.acquire(
      parameters(ledger, clock, {
        throwIfCancelled: () => {
          if (++looks > 2) throw new Error('cancelled')
        }
      }).value
    )
    await expect(waiting).rejects.toThrow('cancelled')
    expect(looks).toBe(3)
    expect(clock.now).toBe(2000) // two polls waited, none after the cancellation
    await held.release()
  })
})

describe('a part lease', () => {
  const PART = {
    id: 'part-1-abc-2-of-4',
    type: 'part',
    what: 'part 2 of 4 of migration 0001-x.mjs',
    fields: { migration: '1', part: 2, parts: 4 }
  }

  it('is done once finished: kept, never taken again, and not deleted by a release', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const clock = { now: 0 }
    const { value } = parameters(ledger, clock)
    const attempt = await Lease.attempt(value, PART, {})
    if (!('taken' in attempt)) throw new Error('expected the free part to be taken')
    expect(fake.lease()).toMatchObject({ type: 'part', status: 'held', part: 2, parts: 4 })
    const other = await Lease.attempt(value, PART, {})
    expect('held' in other).toBe(true)
    await attempt.taken.finish({ documentsTouched: 7 })
    expect(fake.lease()).toMatchObject({ status: 'done', documentsTouched: 7, part: 2 })
    expect(await attempt.taken.release()).toBe(true)
    expect(fake.lease()?.['status']).toBe('done')
    clock.now += 10 * 60_000 // however long it stays silent
    const later = await Lease.attempt(value, PART, {})
    expect('done' in later).toBe(true)
  })

  it('is taken over only after a whole lease without a heartbeat, and the loser cannot finish it', async () => {
    const fake = fakeLedger()
    const ledger = await Ledger.open(fake.container)
    const clock = { now: 0 }
    const { value } = parameters(ledger, clock, { leaseMs: 5000 })
    const first = await Lease.attempt(value, PART, {})
    if (!('taken' in first)) throw new Error('expected the free part to be taken')
    const watch = {}
    const taker = parameters(ledger, clock, { leaseMs: 5000 })
    expect('held' in (await Lease.attempt(taker.value, PART, watch))).toBe(true)
    // The holder's renewals stall (a job frozen or dead): its ETag stays as the taker saw it.
    fake.state.stallReplaces = true
    clock.now += 4999
    expect('held' in (await Lease.attempt(taker.value, PART, watch))).toBe(true)
    clock.now += 1
    fake.state.stallReplaces = false
    fake.stalled.forEach((resume) => resume())
    const second = await Lease.attempt(taker.value, PART, watch)
    if (!('taken' in second)) throw new Error('expected the silent part to be taken over')
    expect(taker.logs).toContain(
      'Took over part 2 of 4 of migration 0001-x.mjs from o/r@? (test): no heartbeat for 5 s.'
    )
    await expect(first.taken.finish()).rejects.toThrow(
      /^Part 2 of 4 .* (was lost|has not been renewed)/
    )
    await second.taken.finish()
    expect(fake.lease()?.['status']).toBe('done')
  })
})
