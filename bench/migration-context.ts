import type { Database } from '@azure/cosmos'
import type { MigrationContextParameters } from '../src/migrate/scope.js'

/**
 * What a bench's migration helpers run with: one database, writing, silent, with no lock to
 * hold and no containers to make. `extra` adds the work clients or the provisioned RU/s.
 */
export function benchContextParameters(
  database: Database,
  extra: Partial<MigrationContextParameters> = {}
): MigrationContextParameters {
  return {
    database,
    dryRun: false,
    allowDestructive: false,
    maxDeletes: 1000,
    log: () => undefined,
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    createContainer: async () => undefined,
    dropContainer: async () => undefined,
    assertHeld: () => undefined,
    declaredDestructive: false,
    ...extra
  }
}
