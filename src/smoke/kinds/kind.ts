import type { Container } from '@azure/cosmos'
import type { z } from 'zod'
import type { ActionName } from '../../cosmos/roles.js'
import type { Expectation, LatencyFigures } from '../expect.js'

/** Runs one idempotent request again after a throttle, a 5xx, a 408 or a reset. */
export type Retry = <T>(work: () => Promise<T>) => Promise<T>

/** The request units a check has spent so far. */
export interface Meter {
  requestCharge: number
}

/** What every check is written with, whatever its kind. */
export interface CheckBase {
  readonly name: string
  readonly container: string
}

/** What a check runs against, prepared once by the runner for every kind. */
export interface CheckContext {
  readonly container: Container
  /** The container's partition key paths (`/id` when it declares none). */
  readonly paths: readonly string[]
  readonly retry: Retry
  readonly meter: Meter
  /** A monotonic clock in milliseconds (`performance.now`), for latency figures. */
  readonly now: () => number
}

/** What a check found: its expectations, met or not, and latency figures when it sampled. */
export interface CheckOutcome {
  readonly expectations: Expectation[]
  readonly latency?: LatencyFigures | undefined
}

/**
 * One kind of smoke check: everything the action knows about it, so that reading a smoke file,
 * running it, the role check and the messages all follow from this declaration. A new kind is a
 * new file in this folder, listed in `index.ts`.
 */
export interface SmokeKind<Name extends string, Spec extends CheckBase, Written> {
  /** The key that makes a check this kind (`query: ...`); also its name in logs and the summary. */
  readonly name: Name
  /** The check as written; messages list its object keys as the ones allowed. */
  readonly schema: z.ZodType<Written>
  /** A writer is skipped by a dry run, and its containers need the canary's data actions. */
  readonly writes: boolean
  /** The data actions it uses; a test holds them within the smoke step's needs for its mode. */
  readonly actions: readonly ActionName[]
  /** The spec the runner gets from the validated check; `fail` refuses it on the check's line. */
  specOf(written: Written, fail: (problem: string) => never): Spec
  /** Runs the check once against its container and compares what it found with what it expects. */
  run(spec: Spec, context: CheckContext): Promise<CheckOutcome>
}

/** Declares a kind, inferring its types from the declaration. */
export function defineKind<Name extends string, Spec extends CheckBase, Written>(
  kind: SmokeKind<Name, Spec, Written>
): SmokeKind<Name, Spec, Written> {
  return kind
}
