import { parseInputs } from './inputs/index.js'
import { Ledger, releaseAbandonedLock, type AbandonedLockOutcome } from './migrate/index.js'
import type { Runtime } from './runtime.js'
import { reconnect } from './session/index.js'

/**
 * The post step's release of the migration lock its run still held: the same inputs and
 * identity as the step (a GitHub token of the post step's own), the ledger, the holder id the
 * step kept. Loaded only by a post step that has such an id, so other jobs' post steps stay quick.
 */
export async function releaseLockOfRun(
  runtime: Runtime,
  holderId: string
): Promise<AbandonedLockOutcome> {
  const inputs = parseInputs(runtime.getInput)
  const client = reconnect(inputs, runtime)
  try {
    const container = client.database(inputs.database).container(inputs.ledgerContainer)
    return await releaseAbandonedLock(await Ledger.open(container), holderId, runtime.now)
  } finally {
    client.dispose()
  }
}
