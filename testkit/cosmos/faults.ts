/** What a fault rule sees of a request (authenticated and authorized already). */
export interface CosmosRequestInfo {
  method: string
  path: string
  action?: string
  actions: string[]
  scope?: string
  principalId?: string
}

export type FaultKind = 'throttle' | 'unavailable' | 'timeout' | 'reset'

export interface FaultOptions {
  /** How many matching requests fail. */
  count: number
  /** 429 (substatus 3200), 503, 408, or a destroyed socket. */
  kind: FaultKind
  /** For throttle: the x-ms-retry-after-ms value (default 100). */
  retryAfterMs?: number
  /** Only requests this returns true for (default: all). */
  match?: (req: CosmosRequestInfo) => boolean
}

/** Injected faults, consumed first-in first-out by the requests they match. */
export class FaultQueue {
  private rules: { options: FaultOptions; remaining: number }[] = []

  add(options: FaultOptions): void {
    if (options.count > 0) this.rules.push({ options, remaining: options.count })
  }

  /** The fault this request gets, if any (consumes one). */
  take(info: CosmosRequestInfo): FaultOptions | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.options.match?.(info) ?? true))
    if (!rule) return undefined
    rule.remaining -= 1
    this.rules = this.rules.filter((r) => r.remaining > 0)
    return rule.options
  }

  clear(): void {
    this.rules = []
  }
}
