import type { Container } from '@azure/cosmos'
import { explainCosmosError, type CosmosErrorContext } from '../cosmos/index.js'
import { RETRY_POLICIES, retryTransient } from '../cosmos/transient.js'

/** What a request to a container needs to be retried and explained. */
export interface RequestContext {
  readonly sleep: (ms: number) => Promise<void>
  readonly errorContext: CosmosErrorContext
}

/** Runs `work` again on transient failures (with backoff); explains any other failure. */
export async function retryingTransient<T>(
  context: RequestContext,
  scope: string,
  work: () => Promise<T>
): Promise<T> {
  try {
    return await retryTransient(work, { ...RETRY_POLICIES.seeding, sleep: context.sleep })
  } catch (error) {
    throw explainCosmosError(error, context.errorContext, scope)
  }
}

/** The role-assignment scope of a container, for explanations of refused requests. */
export function scopeOf(container: Container): string {
  return `/dbs/${container.database.id}/colls/${container.id}`
}
