/**
 * Seeding keeps its heap near what it holds alive (src/seed/heap.ts): a full collection once the
 * heap has grown by the headroom since the last one. Sizes here are given, not measured: how
 * much memory seeding takes is measured in bench/memory.ts only.
 */
import { describe, expect, it } from '@jest/globals'
import { HeapCeiling, withinHeapCeiling } from '../../src/seed/heap.js'

describe('HeapCeiling', () => {
  it('collects once the heap has grown by the headroom since the last collection', () => {
    let size = 100
    const collections: number[] = []
    const ceiling = new HeapCeiling({
      headroom: 50,
      committed: () => size,
      collect: () => {
        collections.push(size)
        size -= 40 // what the collection gave back
      }
    })
    for (const next of [120, 149, 150, 140, 159, 160, 300]) {
      size = next
      ceiling.check()
    }
    // 150 (100 + 50) collects down to 110; 160 (110 + 50) down to 120; 300 again.
    expect(collections).toEqual([150, 160, 300])
  })

  it('asks V8 for a collection that also gives back the young generation', () => {
    const options: unknown[] = []
    let size = 0
    const ceiling = new HeapCeiling({
      headroom: 1,
      committed: () => size,
      collect: (option) => void options.push(option)
    })
    size = 1
    ceiling.check()
    expect(options).toEqual([{ type: 'major', flavor: 'last-resort' }])
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
