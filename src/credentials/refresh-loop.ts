import { access } from 'node:fs/promises'
import { dirname } from 'node:path'
import { decodeClaims } from '../identity/claims.js'
import { writeTokenFile } from './token-file.js'

/** What the refresher is started with, all through its environment (see refresher.ts). */
export interface RefreshParameters {
  readonly file: string
  readonly audience: string
  readonly requestUrl: string
  readonly requestToken: string
  /** When to stop whatever happens: the longest a job of this runner can last. */
  readonly deadline: number
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  readonly fetch: typeof fetch
}

/** How the loop ended, for its exit code: a refused request token or a passed deadline. */
export type RefreshEnd = 'file removed' | 'request token refused' | 'deadline'

/**
 * Keeps the token file fresh: a new GitHub token every fifth of a token's lifetime (at most a
 * minute apart), so that what an SDK reads has most of its life ahead of it. Stops when the
 * post step has removed the file's directory, when the runner no longer honours its request
 * token (the job is over), or at the deadline. A failed fetch is tried again next round.
 */
export async function refreshTokenFile(parameters: RefreshParameters): Promise<RefreshEnd> {
  let intervalMs = 1000
  for (;;) {
    await parameters.sleep(intervalMs)
    if (parameters.now() >= parameters.deadline) return 'deadline'
    if (!(await exists(dirname(parameters.file)))) return 'file removed'
    const fetched = await fetchToken(parameters)
    if (fetched === 'refused') return 'request token refused'
    if (fetched === undefined) continue
    if (!(await exists(dirname(parameters.file)))) return 'file removed'
    await writeTokenFile(parameters.file, fetched.token)
    intervalMs = Math.min(60_000, Math.max(1000, (fetched.lifetimeSeconds * 1000) / 5))
  }
}

/** A new token from the runner's token service; 'refused' on 401 or 403, undefined on a fault. */
async function fetchToken(
  parameters: RefreshParameters
): Promise<{ token: string; lifetimeSeconds: number } | 'refused' | undefined> {
  try {
    const url = `${parameters.requestUrl}&audience=${encodeURIComponent(parameters.audience)}`
    const response = await parameters.fetch(url, {
      headers: { authorization: `Bearer ${parameters.requestToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000)
    })
    if (response.status === 401 || response.status === 403) return 'refused'
    if (!response.ok) return undefined
    const token = ((await response.json()) as { value?: unknown }).value
    const lifetimeSeconds = typeof token === 'string' ? lifetimeOf(token) : undefined
    // Anything but a JWT is a fault of the moment, never written over a good token.
    return lifetimeSeconds === undefined ? undefined : { token: token as string, lifetimeSeconds }
  } catch {
    return undefined
  }
}

/** `exp - iat` of a JWT, read without verifying (only its timing is wanted); undefined if unreadable. */
function lifetimeOf(token: string): number | undefined {
  try {
    const claims = decodeClaims(token)
    const lifetime = Number(claims.exp) - Number(claims.iat)
    return Number.isFinite(lifetime) && lifetime > 0 ? lifetime : undefined
  } catch {
    return undefined
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}
