import type { BulkOperationResult, Container, ErrorResponse, OperationInput } from '@azure/cosmos'
import { explainCosmosError } from '../cosmos/index.js'
import { isTransientCosmosError, RETRY_POLICIES } from '../cosmos/transient.js'
import { runBulk, type ThroughputGovernor } from '../throughput/index.js'
import type { SeedCounts } from './counts.js'
import type { Charge } from './lookups.js'
import { scopeOf, type RequestContext } from './requests.js'

/** What writing a seed's operations needs beyond a request's context. */
export interface WriteContext extends RequestContext {
  readonly governor: ThroughputGovernor
  readonly throwIfCancelled?: (() => void) | undefined
  /** Collects the etags of the seed's own writes (memory.ts), when a record is kept. */
  readonly ownEtags?: Set<string> | undefined
}

/**
 * Runs bulk operations through the throughput governor (runBulk): throttled ones go again
 * together after the service's retry-after, others failed in passing with backoff. Permanent
 * failures fail the run, explained (a 403 names the role to grant).
 */
export async function executeWithRetries(
  context: WriteContext,
  container: Container,
  operations: OperationInput[],
  count: SeedCounts,
  charge: Charge
): Promise<void> {
  await runBulk(
    {
      container,
      governor: context.governor,
      sleep: context.sleep,
      policy: RETRY_POLICIES.seeding,
      explain: (error) => explainCosmosError(error, context.errorContext, scopeOf(container)),
      throwIfCancelled: context.throwIfCancelled
    },
    operations,
    (result, round) => {
      // The etags of the seed's own writes tell them apart from others' in the change feed.
      if (result.response?.eTag !== undefined) context.ownEtags?.add(result.response.eTag)
      return needsAnotherRound(context, container, result, round, count, charge)
    }
  )
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

/** What a failed write cost: bulk errors carry it, point errors in their headers. */
function chargeOf(error: ErrorResponse | undefined): number {
  if (error === undefined) return 0
  const charge = error.requestCharge ?? Number(error.headers?.['x-ms-request-charge'] ?? 0)
  return Number.isFinite(charge) ? charge : 0
}
