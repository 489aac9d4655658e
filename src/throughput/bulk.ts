import type {
  BulkOperationResult,
  Container,
  ErrorResponse,
  ItemDefinition,
  OperationInput
} from '@azure/cosmos'
import { forEachLimited } from '../concurrency.js'
import { backoffMs, isTransientCosmosError, type RetryPolicy } from '../cosmos/transient.js'
import { ActionError } from '../errors.js'
import { sendBulk } from './bulk-calls.js'
import type { ThroughputGovernor } from './governor.js'

/** Fewer writes than this go one by one, POINT_WRITES_IN_FLIGHT at a time, not in a bulk call. */
const POINT_WRITES = 100
const POINT_WRITES_IN_FLIGHT = 16
/**
 * Paced sends in flight at once: a bulk call to several partition key ranges takes a second at
 * least.
 */
const SENDS_IN_FLIGHT = 16
/**
 * Throttled this long without one operation done, the work gives up: twice the SDK's own limit
 * for a throttled request (30 s, Constants.ThrottledRequestMaxWaitTimeInSeconds).
 */
export const STALL_MS = 60_000

/** What running bulk work needs. */
export interface BulkWork {
  /** From a client without the SDK's throttling retries (WorkTraffic.sdkThrottleRetries). */
  readonly container: Container
  readonly governor: ThroughputGovernor
  readonly sleep: (ms: number) => Promise<void>
  /**
   * Rounds in a row that may fail in passing (not throttled) without one operation done, and the
   * backoff between them. Throttled rounds are bounded by time instead (STALL_MS).
   */
  readonly policy: RetryPolicy
  /** A failure of a whole send, explained (a 403 names the role to grant). */
  readonly explain: (error: unknown) => Error
  /** Throws once the job is cancelled: no send starts after that. */
  readonly throwIfCancelled?: (() => void) | undefined
}

/**
 * What to do with one operation's outcome (not a throttle): true when it failed in passing and
 * goes again; a permanent failure throws. `round` counts the rounds before this one.
 */
export type Settle = (result: BulkOperationResult, round: number) => boolean

/**
 * Runs the operations until each is done. Throttled ones go again together once the service's
 * retry-after has passed: a throttled batch costs its retry-after once, not once per operation
 * as the SDK's own bulk retries would. Gives up when rounds stop getting anything done.
 */
export async function runBulk(
  work: BulkWork,
  operations: readonly OperationInput[],
  settle: Settle
): Promise<void> {
  const now = (): number => performance.now()
  let pending = operations
  let fruitless = 0
  let progressAt = now()
  // The last failure that was not a throttle, to say what kept failing if the work gives up.
  let lastFailure: BulkOperationResult | undefined
  for (let round = 0; pending.length > 0; round++) {
    const results = await sendAll(work, pending)
    const again: OperationInput[] = []
    let throttled = 0
    let retryAfterMs = 0
    for (const result of results) {
      if (isThrottle(result)) {
        throttled++
        retryAfterMs = Math.max(retryAfterMs, result.error?.retryAfterInMs ?? 0)
        again.push(result.operationInput)
      } else if (settle(result, round)) {
        again.push(result.operationInput)
        lastFailure = result
      }
    }
    if (again.length < pending.length) progressAt = now()
    fruitless = again.length < pending.length || throttled > 0 ? 0 : fruitless + 1
    if (fruitless > work.policy.retries || now() - progressAt > STALL_MS)
      throw stillFailing(again.length, lastFailure)
    if (throttled > 0)
      work.governor.throttled(throttled, retryAfterMs || backoffMs(fruitless, work.policy.baseMs))
    else if (again.length > 0) await work.sleep(backoffMs(fruitless, work.policy.baseMs))
    pending = again
  }
}

function isThrottle(result: BulkOperationResult): boolean {
  return (result.error?.code ?? result.response?.statusCode) === 429
}

function stillFailing(count: number, last: BulkOperationResult | undefined): ActionError {
  return new ActionError(
    `${count} document(s) were still throttled or failing after rounds that got nothing done (throttled for ${STALL_MS / 1000} s, or failing in passing round after round); the documents before them were written.${lastFailureText(last)} Re-run the job: the work is idempotent.`,
    { cause: last?.error }
  )
}

/** " The last failure: status 410/1008: what the service said." (its first line), or nothing. */
function lastFailureText(last: BulkOperationResult | undefined): string {
  if (last === undefined) return ''
  const status = last.error?.code ?? last.response?.statusCode
  const substatus = last.error?.substatus === undefined ? '' : `/${last.error.substatus}`
  const said = last.error?.message.split(/\r?\n/)[0]?.trim()
  const text = said ? `: ${said.replace(/\.$/, '')}` : ''
  return ` The last failure: status ${String(status)}${substatus}${text}.`
}

/**
 * Sends the operations: at once while nothing limits the pace, else in pieces a fraction of a
 * second's budget each, each admitted by the governor. A send that failed as a whole for a
 * passing reason (a reset) gives its operations back as failed to go again.
 */
async function sendAll(
  work: BulkWork,
  operations: readonly OperationInput[]
): Promise<BulkOperationResult[]> {
  const size = Math.min(operations.length, work.governor.operationsPerSend())
  const pieces: (readonly OperationInput[])[] = []
  for (let start = 0; start < operations.length; start += size)
    pieces.push(operations.slice(start, start + size))
  const results: BulkOperationResult[][] = []
  await forEachLimited(pieces.entries(), SENDS_IN_FLIGHT, async ([index, piece]) => {
    work.throwIfCancelled?.()
    let guessed = false
    const estimated = await work.governor.admit(() => {
      guessed = !work.governor.calibrated
      return work.governor.estimate(piece.length)
    })
    results[index] = await sendPiece(work, piece, { estimated, guessed })
  })
  return results.flat()
}

async function sendPiece(
  work: BulkWork,
  piece: readonly OperationInput[],
  { estimated, guessed }: { estimated: number; guessed: boolean }
): Promise<BulkOperationResult[]> {
  let results: BulkOperationResult[]
  try {
    results = await execute(work.container, piece)
  } catch (error) {
    if (!isTransientCosmosError(error)) throw work.explain(error)
    work.governor.settled(0, 0, estimated, guessed)
    return piece.map((operationInput) => ({ operationInput, error: error as ErrorResponse }))
  }
  const done = results.filter((result) => !isThrottle(result))
  work.governor.settled(
    done.length,
    done.reduce((sum, result) => sum + (result.response?.requestCharge ?? 0), 0),
    estimated,
    guessed
  )
  return results
}

/**
 * Runs operations: a few one by one, some at a time (a bulk call to a container of several
 * partition key ranges takes a second at least, which a dozen documents would spend waiting),
 * more in bulk calls (bulk-calls.ts). Either way, every operation's outcome, never an exception
 * for one of them.
 */
async function execute(
  container: Container,
  operations: readonly OperationInput[]
): Promise<BulkOperationResult[]> {
  if (operations.length >= POINT_WRITES) return sendBulk(container, operations)
  const results: BulkOperationResult[] = []
  await forEachLimited(operations.entries(), POINT_WRITES_IN_FLIGHT, async ([index, input]) => {
    results[index] = await pointWrite(container, input)
  })
  return results
}

async function pointWrite(
  container: Container,
  input: OperationInput
): Promise<BulkOperationResult> {
  const operationInput = input as OperationInput & { resourceBody: ItemDefinition }
  try {
    const response =
      operationInput.operationType === 'Create'
        ? await container.items.create(operationInput.resourceBody)
        : await container.items.upsert(operationInput.resourceBody)
    return {
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
    return { operationInput, error: error as ErrorResponse }
  }
}
