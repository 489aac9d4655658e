/**
 * The run's time was spent (max-run-minutes): the work stopped at a point it records, so that the
 * next run continues from there.
 */
export class OutOfTime extends Error {
  constructor(where: string | undefined) {
    super(
      `the run's time budget (max-run-minutes) was spent${where === undefined ? '' : `: ${where}`}`
    )
    this.name = 'OutOfTime'
  }
}

/** Whether the time budget stopped the work, whatever it was wrapped in since. */
export function isOutOfTime(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if (cause instanceof OutOfTime) return true
  return false
}

/**
 * The run's time budget: when it ends, in milliseconds on `now`'s clock (performance.now(): from
 * the process's start, which is the step's); undefined: no budget. Work asks between units it
 * can resume from, never in the middle of one.
 */
export class TimeBudget {
  constructor(
    readonly endsAt: number | undefined,
    private readonly now: () => number = () => performance.now()
  ) {}

  get spent(): boolean {
    return this.endsAt !== undefined && this.now() >= this.endsAt
  }

  /** Throws OutOfTime, saying where the work stopped, once the budget is spent. */
  check(where?: () => string): void {
    if (this.spent) throw new OutOfTime(where?.())
  }
}
