/**
 * `npm run demo`: the action end to end on the local cloud. Sets up a repository as an admin
 * would (an Entra application with a federated credential, a Cosmos DB role assignment), then
 * runs the built dist/index.js exactly as a runner does and shows what the job would show:
 * the log, the outputs and the job summary. It seeds examples/seed after the role check has
 * proven the identity may; two more runs show set-up mistakes explained.
 */
const seedDirectory = resolve(import.meta.dirname, '..', 'examples', 'seed')
const migrationsDirectory = resolve(import.meta.dirname, '..', 'examples', 'migrations')
const smokeFile = resolve(import.meta.dirname, '..', 'examples', 'smoke.yml')
import { resolve } from 'node:path'
import { startLocalCloud } from './index.js'
import { renderMarkdown } from './render.js'
import { maskedLog, runAction, type ActionRun } from './runner.js'
import { setUpRepository } from './scenario.js'

const rule = (title: string): void =>
  console.log(`\n${'='.repeat(8)} ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`)

function show(run: ActionRun): void {
  rule('log')
  console.log(maskedLog(run).trim())
  if (run.stderr.trim() !== '') console.log(run.stderr.trim())
  rule('outputs')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`)
  rule('job summary (as GitHub renders it on the run page)')
  console.log(renderMarkdown(run.summary))
  rule(`exit code ${run.exitCode}`)
}

const cloud = await startLocalCloud()
try {
  console.log('Local cloud started:')
  console.log(`  GitHub OIDC issuer ${cloud.github.issuer}`)
  console.log(`  Microsoft Entra ID ${cloud.entra.authorityHost}`)
  console.log(`  Cosmos DB          ${cloud.cosmos.endpoint} (account ${cloud.cosmos.accountName})`)
  console.log(`  ARM                ${cloud.arm.endpoint}`)

  const setup = await setUpRepository(cloud, {
    repository: 'octo-org/inventory',
    environment: 'production',
    database: 'inventory',
    containers: [
      { id: 'products', partitionKey: { paths: ['/id'] } },
      { id: 'orders', partitionKey: { paths: ['/customerId'] } }
    ],
    role: 'contributor',
    roleScope: '/dbs/inventory',
    controlPlaneWrite: true
  })
  // Long-running ARM operations complete on their first poll here.
  cloud.arm.setOperationLatency({ polls: 0 })
  console.log(`\nRepository octo-org/inventory, job in environment 'production':`)
  console.log(`  Entra application ${setup.clientId} (object id ${setup.principalId})`)
  console.log(`  federated credential subject ${setup.credentialSubject}`)
  console.log(`  role Cosmos DB Built-in Data Contributor at /dbs/inventory`)
  console.log(`  a control-plane role on the account (lists role assignments, creates containers)`)

  rule('run 1: the release job logs in, checks its roles and seeds examples/seed')
  const run = await runAction({
    inputs: { ...setup.inputs, seed: seedDirectory },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  show(run)

  rule('run 2: the release job previews examples/migrations, applies them, runs examples/smoke.yml')
  const migrationInputs = { ...setup.inputs, migrations: migrationsDirectory }
  const preview = await runAction({
    inputs: { ...migrationInputs, 'dry-run': 'true' },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  console.log(renderMarkdown(preview.summary.slice(preview.summary.indexOf('### Migrations'))))
  const release = await runAction({
    inputs: { ...migrationInputs, smoke: smokeFile },
    env: setup.job.env,
    caFile: cloud.caFile
  })
  show(release)

  rule('run 3: the same job with a credential written for the branch')
  const mistaken = await setUpRepository(cloud, {
    repository: 'octo-org/storefront',
    environment: 'production',
    database: 'inventory',
    credentialSubject: 'repo:octo-org/storefront:ref:refs/heads/main'
  })
  // The credential could be minutes old and still propagating: the action waits for it (here
  // ten seconds, not the default five minutes), then explains the mismatch.
  const failed = await runAction({
    inputs: { ...mistaken.inputs, 'propagation-wait': '10' },
    env: mistaken.job.env,
    caFile: cloud.caFile
  })
  show(failed)

  rule('run 4: a pull-request job with a reader role asked to seed')
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

  const ok =
    run.exitCode === 0 &&
    preview.exitCode === 0 &&
    release.exitCode === 0 &&
    failed.exitCode === 1 &&
    refused.exitCode === 1 &&
    written === 0
  console.log(
    ok
      ? '\nDemo finished: the job seeded, previewed and applied its migrations, and its smoke checks passed; a credential mistake was explained; a reader was refused before any write.'
      : '\nDemo failed.'
  )
  process.exitCode = ok ? 0 : 1
} finally {
  await cloud.close()
}
