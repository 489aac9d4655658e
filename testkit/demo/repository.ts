import type { LocalCloud } from '../index.js'
import { setUpRepository, type RepositorySetup } from '../scenario.js'

/**
 * The demo's repository, as an admin would set it up: octo-org/inventory, a job in environment
 * `production`, the `inventory` database with the containers examples/seed, examples/migrations
 * and examples/smoke.yml use, a contributor role there and a control-plane role on the account.
 * The demo and `npm run cloud` both run against it, so the examples run as they are.
 */
export async function setUpDemoRepository(cloud: LocalCloud): Promise<RepositorySetup> {
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
  // Long-running ARM operations (containers, the migration ledger's) complete on their first poll.
  cloud.arm.setOperationLatency({ polls: 0 })
  return setup
}
