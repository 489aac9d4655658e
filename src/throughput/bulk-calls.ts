import type {
  BulkOperationResponse,
  BulkOperationResult,
  Container,
  CosmosClient,
  CosmosDiagnostics,
  OperationInput,
  OperationResponse
} from '@azure/cosmos'
import { ErrorResponse } from '@azure/cosmos'
import { forEachLimited } from '../concurrency.js'
import { isTransientCosmosError } from '../cosmos/transient.js'

/**
 * Operations per batch request: the service's limit (Items.bulk's "Limit 100"). A call of
 * Items.bulk to a container of one partition key range is one request, unless its operations
 * come to more than the SDK's 220,201 bytes a request (documents of over 2 KB): it then splits
 * them by size and sends the parts at once.
 */
export const REQUEST_OPERATIONS = 100
/** Batch requests in flight for one call of `sendBulk`. */
const REQUESTS_IN_FLIGHT = 4
/**
 * How long one call of Items.bulk may take: the SDK's own limit for a request (its default
 * `requestTimeout`). A call also re-routes a range that split, again and again with no pause
 * while the service answers that it is completing the split (410/1007, Items.js): past this,
 * its operations go again in the caller's next round, after its backoff.
 */
export const CALL_LIMIT_MS = 60_000

/**
 * Sends the operations in batch requests, and gives back every operation's outcome in their
 * order. Both ways below send the same requests: the service's non-atomic batch of at most 100
 * operations of one partition key range, with `Prefer: return=minimal` (only statuses and charges
 * come back, which halves what crosses the network and what the client parses).
 *
 * - A container of one partition key range (as a container is made with up to 10,000 RU/s, until
 *   its throughput or data outgrow one): in requests of 100, a few at a time, through
 *   `Items.bulk`. It answers as soon as its requests do.
 *   `executeBulkOperations` ends a second after its last operation is added at the soonest
 *   (BulkHelper's intervalForPartialBatchInMs in @azure/cosmos 4.10.1), and holds a copy of each
 *   operation and its diagnostics until then: streamed in calls of thousands, seeding ran at 0.8
 *   of one raw call of all the documents; this way, above it (bench/seed.ts).
 * - A container of several ranges: `executeBulkOperations`, which groups the operations by
 *   range. `Items.bulk` in pieces of 100 would send each range a request of 100 ÷ ranges.
 *
 * `Items.bulk` is deprecated in favour of `executeBulkOperations`. If a major version of the SDK
 * drops it, this file's first way goes and the second stays; nothing else changes.
 */
export async function sendBulk(
  container: Container,
  operations: readonly OperationInput[],
  callLimitMs = CALL_LIMIT_MS
): Promise<BulkOperationResult[]> {
  if ((await rangesOf(container)) === 1) return sendInRequests(container, operations, callLimitMs)
  return container.items.executeBulkOperations([...operations], {
    contentResponseOnWriteEnabled: false
  })
}

/**
 * Partition key ranges of each container, by client and container address: one small metadata
 * read per container and run. After a split the count read stays 1: Items.bulk re-routes the
 * operations of a range that is gone into requests for the new ranges (at most CALL_LIMIT_MS
 * long), and the 410s it does not re-route go again (sendRequest).
 */
const ranges = new WeakMap<CosmosClient, Map<string, Promise<number>>>()

function rangesOf(container: Container): Promise<number> {
  const client = container.database.client
  let known = ranges.get(client)
  if (known === undefined) ranges.set(client, (known = new Map()))
  let count = known.get(container.url)
  if (count === undefined) {
    count = container
      .readPartitionKeyRanges()
      .fetchAll()
      .then((read) => read.resources.length)
    // A failed read is not remembered: the next call reads again.
    count.catch(() => known.delete(container.url))
    known.set(container.url, count)
  }
  return count
}

async function sendInRequests(
  container: Container,
  operations: readonly OperationInput[],
  callLimitMs: number
): Promise<BulkOperationResult[]> {
  const results: BulkOperationResult[] = []
  const starts: number[] = []
  for (let start = 0; start < operations.length; start += REQUEST_OPERATIONS) starts.push(start)
  await forEachLimited(starts, REQUESTS_IN_FLIGHT, async (start) => {
    const piece = operations.slice(start, start + REQUEST_OPERATIONS)
    const outcomes = await sendRequest(container, piece, callLimitMs)
    for (let index = 0; index < piece.length; index++) results[start + index] = outcomes[index]!
  })
  return results
}

/**
 * One batch request. A request failed as a whole for a passing reason (a throttle, a reset, a
 * range moving, the call's time spent) gives each of its operations that failure, to go again;
 * any other failure is thrown as the service gave it (Items.bulk wraps it in an Error of its
 * own, its `cause`). A request Items.bulk split by size fails whole when one part does: the
 * parts that were written go again too, which upserts and creates (a 409 on a later round) both
 * allow.
 */
async function sendRequest(
  container: Container,
  piece: OperationInput[],
  callLimitMs: number
): Promise<BulkOperationResult[]> {
  const deadline = AbortSignal.timeout(callLimitMs)
  let answers: BulkOperationResponse
  try {
    // Deprecated in favour of executeBulkOperations: see sendBulk for why it is used here.
    answers = await container.items.bulk(
      piece,
      { continueOnError: true },
      { contentResponseOnWriteEnabled: false, abortSignal: deadline }
    )
  } catch (wrapped) {
    const error = deadline.aborted
      ? Object.assign(new ErrorResponse(`A bulk call took more than ${callLimitMs} ms.`), {
          code: 408
        })
      : ((wrapped as { cause?: unknown }).cause ?? wrapped)
    if (!isTransientCosmosError(error)) throw error
    return piece.map((operationInput) => ({ operationInput, error: error as ErrorResponse }))
  }
  return piece.map((operationInput, index) =>
    outcomeOf(operationInput, answers[index], answers.diagnostics)
  )
}

/**
 * One operation's answer in executeBulkOperations' shape (BulkResponse.js): a success as a
 * response, a failure as an error with the service's status, sub-status and retry-after.
 */
function outcomeOf(
  operationInput: OperationInput,
  answer: OperationResponse | undefined,
  diagnostics: CosmosDiagnostics
): BulkOperationResult {
  const status = answer?.statusCode
  if (answer !== undefined && status !== undefined && status >= 200 && status < 300)
    return { operationInput, response: { ...answer, diagnostics } }
  const raw = (answer ?? {}) as Partial<OperationResponse> & Record<string, unknown>
  const error = new ErrorResponse(
    typeof raw['message'] === 'string' ? raw['message'] : `status ${String(status)}`
  )
  // Only what the service said: a missing status stays missing, for the caller to judge.
  Object.assign(error, {
    code: status,
    substatus: raw['subStatusCode'],
    requestCharge: raw.requestCharge,
    retryAfterInMs: raw['retryAfterMilliseconds'],
    body: raw.resourceBody
  })
  error.diagnostics = diagnostics
  return { operationInput, error }
}
