import type { Container } from '@azure/cosmos'
import { interruptedEntry } from './apply.js'
import type { Ledger, LedgerEntry } from './ledger.js'
import type { AbandonedLockOutcome } from './lock-state.js'

/**
 * The post step's release of a lock its run still held (the run was killed before it could):
 * entries still `running` under that holding become `interrupted`, then the lease is deleted,
 * each with If-Match, so a lease another run has taken over since is left alone.
 */
export async function releaseAbandonedLock(
  ledger: Ledger,
  holderId: string,
  now: () => number
): Promise<AbandonedLockOutcome> {
  const container = ledger.container
  const partitionKey = ledger.partitionKeyOf({ id: 'lock' })
  const { resource: lease } = await container
    .item('lock', partitionKey)
    .read<{ holder?: { id?: string }; _etag?: string }>()
  if (lease === undefined) return 'not held'
  if (lease.holder?.id !== holderId) return 'taken over'
  await markInterrupted(container, ledger, holderId, now)
  try {
    await container
      .item('lock', partitionKey)
      .delete({ accessCondition: { type: 'IfMatch', condition: lease._etag ?? '' } })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 412) return 'taken over'
    if (code !== 404) throw error
  }
  return 'released'
}

/** The entries the dead run left `running`, now `interrupted` (unless changed meanwhile). */
async function markInterrupted(
  container: Container,
  ledger: Ledger,
  holderId: string,
  now: () => number
): Promise<void> {
  const { resources } = await container.items
    .query<LedgerEntry & { _etag?: string }>({
      query:
        "SELECT * FROM c WHERE c.type = 'migration' AND c.status = 'running' AND c.lockId = @id",
      parameters: [{ name: '@id', value: holderId }]
    })
    .fetchAll()
  for (const entry of resources) {
    const { _etag: etag, ...rest } = entry
    await container
      .item(entry.id, ledger.partitionKeyOf(entry))
      .replace(interruptedEntry(rest as LedgerEntry, now(), 'the run ended before it finished'), {
        accessCondition: { type: 'IfMatch', condition: etag ?? '' }
      })
  }
}
