import { seedSummary } from '../report/seed.js'
import { round2 } from '../round.js'
import { describeShard, shareOf, shareOfProvisioned } from '../shard/index.js'
import type { Step, StepResult } from './step.js'

/** The seed files of the plan, written to their containers (grouped per file in the log). */
export const seedingStep: Step = {
  name: 'seeding',
  wanted: ({ plan }) => plan.seedFiles.length > 0,
  run: async ({
    inputs,
    plan,
    session,
    runtime,
    errorContext,
    provisioned,
    budget
  }): Promise<StepResult> => {
    // Loaded by the jobs that seed: a job that only logs in starts without it.
    const { seedContainers } = await import('../seed/index.js')
    const work = session.workClients()
    const { shard } = inputs
    if (shard.count > 1)
      runtime.log.info(
        `Seeding as ${describeShard(shard)}: every file is checked whole, and only the documents of this part are written (by a hash of partition key and id); the request-unit budget is split between the parts.`
      )
    const seeded = await seedContainers({
      client: work.reads,
      writeClient: work.writes,
      provisioned: shareOfProvisioned(provisioned, shard),
      shard,
      database: inputs.database,
      files: plan.seedFiles,
      mode: inputs.seedMode,
      ruPerSecond: shareOf(inputs.seedRuPerSecond, shard),
      dryRun: inputs.dryRun,
      ledgerContainer: inputs.seedRecord ? inputs.ledgerContainer : undefined,
      runBy: session.claims?.run_id
        ? `${session.claims.repository ?? ''} run ${session.claims.run_id}`.trim()
        : undefined,
      sleep: runtime.sleep,
      log: runtime.log,
      errorContext,
      throwIfCancelled: () => runtime.cancellation.throwIfCancelled(),
      stop: budget
    })
    const total = (key: 'created' | 'updated' | 'unchanged'): number =>
      Object.values(seeded.counts).reduce((sum, counts) => sum + counts[key], 0)
    return {
      outputs: [
        ['seeded', JSON.stringify(seeded.counts)],
        ['seed-request-charge', String(round2(seeded.requestCharge))]
      ],
      section: seedSummary(seeded, inputs.dryRun),
      status: inputs.dryRun ? 'dry run' : seeded.complete ? 'passed' : 'incomplete',
      detail: `${total('created')} created, ${total('updated')} updated, ${total('unchanged')} unchanged${seeded.complete ? '' : ', the rest left for the next run (time budget spent)'}`
    }
  }
}
