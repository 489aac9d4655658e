/**
 * A bench measured in a process of its own, with the local cloud in the parent: the measured
 * process holds what a runner's job would, not the cloud's documents, and the two do not take
 * turns on one thread. The parent passes the endpoint, an access token and the test CA in the
 * environment (childEnvironment); the child makes its client from them (childClient).
 */
import { CosmosClient } from '@azure/cosmos'
import { jobCredential } from '../testkit/clients.js'
import type { LocalCloud } from '../testkit/index.js'
import type { RepositorySetup } from '../testkit/scenario.js'

/** The environment of a measured process: the cloud's endpoint, a token for it, its CA. */
export async function childEnvironment(
  cloud: LocalCloud,
  setup: RepositorySetup
): Promise<NodeJS.ProcessEnv> {
  const token = await jobCredential(cloud, setup).getToken('https://cosmos.azure.com/.default')
  if (!token) throw new Error('bench: no access token for the local cloud')
  return {
    ...process.env,
    BENCH_COSMOS_ENDPOINT: cloud.cosmos.endpoint,
    BENCH_COSMOS_TOKEN: token.token,
    NODE_EXTRA_CA_CERTS: cloud.caFile
  }
}

/** In a measured process: a client of the parent's cloud, and its endpoint. */
export function childClient(): { client: CosmosClient; endpoint: string } {
  const endpoint = process.env['BENCH_COSMOS_ENDPOINT']
  const token = process.env['BENCH_COSMOS_TOKEN']
  if (!endpoint || !token)
    throw new Error('BENCH_COSMOS_ENDPOINT and BENCH_COSMOS_TOKEN are needed')
  const client = new CosmosClient({
    endpoint,
    aadCredentials: {
      getToken: () => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000 })
    }
  })
  return { client, endpoint }
}
