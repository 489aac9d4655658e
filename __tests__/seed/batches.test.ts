/**
 * How seeding cuts its work: documents into bulk calls bounded by count and by size, and the ids
 * of a batch into lookup queries small enough for Cosmos DB's 2 MB request limit.
 */
import { describe, expect, it } from '@jest/globals'
import { inBatches, lookupChunks } from '../../src/seed/batches.js'
import type { SeedDocument } from '../../src/seed/index.js'

async function* documents(sizes: readonly number[]): AsyncGenerator<SeedDocument> {
  for (const [index, bytes] of sizes.entries()) {
    yield { body: { id: `d-${index}` }, line: index + 1, bytes }
  }
}

async function batchesOf(sizes: readonly number[], count: number, bytes: number) {
  const batches: string[][] = []
  for await (const batch of inBatches(documents(sizes), count, bytes))
    batches.push(batch.map((document) => document['id'] as string))
  return batches
}

describe('inBatches', () => {
  it('ends a batch at the count', async () => {
    const batches = await batchesOf(Array<number>(12).fill(10), 5, 1_000_000)
    expect(batches.map((batch) => batch.length)).toEqual([5, 5, 2])
    expect(batches.flat()).toEqual(Array.from({ length: 12 }, (_, i) => `d-${i}`))
  })

  it('ends a batch once it holds the size, large documents making smaller batches', async () => {
    // 3 MB documents against an 8 MB batch: three a batch (9 MB), then the rest.
    const MB = 1024 * 1024
    const batches = await batchesOf([3 * MB, 3 * MB, 3 * MB, 3 * MB, 1, 1], 5000, 8 * MB)
    expect(batches.map((batch) => batch.length)).toEqual([3, 3])
  })

  it('yields nothing for no documents and never an empty batch', async () => {
    expect(await batchesOf([], 5, 100)).toEqual([])
    expect(await batchesOf([10, 10], 2, 100)).toEqual([['d-0', 'd-1']])
  })
})

describe('lookupChunks', () => {
  it('keeps every id, in order, at most 1,000 a query', () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `id-${i}`)
    const chunks = lookupChunks(ids)
    expect(chunks.map((chunk) => chunk.length)).toEqual([1000, 1000, 500])
    expect(chunks.flat()).toEqual(ids)
  })

  it('keeps a query under 512 KB of ids when the ids are long', () => {
    // Ids of 1,000 bytes (the limit is 1,023): 1,000 of them would make a 1 MB parameter.
    const ids = Array.from({ length: 1000 }, (_, i) => `${i}`.padStart(1000, 'x'))
    const chunks = lookupChunks(ids)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) {
      expect(Buffer.byteLength(JSON.stringify(chunk))).toBeLessThanOrEqual(512 * 1024)
    }
    expect(chunks.flat()).toEqual(ids)
  })

  it('counts bytes, not characters', () => {
    // 340 CJK characters are 1,020 bytes: 600 such ids cannot share one query.
    const ids = Array.from({ length: 600 }, (_, i) => `${'漢'.repeat(340)}${i}`)
    const chunks = lookupChunks(ids)
    expect(chunks.length).toBe(2)
    expect(chunks.flat()).toEqual(ids)
  })

  it('makes no chunk of nothing', () => {
    expect(lookupChunks([])).toEqual([])
  })
})
