import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Growth of V8's heap (committed, young generation included) since the last collection that
 * starts the next one: what is in flight (three bulk calls of 5,000 documents and the SDK's
 * state for each) lives well under it.
 */
export const HEAP_HEADROOM = 32 * 1024 * 1024

/** V8's full collection, with options (its `gc` extension). */
export type Collect = (options?: { type: 'major'; flavor: 'last-resort' }) => void

/**
 * Keeps seeding's heap near what it holds alive, whatever the file's size.
 *
 * Measured (bench/memory.ts, 500,000 small NDJSON documents, Node 24): the peak was 345 MiB
 * above the connected process, with 257 MiB of V8 heap in use, while what was alive stayed under
 * 50 MiB (a full collection twice a second; `--max-old-space-size=64` seeded the same file in
 * 88 MiB). The rest was garbage, in two places:
 *  - the old generation: every document, its bulk operation, the SDK's promise, retry policies
 *    and diagnostics for it, and its request body live through a bulk call (a second at least),
 *    so they outlive two young collections and die old; V8 collects the old generation only once
 *    it reaches its first limit (about 256 MiB where memory is plenty, as on a runner);
 *  - the young generation: so much surviving makes V8 grow it to its most, 2 × 64 MiB
 *    committed, which a regular full collection does not give back.
 * The action cannot pass Node flags (the runner starts it), so it asks for a full collection
 * itself once the heap has grown by HEAP_HEADROOM since the last one, of the kind V8 runs under
 * memory pressure ('last-resort'), which also shrinks the young generation. Each takes a few tens
 * of milliseconds, a handful per 100,000 small documents.
 */
/** How often a HeapCeiling looks at the heap's size while it watches. */
const WATCH_MS = 50

/**
 * The items, with the heap kept under its ceiling from the first one asked for until the last
 * is handed on (or the consumer stops): a timer looks at it, as the SDK's work between two items
 * (a bulk call takes a second at least) grows it as much as the items do.
 */
export async function* withinHeapCeiling<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const heap = new HeapCeiling()
  const timer = setInterval(() => heap.check(), WATCH_MS)
  // A watch never keeps the process alive by itself.
  timer.unref()
  try {
    yield* items
  } finally {
    clearInterval(timer)
  }
}

export class HeapCeiling {
  private readonly headroom: number
  private readonly committed: () => number
  private readonly collect: Collect
  private level: number

  /** The heap's size and the collection are V8's unless a test gives its own. */
  constructor(parameters: Partial<HeapCeilingParameters> = {}) {
    this.headroom = parameters.headroom ?? HEAP_HEADROOM
    this.committed = parameters.committed ?? committedHeap
    this.collect = parameters.collect ?? fullCollection()
    this.level = this.committed()
  }

  /** Collects when the heap has grown by the headroom since the last collection. */
  check(): void {
    if (this.committed() - this.level < this.headroom) return
    this.collect({ type: 'major', flavor: 'last-resort' })
    this.level = this.committed()
  }
}

export interface HeapCeilingParameters {
  readonly headroom: number
  /** The heap's committed size, in bytes. */
  readonly committed: () => number
  readonly collect: Collect
}

function committedHeap(): number {
  return getHeapStatistics().total_heap_size
}

/**
 * V8's full collection. `--expose-gc` set at run time applies to contexts made after it: a new
 * one hands out its `gc`, the flag is unset again, and the action's own global stays as it was
 * (jest-leak-detector asks for it the same way).
 */
function fullCollection(): Collect {
  const exposed = (globalThis as { gc?: Collect }).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  try {
    return runInNewContext('gc') as Collect
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
}
