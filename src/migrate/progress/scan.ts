import { forEachLimited } from '../../concurrency.js'
import type { ProgressReporter } from './report.js'
import type { ProgressStore, InFlight, ScanProgress } from './store.js'

/** Documents in flight read again at once, when a run resumes. */
const REREADS_IN_FLIGHT = 16

/** One page of a query, with where the next one starts. */
export interface Page<T> {
  readonly documents: readonly T[]
  /** The continuation token after this page; undefined when it is the last. */
  readonly continuation: string | undefined
}

/** What a helper's scan is stopped by, between pages: the run's time budget, for one. */
export interface ScanStop {
  /** Throws when the scan must stop before its next page; `where` says where it stopped. */
  readonly check: (where: () => string) => void
}

/** A helper's pass over the documents a query matches, recorded page by page. */
export interface ResumableScan<T> {
  readonly store: ProgressStore
  readonly record: ScanProgress
  /** The query's pages, from a continuation token (undefined: from the beginning). */
  readonly pages: (continuation: string | undefined) => AsyncIterable<Page<T>>
  /** A document's key and the version it was handed out at. */
  readonly keyOf: (document: T) => InFlight
  /** A document as it is now; undefined when it is gone. */
  readonly reread: (key: InFlight) => Promise<T | undefined>
  /**
   * Runs the helper's work on every document (some at a time, none started after a failure of
   * the work or of the documents' source); how many it changed.
   */
  readonly run: (
    documents: AsyncIterable<T> | Iterable<T>,
    each: (document: T) => Promise<boolean>
  ) => Promise<number>
  /** The helper's work on one document: true when it changed it. */
  readonly each: (document: T) => Promise<boolean>
  /** Told as pages are handed out, for the log's rate and time left; says them for a stop. */
  readonly report: ProgressReporter
  readonly stop: ScanStop
}

/**
 * Runs a helper's scan so that it can stop anywhere and resume. Before a page's documents are
 * handed out, the record names every document handed out and not yet done (with the version each
 * had) and where the next page starts. The next page is read and recorded while the one before it
 * is worked, so the work never waits for the record (nor for the page): recording costs one
 * ledger write a page and nothing else. A run that resumes gives again only the documents named
 * that are still at the version recorded (the others were written before it stopped), then goes
 * on from the next page: it reads nothing already done, and writes no document twice. Returns the
 * documents changed over every run (those written just before a stop are not counted again).
 */
export async function resumeScan<T>(scan: ResumableScan<T>): Promise<number> {
  let record = scan.record
  if (record.status === 'done') return record.changed
  let changed = record.changed
  const count = (done: boolean): void => {
    if (done) changed++
  }
  if (record.inFlight.length > 0) {
    await scan.run(await unwritten(scan, record.inFlight), async (document) => {
      const done = await scan.each(document)
      count(done)
      return done
    })
    record = await scan.store.save({ ...record, changed, inFlight: [] })
  }
  const handout = new Handout(scan, record, () => changed)
  try {
    await scan.run(handout.documents(), async (document) => {
      const done = await scan.each(document)
      count(done)
      handout.finished(document)
      return done
    })
  } catch (failure) {
    // Whatever stopped it, the record names what was not done (nothing, when it was the budget):
    // written once the page being read ahead is recorded, so that it is the last word.
    await handout.settled()
    await scan.store.save(handout.current()).catch(() => undefined)
    throw failure
  }
  record = await scan.store.save({
    ...handout.current(),
    status: 'done',
    inFlight: [],
    exhausted: true
  })
  return record.changed
}

/** Where the pages read so far end: the record's place in the query. */
type Position = Pick<ScanProgress, 'continuation' | 'exhausted' | 'seen'>

/**
 * Hands the query's documents out page by page, each page recorded before its first document,
 * the next one read and recorded while the last is handed out.
 */
class Handout<T> {
  /** Handed out (or about to be) and not finished, by id and partition key. */
  private readonly pending = new Map<string, InFlight>()
  /** The page read ahead, not yet handed out: in flight in the record all the same. */
  private ahead: InFlight[] = []
  /** Moves with `ahead`: a record made at any moment names a consistent place. */
  private position: Position
  /** The next page, being read and recorded; undefined when none is. */
  private next: Promise<Page<T> | undefined> | undefined

  constructor(
    private readonly scan: ResumableScan<T>,
    private record: ScanProgress,
    /** Documents changed so far, over every run. */
    private readonly changed: () => number
  ) {
    const { continuation, exhausted, seen } = record
    this.position = { continuation, exhausted, seen }
  }

  async *documents(): AsyncGenerator<T> {
    if (this.record.exhausted) return
    const pages = this.scan.pages(this.record.continuation ?? undefined)[Symbol.asyncIterator]()
    this.readAhead(pages)
    for (;;) {
      const page = await this.next
      this.next = undefined
      if (page === undefined) return
      for (const key of this.ahead) this.pending.set(keyName(key), key)
      this.ahead = []
      const through = this.position
      if (page.continuation !== undefined) this.readAhead(pages)
      yield* page.documents
      const handedOut = { ...this.current(), ...through }
      this.scan.report(handedOut)
      if (page.continuation === undefined) return
      const stop = this.stopAfter(handedOut)
      if (stop !== undefined) {
        await this.unread(through)
        throw stop
      }
    }
  }

  /** Starts reading and recording the next page; its failure is met where it is awaited. */
  private readAhead(pages: AsyncIterator<Page<T>>): void {
    this.next = this.read(pages)
    this.next.catch(() => undefined)
  }

  /**
   * Reads the next page and records it, in flight as a whole, before any of its documents is
   * handed out: a run that ends before handing all of it out leaves the rest recorded.
   */
  private async read(pages: AsyncIterator<Page<T>>): Promise<Page<T> | undefined> {
    const next = await pages.next()
    if (next.done === true) return undefined
    const page = next.value
    this.ahead = page.documents.map(this.scan.keyOf)
    this.position = {
      continuation: page.continuation ?? null,
      exhausted: page.continuation === undefined,
      seen: this.position.seen + page.documents.length
    }
    this.record = await this.scan.store.save(this.current())
    return page
  }

  /** Puts back the page read ahead, once it is: a stop leaves it to the next run's query. */
  private async unread(through: Position): Promise<void> {
    await this.settled()
    this.next = undefined
    this.ahead = []
    this.position = through
  }

  /**
   * The run's stop, when it says to stop once the documents of `record` are handed out: its
   * message says how far the call got, at what rate, and how long the rest would take.
   */
  private stopAfter(record: ScanProgress): unknown {
    const { helper, container } = record
    try {
      this.scan.stop.check(
        () =>
          `${helper} on '${container}' stopped after ${this.scan.report.phrase(record)}; recorded to continue from there`
      )
      return undefined
    } catch (stop) {
      return stop
    }
  }

  finished(document: T): void {
    this.pending.delete(keyName(this.scan.keyOf(document)))
  }

  /** Once the page being read ahead, if any, is recorded (or has failed). */
  async settled(): Promise<void> {
    await this.next?.catch(() => undefined)
  }

  /** The record as it stands: what is pending or read ahead is in flight. */
  current(): ScanProgress {
    return {
      ...this.record,
      ...this.position,
      inFlight: [...this.pending.values(), ...this.ahead],
      changed: this.changed()
    }
  }
}

const keyName = (key: InFlight): string => JSON.stringify([key.id, key.partitionKey])

/** The documents in flight when a run stopped that it had not written: still at that version. */
async function unwritten<T>(scan: ResumableScan<T>, inFlight: readonly InFlight[]): Promise<T[]> {
  const left: (T | undefined)[] = []
  await forEachLimited(inFlight.entries(), REREADS_IN_FLIGHT, async ([index, key]) => {
    const current = await scan.reread(key)
    if (current !== undefined && scan.keyOf(current).etag === key.etag) left[index] = current
  })
  return left.filter((document) => document !== undefined)
}
