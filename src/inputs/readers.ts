import { CONTROL_CHARACTERS, isResourceId } from '../cosmos/resource-id.js'
import { parseEndpoint } from './endpoint.js'
import { RULE } from './problems.js'

/** One input as a reader sees it, and where the reader records what is wrong with it. */
export interface Field {
  readonly name: string
  /** The value with surrounding space trimmed; `''` when the input is not set. */
  readonly value: string
  /** True for a developer's own sign-in (the admin CLI's `run`): no token is exchanged. */
  readonly developer: boolean
  /** Records `'name' is 'value': it <rule>.`, with the value shown safely. */
  problem(rule: string, value?: string): void
  /** Records a problem worded in full (one that must not echo the value, say). */
  report(message: string): void
  /** Records that a required input is not set (a skipped run lets that pass: see readInputs). */
  absent(message: string): void
}

/** Turns one input into its typed value, recording problems; the value is a placeholder then. */
export type Reader<T> = (field: Field) => T

/** A required input: empty records `'name' is required: <hint>.` (a developer may skip some). */
export function required<T>(
  hint: string,
  read: Reader<T>,
  options: { readonly developerMayOmit?: boolean } = {}
): Reader<T> {
  return (field) => {
    if (field.value === '' && !(options.developerMayOmit === true && field.developer))
      field.absent(`'${field.name}' is required: ${hint}.`)
    return read(field)
  }
}

/** A string that, when set, passes `test`. */
export function matching(rule: string, test: (value: string) => boolean): Reader<string> {
  return (field) => {
    if (field.value !== '' && !test(field.value)) field.problem(rule)
    return field.value
  }
}

/** An optional string; undefined when unset. */
export function optional<T extends string>(read: Reader<T>): Reader<T | undefined> {
  return (field) => (field.value === '' ? undefined : read(field))
}

/** One of a few lower-case words, compared without case; `fallback` when unset. */
export function oneOf<const T extends string>(
  words: readonly T[],
  fallback: T,
  rule: string
): Reader<T> {
  return (field) => {
    const value = (field.value || fallback).toLowerCase()
    if ((words as readonly string[]).includes(value)) return value as T
    field.problem(rule, value)
    return fallback
  }
}

/** `true` or `false`, without case; `fallback` when unset. */
export function boolean(fallback: boolean): Reader<boolean> {
  const read = oneOf(['true', 'false'], fallback ? 'true' : 'false', RULE.boolean)
  return (field) => read(field) === 'true'
}

/** A whole number within bounds (seconds, request units); `fallback` when unset. */
export function wholeNumber(
  bounds: { readonly min?: number; readonly max: number; readonly fallback: number },
  rule: string
): Reader<number> {
  return (field) => {
    const value = field.value || String(bounds.fallback)
    const number = Number(value)
    if (!/^\d+$/.test(value) || number < (bounds.min ?? 0) || number > bounds.max) {
      field.problem(rule, value)
      return bounds.fallback
    }
    return number
  }
}

/** A positive number (decimals allowed) up to `max`; undefined when unset. */
export function positiveNumber(max: number, rule: string): Reader<number | undefined> {
  return (field) => {
    if (field.value === '') return undefined
    const number = Number(field.value)
    if (!/^\d+(\.\d+)?$/.test(field.value) || number <= 0 || number > max) {
      field.problem(rule, field.value)
      return undefined
    }
    return number
  }
}

/** A resource name (database, container) of Cosmos DB; `fallback` when unset. */
export function resourceName(rule: string, fallback = ''): Reader<string> {
  return (field) => {
    const value = field.value || fallback
    if (value !== '' && (value.length > 255 || !isResourceId(value))) field.problem(rule, value)
    return value
  }
}

/** A path in the workspace: unset, or a path without control characters. */
export const path: Reader<string | undefined> = (field) => {
  if (field.value === '') return undefined
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(field.value)) field.problem(RULE.path)
  return field.value
}

/** A single token without spaces or control characters (an audience); undefined when unset. */
export function token(rule: string): Reader<string | undefined> {
  return (field) => {
    if (field.value === '') return undefined
    if (!/^\S{1,512}$/.test(field.value) || CONTROL_CHARACTERS.test(field.value))
      field.problem(rule)
    return field.value
  }
}

/** An https base URL, normalised to `https://host[:port]/`; undefined when unset or wrong. */
export const endpoint: Reader<string | undefined> = (field) =>
  field.value === '' ? undefined : parseEndpoint(field)
