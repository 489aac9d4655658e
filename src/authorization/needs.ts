import { ACTIONS, type ActionName } from '../cosmos/roles.js'

/** A step of the job, as the authorization check sees it. */
export type StepName = 'login' | 'migrate' | 'seed' | 'smoke'

/** How a step will use the database: which containers, and in which mode. */
export interface StepUse {
  readonly step: StepName
  /** Containers the step touches; `undefined` for database-level work (login). */
  readonly containers: readonly string[]
  readonly mode: StepMode
}

export type StepMode =
  'run' | 'dry-run' | 'skip-unchanged' | 'insert' | 'write-canary' | 'ledger' | 'record'

/** A data action needed at a scope, and why. */
export interface Requirement {
  readonly step: StepName
  /** The container, or undefined for the database itself. */
  readonly container: string | undefined
  readonly action: string
  /** `/dbs/<db>` or `/dbs/<db>/colls/<container>`. */
  readonly scope: string
}

/** A query needs both: the SDK reads the change feed to page through results. */
const QUERY: readonly ActionName[] = ['executeQuery', 'readChangeFeed']
const READS: readonly ActionName[] = ['readMetadata', 'read', ...QUERY]

/**
 * The one table of what each step needs per container, by mode. Steps declare their use of the
 * database as StepUse values. Smoke check kinds also name the actions they use, and a test holds
 * each within the smoke rows here (deriving the rows from them would narrow what a run asks for).
 */
export const STEP_NEEDS: Readonly<
  Record<StepName, Partial<Record<StepMode, readonly ActionName[]>>>
> = {
  login: { run: ['readMetadata'] },
  migrate: {
    run: [...READS, 'create', 'upsert', 'replace', 'delete'],
    // The ledger and its lock: documents are created, renewed with If-Match, and released.
    ledger: [...READS, 'create', 'upsert', 'replace', 'delete'],
    'dry-run': READS
  },
  seed: {
    run: ['readMetadata', 'upsert', 'create'],
    // Inserting reads what exists first, to leave it alone and count it.
    insert: [...READS, 'create'],
    // Reading what is there lets unchanged documents be skipped.
    'skip-unchanged': [...READS, 'upsert', 'create'],
    // The seed's records in the ledger container (seed-record: true): read, then upserted.
    record: ['readMetadata', 'read', 'upsert'],
    'dry-run': READS
  },
  // Smoke check kinds (smoke/kinds/) declare the actions they use: kinds that only read run in
  // `run` or `dry-run`, kinds that write in `write-canary`; a test holds each kind within these.
  smoke: {
    run: READS,
    'write-canary': [...READS, 'create', 'delete'],
    'dry-run': READS
  }
}

/** The data actions a planned job needs, one Requirement per step, container and action. */
export function requiredActions(database: string, uses: readonly StepUse[]): Requirement[] {
  const requirements: Requirement[] = []
  const seen = new Set<string>()
  const add = (step: StepName, container: string | undefined, name: ActionName): void => {
    const scope =
      container === undefined ? `/dbs/${database}` : `/dbs/${database}/colls/${container}`
    const key = `${step}|${scope}|${name}`
    if (seen.has(key)) return
    seen.add(key)
    requirements.push({ step, container, action: ACTIONS[name], scope })
  }
  for (const use of uses) {
    const names = STEP_NEEDS[use.step][use.mode]
    if (names === undefined) throw new Error(`step ${use.step} has no mode ${use.mode}`)
    if (use.containers.length === 0) names.forEach((name) => add(use.step, undefined, name))
    for (const container of use.containers) names.forEach((name) => add(use.step, container, name))
  }
  return requirements
}
