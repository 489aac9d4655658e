/**
 * The runs `npm run demo` shows: a repository set up as an admin would (an Entra application
 * with a federated credential, a Cosmos DB role assignment), then the built dist/index.js run
 * exactly as a runner runs it. It seeds examples/seed after the role check has proven the
 * identity may, applies examples/migrations and runs examples/smoke.yml; two more runs show
 * set-up mistakes explained.
 */
import { resolve } from 'node:path'
import { startLocalCloud } from '../index.js'
import { renderMarkdown } from '../render.js'
import { setUpRepository } from '../scenario.js'
import { setUpDemoRepository } from './repository.js'
import { runAction, type ActionRun } from '../runner.js'
import { heading, showRun } from '../show-run.js'
import type { Styles } from '../terminal/style.js'
import { wrapLine } from '../terminal/wrap.js'

const examples = resolve(import.meta.dirname, '..', '..', 'examples')
const seedDirectory = resolve(examples, 'seed')
const migrationsDirectory = resolve(examples, 'migrations')
const smokeFile = resolve(examples, 'smoke.yml')

/** Where and how the demo prints. */
export interface DemoOutput {
  readonly say: (line: string) => void
  readonly width: number
  readonly styles: Styles
  readonly verbose: boolean
}

/** Facts much the same in every run's summary: shown in full once, then only with --verbose. */
const REPEATED_SECTIONS = ['Identity', 'Database', 'Later steps']

/** Runs the four jobs on a fresh local cloud; true when each ended as it should. */
export async function runDemo(output: DemoOutput): Promise<boolean> {
  const { say, width, styles, verbose } = output
  let shown = 0
  const show = (run: ActionRun): void => {
    // The authorization matrix is the point of a run refused by its role check only.
    const refused = run.summary.includes('failed at role check')
    const leaveOut =
      shown++ === 0 ? [] : refused ? REPEATED_SECTIONS : [...REPEATED_SECTIONS, 'Authorization']
    for (const line of showRun(run, { width, styles, verbose, leaveOut })) say(line)
  }
  const title = (text: string): void => say(`\n${heading(text, width, styles)}`)

  say('Starting the local cloud (GitHub OIDC, Entra ID, ARM, Graph, Cosmos DB)…')
  const cloud = await startLocalCloud(
    verbose
      ? { log: (line) => wrapLine(`  ${line}`, width).forEach((piece) => say(styles.dim(piece))) }
      : {}
  )
  try {
    say(`  Cosmos DB ${cloud.cosmos.endpoint}, Entra ID ${cloud.entra.authorityHost}`)
    say('Setting up octo-org/inventory as an admin would…')
    const setup = await setUpDemoRepository(cloud)
    say(`  Entra application ${setup.clientId}`)
    say(`  federated credential for ${setup.credentialSubject}`)
    say('  Cosmos DB Built-in Data Contributor at /dbs/inventory, and a control-plane role')
    const job = { env: setup.job.env, caFile: cloud.caFile }

    title('run 1 of 4: the release job logs in, checks its roles and seeds examples/seed')
    const run = await runAction({ ...job, inputs: { ...setup.inputs, seed: seedDirectory } })
    show(run)

    title('run 2 of 4: the release job previews and applies examples/migrations, then smoke checks')
    const migrationInputs = { ...setup.inputs, migrations: migrationsDirectory }
    say('The dry run first (dry-run: true), its Migrations section:')
    const preview = await runAction({ ...job, inputs: { ...migrationInputs, 'dry-run': 'true' } })
    const plan = preview.summary.slice(preview.summary.indexOf('### Migrations'))
    say(renderMarkdown(plan, { width, styles }))
    say('Then for real, with examples/smoke.yml:')
    const release = await runAction({ ...job, inputs: { ...migrationInputs, smoke: smokeFile } })
    show(release)

    title('run 3 of 4: the same job with a credential written for the branch')
    const mistaken = await setUpRepository(cloud, {
      repository: 'octo-org/storefront',
      environment: 'production',
      database: 'inventory',
      credentialSubject: 'repo:octo-org/storefront:ref:refs/heads/main'
    })
    // The credential could be minutes old and still propagating: the action waits for it (here
    // ten seconds, not the default five minutes), then explains the mismatch.
    say('(The action waits 10 s for a credential that may still be propagating.)')
    const failed = await runAction({
      inputs: { ...mistaken.inputs, 'propagation-wait': '10' },
      env: mistaken.job.env,
      caFile: cloud.caFile
    })
    show(failed)

    title('run 4 of 4: a pull-request job with a reader role asked to seed')
    const reader = await setUpRepository(cloud, {
      repository: 'octo-org/catalog',
      eventName: 'pull_request',
      database: 'catalog',
      containers: [
        { id: 'products', partitionKey: { paths: ['/id'] } },
        { id: 'orders', partitionKey: { paths: ['/customerId'] } }
      ],
      role: 'reader',
      controlPlaneRead: true
    })
    const refused = await runAction({
      inputs: { ...reader.inputs, seed: seedDirectory },
      env: reader.job.env,
      caFile: cloud.caFile
    })
    show(refused)
    const written = (await cloud.cosmos.readItems('catalog', 'products')).length

    return (
      run.exitCode === 0 &&
      preview.exitCode === 0 &&
      release.exitCode === 0 &&
      failed.exitCode === 1 &&
      refused.exitCode === 1 &&
      written === 0
    )
  } finally {
    await cloud.close()
  }
}
