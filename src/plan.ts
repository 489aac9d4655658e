import type { StepUse } from './authorization/index.js'
import type { ActionInputs } from './inputs/index.js'
import { prepareMigrations, type PreparedMigration } from './migrate/index.js'
import { discoverSeedFiles, type SeedFile } from './seed/index.js'
import { readSmokeFile, smokeUses, type SmokeCheck } from './smoke/index.js'

/** The work the inputs ask for, known before any network call. */
export interface WorkPlan {
  /** How each step will use the database: what the role check weighs. */
  readonly uses: readonly StepUse[]
  readonly migrations: readonly PreparedMigration[]
  readonly seedFiles: readonly SeedFile[]
  readonly smokeChecks: readonly SmokeCheck[]
}

/** Reads the step inputs (local files only) into the plan the role check and the steps follow. */
export async function planWork(
  inputs: Pick<
    ActionInputs,
    'migrations' | 'dryRun' | 'ledgerContainer' | 'seed' | 'seedMode' | 'smoke'
  >
): Promise<WorkPlan> {
  const uses: StepUse[] = [{ step: 'login', containers: [], mode: 'run' }]
  const migrations =
    inputs.migrations === undefined ? [] : await prepareMigrations(inputs.migrations)
  if (migrations.length > 0) {
    const mode = inputs.dryRun ? 'dry-run' : 'run'
    uses.push({
      step: 'migrate',
      containers: [inputs.ledgerContainer],
      mode: inputs.dryRun ? 'dry-run' : 'ledger'
    })
    // A script that does not name its containers may touch any: its needs are database-wide.
    if (migrations.some((migration) => migration.containers === undefined)) {
      uses.push({ step: 'migrate', containers: [], mode })
    }
    const named = [...new Set(migrations.flatMap((migration) => migration.containers ?? []))]
    if (named.length > 0) uses.push({ step: 'migrate', containers: named, mode })
  }
  const seedFiles = inputs.seed === undefined ? [] : await discoverSeedFiles(inputs.seed)
  for (const mode of ['upsert', 'insert'] as const) {
    const files = seedFiles.filter((file) => (file.mode ?? inputs.seedMode) === mode)
    if (files.length === 0) continue
    uses.push({
      step: 'seed',
      containers: [...new Set(files.map((file) => file.container))],
      // Upserting reads what is there first, to leave unchanged documents unwritten.
      mode: inputs.dryRun ? 'dry-run' : mode === 'insert' ? 'insert' : 'skip-unchanged'
    })
  }
  const smokeChecks = inputs.smoke === undefined ? [] : await readSmokeFile(inputs.smoke)
  uses.push(...smokeUses(smokeChecks, inputs.dryRun))
  return { uses, migrations, seedFiles, smokeChecks }
}
