import type {
  BulkOperationResult,
  Container,
  ErrorResponse,
  ItemDefinition,
  OperationInput
} from '@azure/cosmos'
import { explainCosmosError } from '../cosmos/index.js'
import { backoffMs, isTransientCosmosError, RETRY_POLICIES } from '../cosmos/transient.js'
import { forEachLimited } from '../concurrency.js'
import { ActionError } from '../errors.js'
import type { Logger } from '../runtime.js'
import type { SeedCounts } from './counts.js'
import type { Charge } from './lookups.js'
import { scopeOf, type RequestContext } from './requests.js'

/** Writes this few go one by one, this many at a time, rather than in a bulk call. */
const POINT_WRITES = 100
const POINT_WRITES_IN_FLIGHT = 16

/**
 * Runs bulk operations; those throttled or failed transiently past the SDK's own retries go
 * again, alone, with backoff, until done or out of rounds. Permanent failures fail the run,
 * explained (a 403 names the role to grant).
 */
export async function executeWithRetries(
  context: RequestContext & { readonly log: Logger; readonly ownEtags?: Set<string> | undefined },
  container: Container,
  operations: OperationInput[],
  count: SeedCounts,
  charge: Charge
): Promise<void> {
  const { retries, baseMs } = RETRY_POLICIES.seeding
  let pending = operations
  for (let round = 0; pending.length > 0; round++) {
    let results
    try {
      results = await execute(container, pending)
    } catch (error) {
      if (round >= retries || !isTransientCosmosError(error))
        throw explainCosmosError(error, context.errorContext, scopeOf(container))
      await context.sleep(backoffMs(round, baseMs))
      continue
    }
    const again = results.filter((result) =>
      needsAnotherRound(context, container, result, round, count, charge)
    )
    // The etags of the seed's own writes tell them apart from others' in the change feed.
    for (const result of results)
      if (result.response?.eTag !== undefined) context.ownEtags?.add(result.response.eTag)
    if (again.length > 0 && round >= retries) {
      throw new ActionError(
        `${again.length} document(s) were still throttled or failing after ${retries} retries; the documents before them were written. Re-run the job: seeding is idempotent.`
      )
    }
    if (again.length > 0) {
      context.log.debug(`Retrying ${again.length} document(s) (round ${round + 1}).`)
      await context.sleep(backoffMs(round, baseMs))
    }
    pending = again.map((result) => result.operationInput)
  }
}

/**
 * Counts one operation's outcome: true when it failed transiently and goes again; a permanent
 * failure fails the run, explained.
 */
function needsAnotherRound(
  context: RequestContext,
  container: Container,
  result: BulkOperationResult,
  round: number,
  count: SeedCounts,
  charge: Charge
): boolean {
  const status = result.error?.code ?? result.response?.statusCode
  charge.total += result.response?.requestCharge ?? chargeOf(result.error)
  if (result.error === undefined && typeof status === 'number' && status < 400) return false
  if (status === 409 && result.operationInput.operationType === 'Create') {
    // Created meanwhile by someone else: inserting leaves it alone. On a retry, our own
    // earlier attempt may have created it (its answer was lost): then it stays created.
    if (round === 0) {
      count.created--
      count.unchanged++
    }
    return false
  }
  if (
    status === undefined ||
    (result.error !== undefined
      ? isTransientCosmosError(result.error)
      : isTransientCosmosError({ code: status }))
  ) {
    return true
  }
  throw explainCosmosError(
    result.error ?? Object.assign(new Error(`status ${String(status)}`), { code: status }),
    context.errorContext,
    scopeOf(container)
  )
}

/**
 * Runs operations: a few one by one, some at a time (a bulk call takes a second at least, which a
 * dozen documents would spend waiting), more in one bulk call. Either way, every operation's
 * outcome, never an exception for one of them.
 */
async function execute(
  container: Container,
  operations: readonly OperationInput[]
): Promise<BulkOperationResult[]> {
  if (operations.length > POINT_WRITES)
    return container.items.executeBulkOperations([...operations])
  const results: BulkOperationResult[] = []
  await forEachLimited(operations.entries(), POINT_WRITES_IN_FLIGHT, async ([index, input]) => {
    const operationInput = input as OperationInput & { resourceBody: ItemDefinition }
    try {
      const response =
        operationInput.operationType === 'Create'
          ? await container.items.create(operationInput.resourceBody)
          : await container.items.upsert(operationInput.resourceBody)
      results[index] = {
        operationInput,
        response: {
          statusCode: response.statusCode,
          requestCharge: response.requestCharge,
          eTag: response.etag,
          diagnostics: response.diagnostics
        }
      }
    } catch (error) {
      // A status goes back to the caller, like a bulk result; anything else that is not a
      // passing fault (a bug, a refused certificate) ends the run with its own message.
      if (typeof (error as { code?: unknown }).code !== 'number' && !isTransientCosmosError(error))
        throw error
      results[index] = { operationInput, error: error as ErrorResponse }
    }
  })
  return results
}

/** What a failed write cost: bulk errors carry it, point errors in their headers. */
function chargeOf(error: ErrorResponse | undefined): number {
  if (error === undefined) return 0
  const charge = error.requestCharge ?? Number(error.headers?.['x-ms-request-charge'] ?? 0)
  return Number.isFinite(charge) ? charge : 0
}
