/**
 * Seeding keeps its heap near what it holds alive (src/seed/heap.ts): a full collection once the
 * heap in use has grown by the headroom since the last one, never more than a tenth of the time.
 * Sizes and times here are given, not measured: how much memory seeding takes is measured in
 * bench/memory.ts only.
 */
import { describe, expect, it } from '@jest/globals'
import { setFlagsFromString } from 'node:v8'
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
  /** A young generation of `size` that a collection shrinks to `after`. */
  function fakeYoung(size: number, after: number) {
    const young = { size, asked: [] as unknown[], state: { givesBack: true } }
    const collect = (options?: unknown): void => {
      young.asked.push(options)
      young.size = after
    }
    const giveBack = (): boolean => giveBackYoungGeneration(() => young.size, collect, young.state)
    return { young, giveBack }
  }

  it('collects all it can only when the young generation has grown past the limit', () => {
    const small = fakeYoung(YOUNG_GENERATION_LIMIT, 0)
    expect(small.giveBack()).toBe(false)
    expect(small.young.asked).toEqual([])
    const grown = fakeYoung(YOUNG_GENERATION_LIMIT + 1, 1024 * 1024)
    expect(grown.giveBack()).toBe(true)
    expect(grown.young.asked).toEqual([{ type: 'major', execution: 'sync', flavor: 'last-resort' }])
    grown.young.size = 64 * 1024 * 1024
    expect(grown.giveBack()).toBe(true)
    expect(grown.young.asked).toHaveLength(2)
  })

  it('stops asking once a collection is seen not to give it back', () => {
    const stubborn = fakeYoung(64 * 1024 * 1024, 64 * 1024 * 1024)
    expect(stubborn.giveBack()).toBe(true)
    expect(stubborn.giveBack()).toBe(false)
    expect(stubborn.young.asked).toHaveLength(1)
  })

  it("gives back V8's young generation once it has grown", () => {
    // From a small young generation, growing as V8 grows it by default (another test may have
    // left it at its largest, or the growth factor at 1).
    giveBackYoungGeneration(youngGenerationSize, undefined, { givesBack: true })
    setFlagsFromString('--semi-space-growth-factor=2')
    // Objects that survive a few young collections make V8 grow the young generation (to two
    // semi-spaces of 64 MiB here, the most a heap limit of 4 GiB or more allows). All of it is
    // synchronous: no timer of V8's can shrink it meanwhile.
    let kept: { n: number; text: string }[] = []
    for (let n = 0; n < 3_000_000; n++) {
      kept.push({ n, text: `n${n}` })
      if (kept.length > 200_000) kept = kept.slice(100_000)
    }
    kept.length = 0
    const grown = youngGenerationSize()
    expect(grown).toBeGreaterThan(YOUNG_GENERATION_LIMIT)
    expect(giveBackYoungGeneration(youngGenerationSize, undefined, { givesBack: true })).toBe(true)
    expect(youngGenerationSize()).toBeLessThanOrEqual(YOUNG_GENERATION_LIMIT)
  })
})
