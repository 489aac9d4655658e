/**
 * `npm run cloud`: starts the local cloud with one demo repository holding the Data Contributor
 * role, prints the environment a shell needs to run the action against it, and runs until Ctrl-C.
 */
import { appendFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startLocalCloud } from './index.js'
import { actionEnvironment, setUpRepository } from './scenario.js'

// In a workflow (`--github-env "$GITHUB_ENV" --github-output "$GITHUB_OUTPUT"`), later steps get
// the job's OIDC variables and the CA through GITHUB_ENV, and the action's inputs as outputs.
const { values: args } = parseArgs({
  options: { 'github-env': { type: 'string' }, 'github-output': { type: 'string' } }
})

const cloud = await startLocalCloud({ log: (line) => console.log(line) })
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/inventory',
  environment: 'production',
  role: 'contributor',
  controlPlaneRead: true
})
await cloud.cosmos.upsertItems('appdb', 'items', [
  { id: 'widget-1', pk: 'widgets', name: 'Widget', quantity: 3 },
  { id: 'gadget-1', pk: 'gadgets', name: 'Gadget', quantity: 7 }
])

const env = actionEnvironment(cloud, setup)
// INPUT_CLIENT-ID is not a valid shell identifier, so print a line for `env` rather than `export`.
const assignments = Object.entries(env).map(([name, value]) => `  '${name}=${value}' \\`)
console.log(`
Local cloud is running (Ctrl-C to stop).
  GitHub OIDC issuer  ${cloud.github.issuer}
  Entra ID            ${cloud.entra.authorityHost}  (tenant ${setup.tenantId})
  Cosmos DB           ${cloud.cosmos.endpoint}  (account ${cloud.cosmos.accountName}, database appdb, container items)
  ARM                 ${cloud.arm.endpoint}
  Microsoft Graph     ${cloud.graph.endpoint}  (resource ${cloud.graph.resource})
Identity: client ${setup.clientId}, principal ${setup.principalId}
Federated credential subject: ${setup.credentialSubject}

Run the action against it:
env \\
${assignments.join('\n')}
  node dist/index.js
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
  void cloud.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
