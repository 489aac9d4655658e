import type { StepUse } from '../authorization/index.js'
import { kindOf, type SmokeCheck } from './kinds/index.js'

/**
 * How the smoke step will use the database, for the role check: the containers of checks that
 * only read, in `run` (`dry-run` in a dry run), and those of checks that write, in
 * `write-canary`; a dry run skips writers, so it asks for no write.
 */
export function smokeUses(checks: readonly SmokeCheck[], dryRun: boolean): StepUse[] {
  const containers = (writes: boolean): string[] => [
    ...new Set(
      checks.filter((check) => kindOf(check).writes === writes).map((check) => check.spec.container)
    )
  ]
  const uses: StepUse[] = []
  const reads = containers(false)
  if (reads.length > 0)
    uses.push({ step: 'smoke', containers: reads, mode: dryRun ? 'dry-run' : 'run' })
  const writes = containers(true)
  if (writes.length > 0 && !dryRun)
    uses.push({ step: 'smoke', containers: writes, mode: 'write-canary' })
  return uses
}
