/**
 * The raw SDK baseline for the action's start-up (bench/login.ts bundles it with ncc, as
 * dist/index.js is bundled, and runs it the same way): a GitHub Action written directly against
 * @actions/core, @azure/identity and @azure/cosmos. Like the action it masks the runner's request
 * token first (its first log line), then logs in the plain way: the GitHub token exchanged through
 * ClientAssertionCredential, the database read and its containers listed.
 */
import * as core from '@actions/core'
import { CosmosClient } from '@azure/cosmos'
import { ClientAssertionCredential } from '@azure/identity'

async function main(): Promise<void> {
  const requestToken = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  if (requestToken) core.setSecret(requestToken)
  core.info('Logging in to Azure Cosmos DB')
  const audience = core.getInput('audience') || 'api://AzureADTokenExchange'
  const credential = new ClientAssertionCredential(
    core.getInput('tenant-id', { required: true }),
    core.getInput('client-id', { required: true }),
    () => core.getIDToken(audience),
    { authorityHost: core.getInput('authority-host'), disableInstanceDiscovery: true }
  )
  const client = new CosmosClient({
    endpoint: core.getInput('endpoint', { required: true }),
    aadCredentials: credential
  })
  const database = client.database(core.getInput('database', { required: true }))
  await database.read()
  const { resources } = await database.containers.readAll().fetchAll()
  core.info(`Logged in: ${resources.length} container(s)`)
  client.dispose()
}

main().catch((error: unknown) => core.setFailed(String(error)))
