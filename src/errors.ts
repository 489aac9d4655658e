/**
 * The few error classes the action raises. Each carries a message that says what went wrong
 * and what to do next; `cause` keeps the underlying failure for debugging. None of them ever
 * holds a token: messages are built from claims and service texts, which carry none.
 */

/** Base class: a failure the action has explained for its user. */
export class ActionError extends Error {
  /** The file and line of the bad input, for an annotation on it. */
  readonly location: { readonly file: string; readonly line: number } | undefined

  constructor(
    message: string,
    options?: { cause?: unknown; location?: { readonly file: string; readonly line: number } }
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.location = options?.location
  }
}

/** One or more inputs are invalid; raised before any network call. */
export class InputError extends ActionError {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`
    )
    this.problems = problems
  }
}

/** The job cannot get a GitHub OIDC token (no permission, fork, or the token service failed). */
export class GitHubTokenError extends ActionError {
  /** True when the runner exposes no ID-token endpoint at all (permission missing). */
  readonly missingPermission: boolean

  constructor(message: string, options: { missingPermission: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.missingPermission = options.missingPermission
  }
}

/** Microsoft Entra ID refused the token exchange; `code` is the AADSTS number when known. */
export class EntraError extends ActionError {
  readonly code: number | undefined
  readonly transient: boolean

  constructor(
    message: string,
    options: { code: number | undefined; transient: boolean; cause?: unknown }
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = options.code
    this.transient = options.transient
  }
}

/** Cosmos DB refused a request; `status` and `substatus` are Cosmos's own. */
export class CosmosAccessError extends ActionError {
  readonly status: number | undefined
  readonly substatus: number | undefined

  constructor(
    message: string,
    options: { status: number | undefined; substatus: number | undefined; cause?: unknown }
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.status = options.status
    this.substatus = options.substatus
  }
}

/** Turns anything thrown into a message, without dropping values that are not Errors. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
