/**
 * How fast the job's bulk work spends request units. A container serves its provisioned RU/s and
 * answers 429 beyond it: sending faster only buys throttles, which production traffic on the
 * same partitions shares. So the work is paced: at the `ceiling` a user set (seed-ru-per-second),
 * and, once the service has throttled, at the rate it was seen to accept, cut on each throttle
 * and raised a little each quiet second, as the SDKs' own congestion control does for bulk.
 */
export interface GovernorOptions {
  /** RU/s never to exceed (0: no limit but the service's). */
  readonly ceiling: number
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * Under a ceiling the pace keeps this far below it, for charges it could not know in advance:
 * a user's budget must hold over any 5 seconds; a container's own RU/s has a second of burst in
 * each partition's budget to absorb what the estimate missed.
 */
const CEILING_MARGIN = 0.95
const PROVISIONED_MARGIN = 0.98
/** Each throttle cuts the rate to this share; quiet seconds raise it by INCREASE. */
const DECREASE = 0.85
const INCREASE = 1.05
/** Successes within this window tell the rate the service accepted when it first throttles. */
const WINDOW_MS = 2000
/**
 * How far ahead of the pace a send may go: waits shorter than a timer's resolution would each
 * cost a millisecond or more, and one-document writes (the helpers') would run at a fraction of
 * the rate. A 5-second window holds at most 1% more for it.
 */
const BURST_MS = 50
/** A request's share of a second's budget, at most: smaller sends keep the pace even. */
export const SEND_SECONDS = 0.2

export class ThroughputGovernor {
  /** RU/s allowed now; Infinity until a ceiling or a throttle sets one. */
  private rate: number
  /** When the spending so far will have been paid for at the current rate (GCRA's clock). */
  private paidUntil = 0
  private pausedUntil = 0
  /** The send whose turn it is; the next waits for it. */
  private turn: Promise<void> = Promise.resolve()
  /** The rate throttles never cut below. */
  private floor = 0
  /** Just under the container's provisioned RU/s, where known: quiet seconds never go above. */
  private known = Infinity
  private lastChange: number
  private readonly startedAt: number
  private readonly accepted: { at: number; ru: number }[] = []
  /** Operations and request units settled, for the estimate of the next send. */
  private settledOperations = 0
  private settledRu = 0
  /** Throttles seen, and the operations they concerned. */
  throttledOperations = 0

  constructor(private readonly options: GovernorOptions) {
    this.rate = options.ceiling > 0 ? options.ceiling * CEILING_MARGIN : Infinity
    this.floor = this.rate / 10
    this.lastChange = options.now()
    this.startedAt = this.lastChange
  }

  /** True once a rate applies: sends go in pieces a fraction of a second's budget each. */
  get limited(): boolean {
    return Number.isFinite(this.rate)
  }

  /**
   * The RU/s the next container is provisioned with, where known: the pace starts just under it
   * rather than at the first throttle. What was learned of another container is dropped.
   */
  expect(ruPerSecond: number | undefined): void {
    this.known =
      ruPerSecond !== undefined && ruPerSecond > 0 ? ruPerSecond * PROVISIONED_MARGIN : Infinity
    this.rate = this.capped(Infinity)
    this.floor = this.rate / 10
    this.lastChange = this.options.now()
  }

  /** The request units a send of `operations` operations is likely to spend. */
  estimate(operations: number): number {
    const perOperation = this.settledOperations > 0 ? this.settledRu / this.settledOperations : 10
    return operations * perOperation
  }

  /** Operations per send that keep each one within SEND_SECONDS of the rate (at least 1). */
  operationsPerSend(): number {
    if (!this.limited) return Infinity
    return Math.max(1, Math.floor((this.rate * SEND_SECONDS) / this.estimate(1)))
  }

  /**
   * Waits for this send's turn: senders go one after another, each once the spending before it
   * is paid for at the rate (and any pause for a throttle is over). `cost` is asked at the turn,
   * so that a send waiting behind others is priced with what they taught; returns what it was
   * charged, for `settled`.
   */
  admit(cost: number | (() => number)): Promise<number> {
    const mine = this.turn.then(async () => {
      for (;;) {
        const now = this.options.now()
        const wait = Math.max(
          this.pausedUntil - now,
          this.limited ? this.paidUntil - now - BURST_MS : 0
        )
        if (wait <= 0) break
        await this.options.sleep(wait)
      }
      const ru = typeof cost === 'number' ? cost : cost()
      this.charge(ru)
      return ru
    })
    this.turn = mine.then(
      () => undefined,
      () => undefined
    )
    return mine
  }

  /** Spending the pace must make up for: reads, which are charged once they are done. */
  charge(ru: number): void {
    if (this.limited)
      this.paidUntil = Math.max(this.options.now(), this.paidUntil) + (ru / this.rate) * 1000
  }

  /** Whether sends are priced from what earlier ones cost, not from a first guess. */
  get calibrated(): boolean {
    return this.settledOperations > 0
  }

  /**
   * A send's operations done: `ru` is what they cost, as the service charged it, against the
   * `estimated` it was admitted with. What it cost beyond the estimate is paid. What it cost
   * less is not given back for a calibrated estimate: the sends priced under what they cost,
   * paid only now, are balanced by those priced over it (given back, a 5-second window went over
   * a seed-ru-per-second budget). A `guessed` estimate, priced before anything was known, is
   * given back where no ceiling applies (the container's RU/s, known or learned: each partition
   * holds a second's burst): the first second's sends all carry the same guess.
   */
  settled(operations: number, ru: number, estimated = ru, guessed = false): void {
    this.charge(Math.max(0, ru - estimated))
    // Under a user's ceiling nothing is given back: it must hold over any 5 s, and a refund
    // spent at once went over it (2,029 RU/s for 2,000 in one bench run).
    if (guessed && this.limited && this.options.ceiling === 0 && ru < estimated) {
      const refund = ((estimated - ru) / this.rate) * 1000
      this.paidUntil = Math.max(this.options.now(), this.paidUntil - refund)
    }
    const now = this.options.now()
    this.settledOperations += operations
    this.settledRu += ru
    this.accepted.push({ at: now, ru })
    while ((this.accepted[0]?.at ?? now) < now - WINDOW_MS) this.accepted.shift()
    if (this.limited && now - this.lastChange >= 1000) {
      this.rate = this.capped(this.rate * INCREASE)
      this.lastChange = now
    }
  }

  /**
   * Operations throttled with the service's retry-after: every sender pauses that long once.
   * The first throttle sets the rate to what the service was seen to accept; later ones cut it
   * by DECREASE, at most once a second (a throttled batch is one signal, not one per operation),
   * never below a tenth of the first: a storm of 429s is the pause's to ride out.
   */
  throttled(operations: number, retryAfterMs: number): void {
    const now = this.options.now()
    this.throttledOperations += operations
    this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs)
    if (this.limited) {
      this.paidUntil = Math.max(this.paidUntil, now + retryAfterMs)
      if (now - this.lastChange < Math.max(retryAfterMs, 1000)) return
      this.rate = Math.max(this.floor, this.capped(this.rate * DECREASE))
    } else {
      const span = Math.min(WINDOW_MS, Math.max(250, now - this.startedAt)) / 1000
      const seen = this.accepted.reduce((sum, entry) => sum + entry.ru, 0) / span
      // Nothing accepted yet says nothing of the rate: the pause alone answers it.
      if (seen <= 0) return
      this.rate = this.capped(seen)
      this.floor = this.rate / 10
      this.paidUntil = now + retryAfterMs
    }
    this.lastChange = now
  }

  private capped(rate: number): number {
    const ceiling = this.options.ceiling > 0 ? this.options.ceiling * CEILING_MARGIN : Infinity
    return Math.min(rate, ceiling, this.known)
  }
}
