/**
 * The admin's own Azure sign-in, and what to say when there is none: the SDK's own words are a
 * multi-line chain of every credential it tried, which tells an admin nothing they can act on.
 */
import type { TokenCredential } from '@azure/identity'

/** How to sign in, for every message that needs one. */
export const HOW_TO_SIGN_IN =
  'sign in with az login (or azd auth login, or AZURE_CLIENT_ID and AZURE_TENANT_ID with AZURE_CLIENT_SECRET, a certificate or AZURE_FEDERATED_TOKEN_FILE), then run it again'

/** No Azure sign-in, or one Entra refused; the message is one line that says what to do. */
export class SignInError extends Error {
  override readonly name = 'SignInError'
}

interface NamedError {
  readonly name?: unknown
  readonly message?: unknown
  readonly errors?: unknown
  readonly cause?: unknown
}

/** Entra's own line of a message (the AADSTS one), else its first, collapsed and cut short. */
function firstLine(message: unknown): string {
  const lines = String(message ?? '').split('\n')
  const line = lines.find((candidate) => /AADSTS\d+/.test(candidate)) ?? lines[0] ?? ''
  const collapsed = line.replace(/\s+/g, ' ').trim()
  return collapsed.length > 240 ? `${collapsed.slice(0, 239)}…` : collapsed
}

/**
 * What went wrong with the sign-in, in one line, when `error` is the Azure SDK's failure to get a
 * token (found anywhere along its `cause` chain); undefined for any other error.
 */
export function signInProblem(error: unknown): string | undefined {
  for (let current = error as NamedError | undefined, depth = 0; current && depth < 5; depth++) {
    if (current instanceof SignInError) return current.message
    const name = String(current.name ?? '')
    if (name === 'AggregateAuthenticationError') {
      const errors = Array.isArray(current.errors) ? (current.errors as NamedError[]) : []
      // A credential that tried and was refused says more than the ones that found nothing.
      const refused = errors.find((inner) => inner?.name === 'AuthenticationError')
      return refused ? refusedSignIn(refused) : `no Azure sign-in found: ${HOW_TO_SIGN_IN}`
    }
    if (name === 'CredentialUnavailableError' || name === 'AuthenticationRequiredError')
      return `no Azure sign-in found: ${HOW_TO_SIGN_IN}`
    if (name === 'AuthenticationError') return refusedSignIn(current)
    current = current.cause as NamedError | undefined
  }
  return undefined
}

function refusedSignIn(error: NamedError): string {
  return `Entra refused the Azure sign-in (${firstLine(error.message)}): ${HOW_TO_SIGN_IN}`
}

/**
 * Gets one token for `scope` before any other work, so a missing sign-in is said in one line
 * before anything is printed or written.
 */
export async function requireSignIn(
  credential: TokenCredential,
  scope: string,
  what: string
): Promise<void> {
  try {
    await credential.getToken(scope)
  } catch (error) {
    const problem = signInProblem(error)
    if (problem === undefined) throw error
    throw new SignInError(`${what}: ${problem}`, { cause: error })
  }
}
