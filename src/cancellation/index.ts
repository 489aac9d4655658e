import { ActionError, describeError } from '../errors.js'

/**
 * A cancelled job, as the runner cancels it: SIGINT to the step's process, SIGTERM 7.5 s later,
 * SIGKILL 2.5 s after that (actions/runner, src/Runner.Sdk/ProcessInvoker.cs: _sigintTimeout
 * and _sigtermTimeout). The first signal stops new work: the writes in flight settle and the run
 * ends the way a failure does, recording what it was doing. When that has not happened by the
 * second signal (or GRACE_MS after the first, for whoever sends only one), the run is abandoned:
 * what must not be left behind (the migration lock, a ledger entry `running`) is cleaned up by
 * the handlers registered for it, and the process exits before the kill.
 */

/** How long after the first signal a run that has not wound down is abandoned. */
export const GRACE_MS = 6000
/** How long the clean-up of an abandoned run may take, each handler at most. */
export const ABANDON_MS = 1500

/** The work stopped because the job was cancelled. */
export class CancelledError extends ActionError {
  constructor(
    readonly signal: string,
    what = 'stopped before starting more work'
  ) {
    super(`Cancelled (${signal}): ${what}.`)
  }
}

/** What the run's work consults to stop, and registers to clean up if it must be abandoned. */
export interface Cancellation {
  /** Aborted at the first signal; its reason is the CancelledError. */
  readonly signal: AbortSignal
  /** Throws the CancelledError once the job is cancelled: called before starting work. */
  throwIfCancelled(): void
  /**
   * Registers what an abandoned run must still do (release a lock, record an interruption).
   * Handlers run last-registered first, like unwinding; returns a function that unregisters.
   */
  onAbandon(cleanup: () => Promise<void>): () => void
}

/** For runs nobody can cancel (tests, previews): never aborted, handlers never run. */
export function neverCancelled(): Cancellation {
  return cancellationOf(new AbortController().signal, [])
}

export interface SignalParameters {
  /** Where the signals arrive: `process`. */
  readonly on: (signal: 'SIGINT' | 'SIGTERM', listener: () => void) => void
  readonly log: (message: string) => void
  /** Ends the process, after the clean-up: `process.exit`. */
  readonly exit: (code: number) => void
  readonly graceMs?: number
}

/** Cancels on SIGINT or SIGTERM, and abandons the run at the second signal or after the grace. */
export function cancelOnSignals(parameters: SignalParameters): Cancellation {
  const controller = new AbortController()
  const handlers: Array<() => Promise<void>> = []
  let abandoning = false
  const abandon = async (why: string): Promise<void> => {
    if (abandoning) return
    abandoning = true
    parameters.log(`${why}: abandoning the work in flight, cleaning up, exiting.`)
    for (const cleanup of [...handlers].reverse()) await settleWithin(cleanup, parameters.log)
    parameters.exit(1)
  }
  const receive = (signal: 'SIGINT' | 'SIGTERM') => () => {
    if (controller.signal.aborted) return void abandon(`${signal} after cancellation`)
    controller.abort(new CancelledError(signal))
    parameters.log(
      `${signal}: the job is cancelled. Starting no more work; the writes in flight settle, then the run stops.`
    )
    const graceMs = parameters.graceMs ?? GRACE_MS
    setTimeout(
      () => void abandon(`Still running ${graceMs / 1000} s after ${signal}`),
      graceMs
    ).unref()
  }
  parameters.on('SIGINT', receive('SIGINT'))
  parameters.on('SIGTERM', receive('SIGTERM'))
  return cancellationOf(controller.signal, handlers)
}

function cancellationOf(signal: AbortSignal, handlers: Array<() => Promise<void>>): Cancellation {
  return {
    signal,
    throwIfCancelled: () => {
      if (signal.aborted) throw signal.reason
    },
    onAbandon: (cleanup) => {
      handlers.push(cleanup)
      return () => {
        const index = handlers.indexOf(cleanup)
        if (index >= 0) handlers.splice(index, 1)
      }
    }
  }
}

/** Runs one clean-up, giving up on it after ABANDON_MS; its failure is logged, never thrown. */
async function settleWithin(
  cleanup: () => Promise<void>,
  log: (message: string) => void
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log(`A clean-up did not finish within ${ABANDON_MS} ms; left to the post step.`)
      resolve()
    }, ABANDON_MS)
  })
  try {
    await Promise.race([cleanup(), late])
  } catch (error) {
    log(`A clean-up failed: ${describeError(error)}`)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A sleep that ends early, with the CancelledError, once the job is cancelled: retries and waits
 * (a lock held by another run, Entra's propagation) do not hold a cancelled run.
 */
export function cancellableSleep(
  cancellation: Cancellation,
  sleep: (ms: number) => Promise<void>
): (ms: number) => Promise<void> {
  return async (ms) => {
    cancellation.throwIfCancelled()
    let stop: (() => void) | undefined
    const cancelled = new Promise<void>((_, reject) => {
      stop = () => reject(cancellation.signal.reason as Error)
      cancellation.signal.addEventListener('abort', stop, { once: true })
    })
    try {
      await Promise.race([sleep(ms), cancelled])
    } finally {
      if (stop) cancellation.signal.removeEventListener('abort', stop)
    }
  }
}
