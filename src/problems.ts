import { ActionError } from './errors.js'

/**
 * Problems found while reading the plan, kept so that all of them are reported in one failure:
 * a user told of one mistake at a time would need a run for each.
 */
export class Problems {
  private readonly found: ActionError[] = []

  /** Runs a check; an explained failure is kept and undefined returned, anything else thrown. */
  async check<T>(work: () => Promise<T> | T): Promise<T | undefined> {
    try {
      return await work()
    } catch (error) {
      // Anything not explained is a fault of ours, not of the input: it stops the run as it is.
      if (!(error instanceof ActionError)) throw error
      this.add(error)
      return undefined
    }
  }

  /** Keeps an explained failure; one already kept (the same message) is not repeated. */
  add(error: ActionError): void {
    if (error instanceof ProblemsError) error.problems.forEach((problem) => this.add(problem))
    else if (!this.found.some((known) => known.message === error.message)) this.found.push(error)
  }

  get any(): boolean {
    return this.found.length > 0
  }

  /** Throws what was found: one problem as it is, several together. */
  throwIfAny(): void {
    if (this.found.length === 1) throw this.found[0] as ActionError
    if (this.found.length > 1) throw new ProblemsError(this.found)
  }
}

/**
 * Several problems in one failure, each on its own line with its file and line; the first that
 * names a file and line is the one annotated.
 */
export class ProblemsError extends ActionError {
  readonly problems: readonly ActionError[]

  constructor(problems: readonly ActionError[]) {
    const located = problems.find((problem) => problem.location !== undefined)?.location
    super(
      `${problems.length} problems, each to fix:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`,
      located === undefined ? undefined : { location: located }
    )
    this.problems = problems
  }
}
