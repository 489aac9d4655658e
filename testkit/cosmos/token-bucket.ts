/**
 * A budget of request units that refills continuously: at most one second of its rate, refilled
 * at its rate. Cosmos DB resets the RU available to a physical partition every second
 * (learn.microsoft.com, "Diagnose and troubleshoot request rate too large (429) exceptions":
 * "The number of RUs available for use is reset each second"); a bucket holding one second is
 * the same budget without the artificial edge at each whole second. Burst capacity, which lets
 * an idle partition save up to 5 minutes of its RU/s (learn.microsoft.com, "Burst capacity in
 * Azure Cosmos DB"), is off by default on an account and is not modelled.
 */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  /** A full bucket of `ruPerSecond`, read against `now` (milliseconds). */
  constructor(
    readonly ruPerSecond: number,
    private readonly now: () => number
  ) {
    this.tokens = ruPerSecond
    this.updatedAt = now()
  }

  /** One second of the rate: the most the bucket holds. */
  get capacity(): number {
    return this.ruPerSecond
  }

  /** The RU in the bucket now (negative after an operation cost more than was reserved). */
  available(): number {
    const now = this.now()
    const elapsed = Math.max(0, now - this.updatedAt)
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.ruPerSecond) / 1000)
    this.updatedAt = now
    return this.tokens
  }

  /**
   * Milliseconds until the bucket holds `charge` on top of `keep` (0 when it does now). A charge
   * over one second's budget needs a full bucket: Cosmos runs such an operation and the
   * partition owes the rest, rather than refusing it forever.
   */
  waitFor(charge: number, keep = 0): number {
    const needed = Math.min(charge + keep, this.capacity)
    const missing = needed - this.available()
    // Charges have two decimals: a millionth of a millisecond is float noise, not time.
    if (missing <= 1e-9) return 0
    return Math.max(1, Math.ceil((missing * 1000) / this.ruPerSecond - 1e-6))
  }

  /** Takes `charge` out (the bucket may go below zero: the partition then owes it). */
  spend(charge: number): void {
    this.available()
    this.tokens -= charge
  }
}
