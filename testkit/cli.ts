/**
 * `npm run cloud`: starts the local cloud with the demo's repository (database inventory, the
 * examples' containers, the Data Contributor role) and runs until Ctrl-C. `npm run action` (another terminal) runs the action against it;
 * the printed `env … node dist/index.js` line does the same by hand, as a runner would.
 */
import { appendFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  removeSession,
  runnerCommand,
  runnerFiles,
  sessionDirectory,
  writeSession
} from './cloud-session.js'
import { startLocalCloud } from './index.js'
import { setUpDemoRepository } from './demo/repository.js'
import { actionEnvironment } from './scenario.js'

// In a workflow (`--github-env "$GITHUB_ENV" --github-output "$GITHUB_OUTPUT"`), later steps get
// the job's OIDC variables and the CA through GITHUB_ENV, and the action's inputs as outputs.
const { values: args } = parseArgs({
  options: { 'github-env': { type: 'string' }, 'github-output': { type: 'string' } }
})

const root = resolve(import.meta.dirname, '..')
const cloud = await startLocalCloud({ log: (line) => console.log(line) })
// The demo's repository: examples/seed, examples/migrations and examples/smoke.yml run as they are.
const setup = await setUpDemoRepository(cloud)

const directory = sessionDirectory(root, process.env)
writeSession(directory, {
  pid: process.pid,
  inputs: setup.inputs,
  env: setup.job.env,
  caFile: cloud.caFile
})
const runner = runnerFiles(directory)
const command = runnerCommand({
  node: process.execPath,
  script: join(root, 'dist', 'index.js'),
  env: { ...runner, ...actionEnvironment(cloud, setup) }
})
console.log(`
Local cloud is running (Ctrl-C to stop).
  GitHub OIDC issuer  ${cloud.github.issuer}
  Entra ID            ${cloud.entra.authorityHost}  (tenant ${setup.tenantId})
  Cosmos DB           ${cloud.cosmos.endpoint}  (account ${cloud.cosmos.accountName}, database inventory)
  ARM                 ${cloud.arm.endpoint}
  Microsoft Graph     ${cloud.graph.endpoint}  (resource ${cloud.graph.resource})
Identity: client ${setup.clientId}, principal ${setup.principalId}
Federated credential subject: ${setup.credentialSubject}

Run the action against it from another terminal, shown as the run page shows it (log masked,
outputs, job summary); any input can be given or overridden:
  npm run action -- --input seed=examples/seed
  npm run action -- --input migrations=examples/migrations --input smoke=examples/smoke.yml

Or run it exactly as a runner would, with Node 24 and the runner's files (outputs in
${runner.GITHUB_OUTPUT}, summary in ${runner.GITHUB_STEP_SUMMARY}); its stdout is
the runner's protocol, ::add-mask:: lines with the values they hide included, and no post step
runs (the token refresher it starts stops with this cloud):
${command}
`)

if (args['github-env']) {
  const lines = Object.entries({ ...setup.job.env, NODE_EXTRA_CA_CERTS: cloud.caFile })
  appendFileSync(args['github-env'], lines.map(([name, value]) => `${name}=${value}\n`).join(''))
}
if (args['github-output']) {
  const lines = Object.entries(setup.inputs).map(([name, value]) => `${name}=${value}\n`)
  appendFileSync(args['github-output'], lines.join(''))
}
console.log('ready')

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  console.log('Stopping the local cloud...')
  removeSession(directory)
  void cloud.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
