import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Heap in use past the level the last collection left that starts the next one. What is in
 * flight survives a collection and raises the level with it, so the headroom is garbage only.
 * Measured (bench/memory.ts, 100,000 / 500,000 / 1,000,000 small lines, medians of three, a
 * container of one partition key range): 32 MiB peaked at 62, 71 and 56 MiB in a full bench run
 * (53, 56 and 57 in a run of the memory bench alone), the peak moving with how much was in flight
 * at the last collection; 16 MiB at 40, 42 and 44 in a full run (37, 38 and 41 alone), seeding
 * 1 KB documents 5% slower (bench/seed.ts). While executeBulkOperations held every operation for
 * a second, 16 MiB was collected so often that the time cap let the heap run away (127 MiB at
 * 500,000 lines); it still writes to containers of several ranges, which the bench does not
 * measure.
 */
export const HEAP_HEADROOM = 16 * 1024 * 1024
/** How often the heap is looked at while a pass runs. */
const WATCH_MS = 50
/** V8's own factor (`node --v8-options`), put back once a pass ends. */
const DEFAULT_GROWTH_FACTOR = 2

/**
 * A young generation larger than this when a pass starts is given back first: past it, its size
 * is what it happened to grow to before (up to 128 MiB here, two semi-spaces of 64), the largest
 * part of a peak's spread.
 */
export const YOUNG_GENERATION_LIMIT = 16 * 1024 * 1024

/**
 * V8's full collection (its `gc` extension). The 'last-resort' flavour collects all it can and
 * gives back the young generation's pages, which a regular one keeps.
 */
export type Collect = (options?: {
  type: 'major'
  execution: 'sync'
  flavor: 'regular' | 'last-resort'
}) => void

/**
 * Where seeding's memory went, measured while it wrote through executeBulkOperations alone
 * (bench/memory.ts, 500,000 small NDJSON documents, Node 24): a peak of 345 MiB above the
 * connected process, with 257 MiB of V8 heap in use and a young generation of 128 MiB, while
 * what was alive stayed under 50 MiB (a full collection twice a second; `--max-old-space-size=64`
 * seeded the same file in 88 MiB). The rest was garbage:
 *  - in the old generation: every document, its bulk operation, the SDK's promise, retry
 *    policies and diagnostics for it, and its request body live through a bulk call (a second at
 *    least), so they outlive two young collections and die old; V8 collects the old generation
 *    only once it reaches its first limit (about 256 MiB where memory is plenty, as on a runner);
 *  - in the young generation: so much surviving makes V8 double it up to 2 × 64 MiB, and only a
 *    collection under memory pressure gives it back (a 'last-resort' one: measured as every
 *    collection of a pass, it cost a third of the seeding's rate).
 * The action cannot pass Node flags (the runner starts it). So while a pass runs, the young
 * generation keeps the size it has (V8 reads its growth factor each time it would grow it), and
 * a full collection runs once the heap in use has grown by HEAP_HEADROOM since the last one: a
 * few tens of milliseconds, and never more than a tenth of the time, so that a process holding
 * much else (the benchmarks' local cloud holds every document written) is not collected over and
 * over for little. A young generation past YOUNG_GENERATION_LIMIT is given back before the pass.
 * Measured with a headroom of 32 MiB (the memory bench alone, medians of three): 53, 56 and 57
 * MiB at 100,000, 500,000 and 1,000,000 lines; keeping whatever young generation a pass found,
 * 56, 68 and 83.
 */
export async function* withinHeapCeiling<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  // First: the ceiling starts from the level this collection leaves.
  giveBackYoungGeneration()
  const heap = new HeapCeiling()
  setFlagsFromString('--semi-space-growth-factor=1')
  // The heap grows between two items too (the SDK's work for a bulk call): a timer watches it.
  const timer = setInterval(() => heap.check(), WATCH_MS)
  timer.unref()
  try {
    yield* items
  } finally {
    clearInterval(timer)
    setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`)
  }
}

export interface HeapCeilingParameters {
  readonly headroom: number
  /** The heap in use, in bytes. */
  readonly used: () => number
  readonly collect: Collect
  /** Milliseconds, for the time collections take. */
  readonly clock: () => number
}

/** A full collection whenever the heap in use has grown by the headroom since the last one. */
export class HeapCeiling {
  private readonly parameters: HeapCeilingParameters
  private level: number
  /** When the time collections have taken allows the next one. */
  private notBefore = 0

  /** The heap and the collection are V8's unless a test gives its own. */
  constructor(parameters: Partial<HeapCeilingParameters> = {}) {
    this.parameters = {
      headroom: parameters.headroom ?? HEAP_HEADROOM,
      used: parameters.used ?? (() => getHeapStatistics().used_heap_size),
      collect: parameters.collect ?? fullCollection(),
      clock: parameters.clock ?? (() => performance.now())
    }
    this.level = this.parameters.used()
  }

  /**
   * Collects when the heap in use has grown by the headroom since the last collection, unless
   * collections would take more than a tenth of the time.
   */
  check(): void {
    const { headroom, used, collect, clock } = this.parameters
    const started = clock()
    if (started < this.notBefore || used() - this.level < headroom) return
    collect()
    this.level = used()
    const ended = clock()
    this.notBefore = ended + (ended - started) * 9
  }
}

/** Whether V8 gives the young generation back when asked (a V8 that ignores the flavour won't). */
export interface YoungGenerationState {
  givesBack: boolean
}

const v8YoungGeneration: YoungGenerationState = { givesBack: true }

/**
 * Collects all V8 can, giving back the young generation, when that has grown past
 * YOUNG_GENERATION_LIMIT: tens of milliseconds, paid once a seed in the usual case (the young
 * generation stays small within a pass). Once it is seen not to give it back, it is not asked
 * again. True when it collected.
 */
export function giveBackYoungGeneration(
  youngGeneration: () => number = youngGenerationSize,
  collect: Collect = fullCollection(),
  state: YoungGenerationState = v8YoungGeneration
): boolean {
  if (!state.givesBack || youngGeneration() <= YOUNG_GENERATION_LIMIT) return false
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  state.givesBack = youngGeneration() <= YOUNG_GENERATION_LIMIT
  return true
}

/** The young generation's size now, in bytes (V8's new space). */
export function youngGenerationSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0
}

let v8Collect: Collect | undefined

/** V8's full collection, made once. */
function fullCollection(): Collect {
  return (v8Collect ??= exposedCollection())
}

/**
 * V8's full collection. `--expose-gc` set at run time applies to contexts made after it: a new
 * one hands out its `gc`, the flag is unset again, and the action's own global stays as it was
 * (jest-leak-detector asks for it the same way).
 */
function exposedCollection(): Collect {
  const exposed = (globalThis as { gc?: Collect }).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  try {
    const collect: unknown = runInNewContext('typeof gc === "function" ? gc : undefined')
    // A Node that no longer hands it out leaves V8 to collect on its own: more memory, no harm.
    return typeof collect === 'function' ? (collect as Collect) : () => undefined
  } catch {
    return () => undefined
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
}
