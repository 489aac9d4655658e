import type { z } from 'zod'

/*
 * The words of a smoke file's problems: what was expected, and what the file gave instead. Zod's
 * own messages ("Invalid input: expected int, received number") name JavaScript types and leave
 * the value out; these name the value, so the fix is plain from the message alone.
 */

/** What an `invalid_type` issue's expected type means to someone writing YAML. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'an empty value'
}

/** The same, as one of several alternatives ("a string, a number, a boolean or null"). */
const ALTERNATIVE: Readonly<Record<string, string>> = {
  ...EXPECTED,
  boolean: 'a boolean',
  null: 'null'
}

/** A string value shown in a message: quoted, escaped, at most 40 characters. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

/**
 * A value as the end of "got …". `bare` shows a number as itself, where the message already
 * says a number was expected ("expected a whole number, got 1.5").
 */
export function given(value: unknown, bare = false): string {
  if (value === null) return 'an empty value'
  if (typeof value === 'string') return `the string ${quoted(value)}`
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // YAML's .inf and .nan: numbers to YAML, but none that JSON (or Cosmos DB) can hold.
    const written = Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'
    return `${written}, which is not a number JSON can hold`
  }
  if (typeof value === 'number') return bare ? String(value) : `the number ${value}`
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`
  if (typeof value === 'object') return 'an object'
  return 'nothing'
}

/** "a, b or c". */
function either(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/** The schema that raised an issue, as far as messages need it. */
interface RaisedBy {
  readonly description?: string
  readonly _zod?: { readonly def?: { readonly format?: string } }
}

/** `expected a string (a container name), got the number 5`. */
function wrongType(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidType>): string | undefined {
  // A missing key: the caller says it is required, with the key's name.
  if (issue.input === undefined) return undefined
  const raisedBy = issue.inst as RaisedBy | undefined
  // z.int() reports a string given as "expected number"; the check wants a whole one.
  const type = raisedBy?._zod?.def?.format === 'safeint' ? 'int' : issue.expected
  const expected = EXPECTED[type] ?? type
  const what = raisedBy?.description === undefined ? '' : ` (${raisedBy.description})`
  const numeric = type === 'int' || type === 'number'
  return `expected ${expected}${what}, got ${given(issue.input, numeric && typeof issue.input === 'number')}`
}

/** `must be at least 1, got 0`; `must hold at most 3 items, got 4`. */
function outOfRange(
  issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig>
): string | undefined {
  const small = issue.code === 'too_small'
  const limit = Number(small ? issue.minimum : issue.maximum)
  const input = issue.input
  if (issue.origin === 'number' || issue.origin === 'int') {
    const bound = small
      ? issue.inclusive
        ? 'at least'
        : 'more than'
      : issue.inclusive
        ? 'at most'
        : 'less than'
    return `must be ${bound} ${limit}, got ${given(input, true)}`
  }
  const length = (input as { length?: unknown } | undefined)?.length
  if (issue.origin === 'string') {
    if (small && limit === 1) return 'must not be empty'
    return `must be ${small ? 'at least' : 'at most'} ${limit} characters long, got ${String(length)}`
  }
  if (issue.origin === 'array')
    return `must hold ${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}, got ${String(length)}`
  return undefined
}

/** True when an issue says the value is not of a form at all, rather than wrong inside it. */
function isWrongForm(issue: z.core.$ZodIssue): boolean {
  return (
    issue.path.length === 0 &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_value' ||
      (issue.code === 'invalid_union' && issue.errors.every(isWrongFormOption)))
  )
}

/** True when a union's option failed because the value is not of its form at all. */
export function isWrongFormOption(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.length > 0 && issues.every(isWrongForm)
}

/** A union without a message of its own: the forms it takes, and what was given. */
function noForm(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>): string | undefined {
  const forms = issue.errors.map((option) => {
    const first = option[0]
    if (first?.code === 'invalid_type') return ALTERNATIVE[first.expected] ?? first.expected
    if (first?.code === 'invalid_value')
      return first.values.map((v) => JSON.stringify(v)).join(' or ')
    return undefined
  })
  if (forms.some((form) => form === undefined)) return undefined
  return `expected ${either(forms as string[])}, got ${given(issue.input)}`
}

/**
 * The message of an issue, for zod's `error` parse option; undefined leaves zod's (or the
 * schema's own) message. Called before zod drops the issue's input, so every message can say
 * what was given.
 */
export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue)
    case 'too_small':
    case 'too_big':
      return outOfRange(issue)
    case 'invalid_value':
      return `expected ${either(issue.values.map((value) => JSON.stringify(value)))}, got ${given(issue.input)}`
    case 'invalid_union':
      return noForm(issue)
    default:
      return undefined
  }
}
