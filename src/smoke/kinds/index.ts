import { CANARY } from './canary.js'
import type { CheckBase, SmokeKind } from './kind.js'
import { QUERY } from './query.js'
import { READ } from './read.js'

/**
 * Every kind of smoke check, in the order messages name them. A check is of exactly one kind:
 * the one whose key it has.
 */
export const SMOKE_KINDS = [QUERY, READ, CANARY] as const

type AnyKind = (typeof SMOKE_KINDS)[number]

/** The name of a kind, as a check's `kind`. */
export type SmokeKindName = AnyKind['name']

/** One check of a smoke file, with where it was written: its kind's name and its spec. */
export type SmokeCheck = AnyKind extends infer Kind
  ? Kind extends SmokeKind<infer Name, infer Spec, unknown>
    ? { readonly file: string; readonly line: number; readonly kind: Name; readonly spec: Spec }
    : never
  : never

/** The declaration of a check's kind. */
export function kindOf(check: {
  readonly kind: SmokeKindName
}): SmokeKind<string, CheckBase, unknown> {
  return SMOKE_KINDS.find((kind) => kind.name === check.kind) as SmokeKind<
    string,
    CheckBase,
    unknown
  >
}

export type { CheckOutcome, Retry, SmokeKind } from './kind.js'
