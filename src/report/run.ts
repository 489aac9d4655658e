import { round2 } from '../round.js'
import { table } from './markdown.js'
import { identitySummary, type LoginReport } from './summary.js'

/** One step of a run as the summary's first table shows it. */
export interface StepRecord {
  readonly step: string
  readonly status: 'passed' | 'failed' | 'cancelled' | 'dry run' | 'incomplete'
  /** What the step did, in a few words ("2 applied", "3 of 4 checks passed"). */
  readonly detail: string
  readonly elapsedMs: number
  /** Request units, or undefined when the step made no data-plane request it could count. */
  readonly requestCharge: number | undefined
}

/** Everything a run produced for its summary; sections are added as steps complete. */
export interface RunRecord {
  login: LoginReport | undefined
  readonly steps: StepRecord[]
  /** The step sections (authorization, migrations, seeding, smoke), in run order. */
  readonly sections: string[]
}

export function newRunRecord(): RunRecord {
  return { login: undefined, steps: [], sections: [] }
}

const MARK = {
  passed: '✅ passed',
  failed: '❌ failed',
  cancelled: '⏹️ cancelled',
  'dry run': '🔍 dry run',
  incomplete: '⏸️ incomplete'
} as const

/**
 * The job summary of a whole run, tables not prose: the failure first when there is one, then
 * the steps with time and request units, the identity, and each step's own section.
 */
export function runSummary(record: RunRecord, failure: string | undefined): string {
  const failedStep = record.steps.find((s) => s.status === 'failed' || s.status === 'cancelled')
  const stopped = record.steps.find((s) => s.status === 'incomplete')
  const title =
    failure === undefined
      ? stopped
        ? `## Cosmos DB: ${MARK.incomplete} at ${stopped.step}: the time budget was spent, run again to continue`
        : '## Cosmos DB: ✅ passed'
      : `## Cosmos DB: ${failedStep?.status === 'cancelled' ? MARK.cancelled : MARK.failed}${failedStep ? ` at ${failedStep.step}` : record.login ? '' : ' before login'}`
  const parts = [title, '']
  if (failure !== undefined) parts.push('```text', failure, '```', '')
  if (record.steps.length > 0) {
    const charges = record.steps.map((step) => step.requestCharge ?? 0)
    const rows = record.steps.map((step) => [
      step.step,
      MARK[step.status],
      step.detail,
      seconds(step.elapsedMs),
      step.requestCharge === undefined ? '-' : `${round2(step.requestCharge)} RU`
    ])
    rows.push([
      '**total**',
      '',
      '',
      seconds(record.steps.reduce((sum, step) => sum + step.elapsedMs, 0)),
      `${round2(charges.reduce((sum, charge) => sum + charge, 0))} RU`
    ])
    parts.push(table(['step', 'status', 'result', 'time', 'request charge'], rows), '')
  }
  if (record.login) parts.push(identitySummary(record.login))
  parts.push(...record.sections)
  return parts.join('\n')
}

/** A short account of a failure for the steps table: its first line. */
export function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? ''
  return line.length > 120 ? `${line.slice(0, 119)}…` : line
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
