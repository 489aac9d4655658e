/**
 * Seeding keeps its heap near what it holds alive (src/seed/heap.ts): a full collection once the
 * heap in use has grown by the headroom since the last one, never more than a tenth of the time.
 * Sizes and times here are given, not measured: how much memory seeding takes is measured in
 * bench/memory.ts only.
 */
import { describe, expect, it } from '@jest/globals'
import {
  giveBackYoungGeneration,
  HeapCeiling,
  withinHeapCeiling,
  YOUNG_GENERATION_LIMIT,
  youngGenerationSize
} from '../../src/seed/heap.js'

/** A heap whose size and clock the test sets; a collection gives back 40 and takes `cost` ms. */
function fakeHeap(cost = 0) {
  const heap = { size: 100, now: 0, collections: [] as number[] }
  const ceiling = new HeapCeiling({
    headroom: 50,
    used: () => heap.size,
    clock: () => heap.now,
    collect: () => {
      heap.collections.push(heap.size)
      heap.size -= 40
      heap.now += cost
    }
  })
  return { heap, ceiling }
}

describe('HeapCeiling', () => {
  it('collects once the heap has grown by the headroom since the last collection', () => {
    const { heap, ceiling } = fakeHeap()
    for (const size of [120, 149, 150, 140, 159, 160, 300]) {
      heap.size = size
      ceiling.check()
    }
    // 150 (100 + 50) collects down to 110; 160 (110 + 50) down to 120; 300 again.
    expect(heap.collections).toEqual([150, 160, 300])
  })

  it('lets collections take a tenth of the time at most', () => {
    const { heap, ceiling } = fakeHeap(10)
    const at = (now: number, size: number): void => {
      heap.now = now
      heap.size = size
      ceiling.check()
    }
    at(0, 200) // collects, from 0 to 10 ms: none before 100 ms
    at(50, 300)
    at(99, 300)
    at(100, 300) // collects, 100 to 110 ms
    at(200, 100) // allowed again, but not grown: nothing to collect
    expect(heap.collections).toEqual([200, 300])
  })
})

describe('withinHeapCeiling', () => {
  it('hands on every item, in order, and lets the consumer stop early', async () => {
    async function* numbers(): AsyncGenerator<number> {
      for (let n = 1; n <= 5; n++) yield n
    }
    const all: number[] = []
    for await (const n of withinHeapCeiling(numbers())) all.push(n)
    expect(all).toEqual([1, 2, 3, 4, 5])
    const some: number[] = []
    for await (const n of withinHeapCeiling(numbers())) {
      some.push(n)
      if (n === 2) break
    }
    expect(some).toEqual([1, 2])
  })
})

describe('giveBackYoungGeneration', () => {
  it('collects all it can only when the young generation has grown past the limit', () => {
    const asked: unknown[] = []
    const collect = (options?: unknown): void => void asked.push(options)
    expect(giveBackYoungGeneration(() => YOUNG_GENERATION_LIMIT, collect)).toBe(false)
    expect(asked).toEqual([])
    expect(giveBackYoungGeneration(() => YOUNG_GENERATION_LIMIT + 1, collect)).toBe(true)
    expect(asked).toEqual([{ type: 'major', execution: 'sync', flavor: 'last-resort' }])
  })

  it("gives back V8's young generation once it has grown", () => {
    // Objects that survive a few young collections make V8 grow the young generation (to
    // 128 MiB here). All of it is synchronous: no timer of V8's can shrink it meanwhile.
    let kept: { n: number; text: string }[] = []
    for (let n = 0; n < 3_000_000; n++) {
      kept.push({ n, text: `n${n}` })
      if (kept.length > 200_000) kept = kept.slice(100_000)
    }
    kept = []
    expect(youngGenerationSize()).toBeGreaterThan(YOUNG_GENERATION_LIMIT)
    expect(giveBackYoungGeneration()).toBe(true)
    expect(youngGenerationSize()).toBeLessThanOrEqual(YOUNG_GENERATION_LIMIT)
    expect(kept).toEqual([])
  })
})
