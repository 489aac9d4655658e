import { describe, expect, it } from '@jest/globals'
import {
  ContainerProgress,
  counted,
  Watermark,
  type SeedProgressRecord
} from '../../src/seed/resume.js'
import type { SeedDocument } from '../../src/seed/document.js'

describe('Watermark', () => {
  it('moves only over an unbroken run of finished batches from the first', () => {
    const marks = new Watermark(100)
    expect(marks.done(1, 300)).toBeUndefined() // the first batch is still in flight
    expect(marks.done(2, 400)).toBeUndefined()
    expect(marks.done(0, 200)).toBe(400)
    expect(marks.done(4, 600)).toBeUndefined()
    expect(marks.done(3, 500)).toBe(600)
  })
})

describe('counted', () => {
  it('says how many documents were taken, as they are taken', async () => {
    async function* three(): AsyncGenerator<SeedDocument> {
      for (let line = 1; line <= 3; line++) yield { body: { id: `d${line}` }, line, bytes: 10 }
    }
    const source = counted(three())
    const seen: number[] = []
    for await (const document of source.documents) seen.push(document.line * 10 + source.taken())
    expect(seen).toEqual([11, 22, 33])
  })
})

describe('ContainerProgress', () => {
  function keeper() {
    const writes: SeedProgressRecord[] = []
    let stored: SeedProgressRecord | undefined
    return {
      writes,
      keeper: {
        read: async () => stored,
        write: async (record: SeedProgressRecord) => {
          writes.push(record)
          stored = record
        },
        clear: async () => {
          stored = undefined
        }
      }
    }
  }

  it('resumes a file only at the bytes it recorded, and saves now and then, all at a stop', async () => {
    const store = keeper()
    const clock = { now: 0 }
    const progress = await ContainerProgress.open(store.keeper, 'items', () => clock.now)
    await progress.advance({ path: 'a.ndjson', bytes: 'h1', written: 2500 })
    clock.now += 300
    await progress.advance({ path: 'a.ndjson', bytes: 'h1', written: 5000 })
    expect(store.writes.map((w) => w.files[0]?.written)).toEqual([2500])
    await progress.flush()
    expect(store.writes.map((w) => w.files[0]?.written)).toEqual([2500, 5000])
    await progress.flush() // nothing new
    expect(store.writes).toHaveLength(2)

    const next = await ContainerProgress.open(store.keeper, 'items', () => clock.now)
    expect(next.written('a.ndjson', 'h1')).toBe(5000)
    expect(next.written('a.ndjson', 'h2')).toBe(0)
    expect(next.written('b.ndjson', 'h1')).toBe(0)
  })
})
