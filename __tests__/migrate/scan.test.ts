/**
 * A helper's scan, recorded page by page (src/migrate/progress/scan.ts), against a store kept in
 * memory: what each record names, that the next page is read and recorded while the last one is
 * worked, and that a stop or a failure leaves a record from which nothing is lost.
 */
import { describe, expect, it } from '@jest/globals'
import {
  progressReporter,
  resumeScan,
  type Page,
  type ResumableScan
} from '../../src/migrate/progress/index.js'
import type { InFlight, ProgressStore, ScanProgress } from '../../src/migrate/progress/store.js'
import { forEachLimited } from '../../src/concurrency.js'
import { OutOfTime } from '../../src/time-budget.js'
import { progressRecord } from './progress-record.js'

interface Doc {
  readonly id: string
  readonly _etag: string
}

const PAGE = 4
const docs = (count: number): Doc[] =>
  Array.from({ length: count }, (_, i) => ({ id: `d${i}`, _etag: `e${i}` }))

/** The documents in pages of PAGE, the continuation of each the index after it. */
function paged(
  all: readonly Doc[]
): (continuation: string | undefined) => AsyncIterable<Page<Doc>> {
  return async function* (continuation) {
    for (let at = Number(continuation ?? 0); at < all.length; at += PAGE) {
      const end = at + PAGE
      yield {
        documents: all.slice(at, end),
        continuation: end < all.length ? String(end) : undefined
      }
    }
  }
}

const fresh = progressRecord({ total: 12 })

/** A scan over `all`, one document at a time unless told, with every record saved kept. */
function scanOf(
  all: readonly Doc[],
  each: (document: Doc) => Promise<boolean>,
  options: { limit?: number; stop?: (where: () => string) => void } = {}
): { scan: ResumableScan<Doc>; saved: ScanProgress[] } {
  const saved: ScanProgress[] = []
  const store = {
    save: (record: ScanProgress) => {
      saved.push(record)
      return Promise.resolve(record)
    }
  } as unknown as ProgressStore
  const scan: ResumableScan<Doc> = {
    store,
    record: fresh,
    pages: paged(all),
    keyOf: (document): InFlight => ({
      id: document.id,
      partitionKey: document.id,
      etag: document._etag
    }),
    reread: (key) => Promise.resolve(all.find((document) => document.id === key.id)),
    run: async (documents, work) => {
      let changed = 0
      await forEachLimited(documents, options.limit ?? 1, async (document) => {
        if (await work(document)) changed++
      })
      return changed
    },
    each,
    report: progressReporter(() => undefined, 0),
    stop: { check: (where) => options.stop?.(where) ?? (where() && undefined) }
  }
  return { scan, saved }
}

/** The documents a record leaves for the next run: those in flight and those after its place. */
function leftBy(record: ScanProgress, all: readonly Doc[]): Set<string> {
  const after = record.exhausted ? [] : all.slice(Number(record.continuation ?? 0))
  return new Set([...record.inFlight.map((key) => key.id), ...after.map((d) => d.id)])
}

describe('a recorded scan', () => {
  it('reads and records the next page while the documents of the last are worked', async () => {
    const all = docs(3 * PAGE)
    let secondRecorded!: () => void
    const recorded = new Promise<void>((resolve) => (secondRecorded = resolve))
    // The first page's work, one document at a time, waits for the second page's record: the
    // scan ends only if that record comes without waiting for the work.
    const { scan } = scanOf(all, async (document) => {
      if (Number(document.id.slice(1)) < PAGE) await recorded
      return true
    })
    const store = scan.store as unknown as { save: (record: ScanProgress) => Promise<ScanProgress> }
    const save = store.save
    store.save = async (record) => {
      const saved = await save(record)
      if (record.seen === 2 * PAGE) secondRecorded()
      return saved
    }
    expect(await resumeScan(scan)).toBe(all.length)
  })

  it('records a page, whole and in flight, before any of its documents is worked', async () => {
    const all = docs(3 * PAGE)
    const worked: string[] = []
    const { scan, saved } = scanOf(
      all,
      (document) => {
        // Every document worked is named by a record saved before, or was done before it.
        const last = saved.at(-1) as ScanProgress
        expect(leftBy(last, all).has(document.id) || worked.includes(document.id)).toBe(true)
        worked.push(document.id)
        return Promise.resolve(true)
      },
      { limit: 3 }
    )
    await resumeScan(scan)
    expect(saved.at(-1)).toMatchObject({
      status: 'done',
      seen: all.length,
      inFlight: [],
      changed: all.length
    })
  })

  it('stopped after a page, leaves the page read ahead to the next run', async () => {
    const all = docs(3 * PAGE)
    const worked: string[] = []
    const { scan, saved } = scanOf(
      all,
      (document) => {
        worked.push(document.id)
        return Promise.resolve(true)
      },
      {
        stop: (where) => {
          throw new OutOfTime(where())
        }
      }
    )
    // How far it got, of the total counted first, at the run's rate.
    await expect(resumeScan(scan)).rejects.toThrow(
      /^the run's time budget \(max-run-minutes\) was spent: patchWhere on 'items' stopped after 4 of 12 \(33%\), [\d,]+\/s(, about \d+ s left)?; recorded to continue from there$/
    )
    expect(worked).toEqual(all.slice(0, PAGE).map((d) => d.id))
    // The last word: after the first page, nothing in flight, though the second was read.
    expect(saved.at(-1)).toMatchObject({ seen: PAGE, continuation: String(PAGE), inFlight: [] })
    expect(saved.some((record) => record.seen === 2 * PAGE)).toBe(true)
  })

  it('failed part way, leaves every document not done to the next run', async () => {
    const all = docs(3 * PAGE)
    const done = new Set<string>()
    const { scan, saved } = scanOf(
      all,
      (document) => {
        if (document.id === `d${PAGE + 1}`) return Promise.reject(new Error('refused'))
        done.add(document.id)
        return Promise.resolve(true)
      },
      { limit: 3 }
    )
    await expect(resumeScan(scan)).rejects.toThrow('refused')
    const left = leftBy(saved.at(-1) as ScanProgress, all)
    for (const document of all) expect(done.has(document.id) || left.has(document.id)).toBe(true)
    expect(left.has(`d${PAGE + 1}`)).toBe(true)
  })
})
