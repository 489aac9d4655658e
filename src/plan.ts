import type { StepUse } from './authorization/index.js'
import type { ActionInputs } from './inputs.js'
import { discoverSeedFiles, type SeedFile } from './seed/index.js'

/** The work the inputs ask for, known before any network call. */
export interface WorkPlan {
  /** How each step will use the database: what the role check weighs. */
  readonly uses: readonly StepUse[]
  readonly seedFiles: readonly SeedFile[]
}

/** Reads the step inputs (local files only) into the plan the role check and the steps follow. */
export async function planWork(inputs: ActionInputs): Promise<WorkPlan> {
  const uses: StepUse[] = [{ step: 'login', containers: [], mode: 'run' }]
  const seedFiles = inputs.seed === undefined ? [] : await discoverSeedFiles(inputs.seed)
  if (seedFiles.length > 0) {
    uses.push({
      step: 'seed',
      containers: [...new Set(seedFiles.map((file) => file.container))],
      mode: inputs.dryRun ? 'dry-run' : 'run'
    })
  }
  return { uses, seedFiles }
}
