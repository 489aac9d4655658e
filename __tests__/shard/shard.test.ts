import { describe, expect, it } from '@jest/globals'
import {
  describeShard,
  owns,
  parseShard,
  partOf,
  shareOf,
  shareOfProvisioned
} from '../../src/shard/index.js'
import { partOrder } from '../../src/migrate/parts/index.js'

describe('parseShard', () => {
  it.each([
    ['1/4', { index: 1, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 2 / 3 ', { index: 2, count: 3 }],
    ['1/1', { index: 1, count: 1 }],
    ['100/100', { index: 100, count: 100 }]
  ])('reads %p', (text, shard) => {
    expect(parseShard(text)).toEqual(shard)
  })

  it.each(['0/4', '5/4', '1/0', '1/101', '2', '1/4/2', '-1/4', 'a/b', '1.5/4', ''])(
    'refuses %p',
    (text) => {
      expect(parseShard(text)).toBeUndefined()
    }
  )
})

describe('partOf', () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => [`tenant-${i % 37}`, `doc-${i}`] as const)

  it('puts every document in exactly one part, the same on every call', () => {
    for (const [partitionKey, id] of keys.slice(0, 2000)) {
      const part = partOf(partitionKey, id, 4)
      expect(part).toBe(partOf(partitionKey, id, 4))
      const owners = [1, 2, 3, 4].filter((index) => owns({ index, count: 4 }, partitionKey, id))
      expect(owners).toEqual([part])
    }
  })

  it('spreads documents evenly over the parts', () => {
    for (const count of [2, 3, 4, 7]) {
      const sizes = Array<number>(count).fill(0)
      for (const [partitionKey, id] of keys) {
        const part = partOf(partitionKey, id, count)
        sizes[part - 1] = (sizes[part - 1] ?? 0) + 1
      }
      const even = keys.length / count
      for (const size of sizes) expect(Math.abs(size - even)).toBeLessThan(even * 0.05)
    }
  })

  it('tells apart the same id under two partition key values, and keeps to known values', () => {
    // Fixed figures: a later version of the action must split documents as this one did, or a
    // part taken over across versions would process other documents than it recorded.
    expect(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'].map((id) => partOf(id, id, 4))).toEqual(
      [3, 2, 3, 1, 2, 2, 2, 3]
    )
    expect([partOf('a', 'x', 4), partOf('b', 'x', 4), partOf(['a', 1], 'x', 4)]).toEqual([1, 3, 1])
    expect(partOf(undefined, 'x', 4)).toBe(partOf(null, 'x', 4))
    expect(partOf('anything', 'x', 1)).toBe(1)
  })
})

describe('shares', () => {
  it('splits a budget between the parts, and leaves no limit as none', async () => {
    expect(shareOf(2000, { index: 1, count: 4 })).toBe(500)
    expect(shareOf(3, { index: 1, count: 4 })).toBe(1)
    expect(shareOf(0, { index: 1, count: 4 })).toBe(0)
    expect(shareOf(2000, { index: 1, count: 1 })).toBe(2000)
    const provisioned = shareOfProvisioned(async (c) => (c === 'a' ? 10_000 : undefined), {
      index: 2,
      count: 4
    })
    expect(await provisioned?.('a')).toBe(2500)
    expect(await provisioned?.('b')).toBeUndefined()
    expect(shareOfProvisioned(undefined, { index: 2, count: 4 })).toBeUndefined()
  })

  it('orders a job’s parts from its own, then the next ones round', () => {
    expect(partOrder({ index: 1, count: 4 })).toEqual([1, 2, 3, 4])
    expect(partOrder({ index: 3, count: 4 })).toEqual([3, 4, 1, 2])
    expect(describeShard({ index: 3, count: 4 })).toBe('shard 3 of 4')
  })
})
