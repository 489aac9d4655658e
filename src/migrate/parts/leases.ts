import type { LeaseName } from '../lease.js'
import type { PreparedMigration } from '../prepare.js'
import type { PartsTally } from './entry.js'
import type { PartsRun } from './run.js'

/**
 * The lease of one part of a migration, in the ledger container. Its id names the file's version
 * and the count of parts: another version of a repeatable file, or another count, has parts of
 * its own. A done part keeps its lease, marked done, with what it changed.
 */
export function partName(migration: PreparedMigration, part: number, count: number): LeaseName {
  return {
    id: `part-${migration.key}-${migration.file.checksum.slice(0, 16)}-${part}-of-${count}`,
    type: 'part',
    what: `part ${part} of ${count} of migration ${migration.file.fileName}`,
    fields: { migration: migration.key, checksum: migration.file.checksum, part, parts: count }
  }
}

/** What the done parts of the migration changed, from their leases. */
export async function partsDone(run: PartsRun): Promise<PartsTally> {
  const { ledger, migration, shard } = run
  const { resources } = await ledger.container.items
    .query<{ documentsTouched?: number; requestCharge?: number }>({
      query:
        "SELECT c.documentsTouched, c.requestCharge FROM c WHERE c.type = 'part' AND c.migration = @migration AND c.checksum = @checksum AND c.parts = @parts AND c.status = 'done'",
      parameters: [
        { name: '@migration', value: migration.key },
        { name: '@checksum', value: migration.file.checksum },
        { name: '@parts', value: shard.count }
      ]
    })
    .fetchAll()
  return resources.reduce<PartsTally>(
    (sum, part) => ({
      documentsTouched: sum.documentsTouched + (part.documentsTouched ?? 0),
      requestCharge: sum.requestCharge + (part.requestCharge ?? 0)
    }),
    { documentsTouched: 0, requestCharge: 0 }
  )
}
