import type { StepUse } from './authorization/index.js'
import type { ActionInputs } from './inputs/index.js'
import type { PreparedMigration } from './migrate/index.js'
import { Problems } from './problems.js'
import type { SeedFile } from './seed/index.js'
import type { SmokeCheck } from './smoke/index.js'
import { workspaceOf } from './workspace.js'

/** The work the inputs ask for, known before any network call. */
export interface WorkPlan {
  /** How each step will use the database: what the role check weighs. */
  readonly uses: readonly StepUse[]
  readonly migrations: readonly PreparedMigration[]
  readonly seedFiles: readonly SeedFile[]
  readonly smokeChecks: readonly SmokeCheck[]
}

/**
 * Reads the step inputs (local files only) into the plan the role check and the steps follow.
 * Every problem is reported in one failure: the migrations', the seed files' and the smoke
 * file's, so that one run names all there is to fix.
 */
export async function planWork(
  inputs: Pick<
    ActionInputs,
    'migrations' | 'dryRun' | 'ledgerContainer' | 'seed' | 'seedMode' | 'smoke'
  > &
    Partial<Pick<ActionInputs, 'seedRecord'>>,
  workspace: string = workspaceOf()
): Promise<WorkPlan> {
  const problems = new Problems()
  const { migrations: migrationsPath, seed, smoke } = inputs
  // Each reader (with its YAML, CSV and schema code) is loaded only by the jobs that use it: a
  // job that only logs in starts without them.
  const migrations =
    migrationsPath === undefined
      ? []
      : ((await problems.check(async () =>
          (await import('./migrate/index.js')).prepareMigrations(migrationsPath, workspace)
        )) ?? [])
  const seeding = seed === undefined ? undefined : await import('./seed/index.js')
  const seedFiles =
    seed === undefined || seeding === undefined
      ? []
      : ((await problems.check(() => seeding.discoverSeedFiles(seed, workspace))) ?? [])
  const smoking = smoke === undefined ? undefined : await import('./smoke/index.js')
  const smokeChecks =
    smoke === undefined || smoking === undefined
      ? []
      : ((await problems.check(() => smoking.readSmokeFile(smoke))) ?? [])
  // Seed documents are otherwise checked once the account is known (their partition keys); a
  // run that fails already hears of their other problems now.
  if (problems.any && seeding) await problems.check(() => seeding.checkSeedFilesOffline(seedFiles))
  problems.throwIfAny()
  const uses: StepUse[] = [
    { step: 'login', containers: [], mode: 'run' },
    ...migrationUses(migrations, inputs),
    ...seedUses(seedFiles, inputs),
    ...(smoking ? smoking.smokeUses(smokeChecks, inputs.dryRun) : [])
  ]
  return { uses, migrations, seedFiles, smokeChecks }
}

/** The ledger's use, then the containers the migrations touch (all, for a script that does not say). */
function migrationUses(
  migrations: readonly PreparedMigration[],
  inputs: Pick<ActionInputs, 'dryRun' | 'ledgerContainer'>
): StepUse[] {
  if (migrations.length === 0) return []
  const mode = inputs.dryRun ? 'dry-run' : 'run'
  const uses: StepUse[] = [
    {
      step: 'migrate',
      containers: [inputs.ledgerContainer],
      mode: inputs.dryRun ? 'dry-run' : 'ledger'
    }
  ]
  // A script that does not name its containers may touch any: its needs are database-wide.
  if (migrations.some((migration) => migration.containers === undefined)) {
    uses.push({ step: 'migrate', containers: [], mode })
  }
  const named = [...new Set(migrations.flatMap((migration) => migration.containers ?? []))]
  if (named.length > 0) uses.push({ step: 'migrate', containers: named, mode })
  return uses
}

/** Each seed mode's containers. */
function seedUses(
  seedFiles: readonly SeedFile[],
  inputs: Pick<ActionInputs, 'dryRun' | 'seedMode' | 'ledgerContainer'> &
    Partial<Pick<ActionInputs, 'seedRecord'>>
): StepUse[] {
  // The seed's record of each container goes to the ledger container, read first; a dry run
  // reads it (to say what would be skipped) but never writes it.
  const uses: StepUse[] =
    inputs.seedRecord === true && seedFiles.length > 0
      ? [
          {
            step: 'seed',
            containers: [inputs.ledgerContainer],
            mode: inputs.dryRun ? 'dry-run' : 'record'
          }
        ]
      : []
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
  return uses
}
