/** What a fault rule sees of a request (authenticated and authorized already). */
export interface CosmosRequestInfo {
  method: string
  path: string
  action?: string
  actions: string[]
  scope?: string
  principalId?: string
}

export type FaultKind = 'throttle' | 'unavailable' | 'timeout' | 'reset' | 'gone'

export interface FaultOptions {
  /** How many matching requests fail. */
  count: number
  /** 429 (substatus 3200), 503, 408, a destroyed socket, or 410 (a partition key range moving). */
  kind: FaultKind
  /** For throttle: the x-ms-retry-after-ms value (default 100). */
  retryAfterMs?: number
  /** For gone: the sub-status (default 1007, a range completing its split). */
  substatus?: number
  /** Only requests this returns true for (default: all). */
  match?: (req: CosmosRequestInfo) => boolean
  /**
   * The share (0..1) of matching requests that fail, spread over them rather than the first
   * `count` in a row; drawn from a seeded generator, so a test sees the same faults each run.
   */
  rate?: number
}

/** Injected faults, consumed first-in first-out by the requests they match. */
export class FaultQueue {
  private rules: { options: FaultOptions; remaining: number }[] = []
  /** A small seeded generator (mulberry32): reproducible fault patterns. */
  private seed = 0x5eed

  private random(): number {
    let t = (this.seed += 0x6d2b79f5)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  add(options: FaultOptions): void {
    if (options.count > 0) this.rules.push({ options, remaining: options.count })
  }

  /** The fault this request gets, if any (consumes one). */
  take(info: CosmosRequestInfo): FaultOptions | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (r.options.match?.(info) ?? true) &&
        (r.options.rate === undefined || this.random() < r.options.rate)
    )
    if (!rule) return undefined
    rule.remaining -= 1
    this.rules = this.rules.filter((r) => r.remaining > 0)
    return rule.options
  }

  clear(): void {
    this.rules = []
  }
}
