/**
 * A later step of a job, as a user writes one: `DefaultAzureCredential` and a Cosmos DB client,
 * configured by nothing but the variables the action exported. Writes a document, reads it back,
 * and prints what it read as JSON. `npx tsx testkit/later-step.ts <container> <id> [rounds] [pauseMs]`.
 *
 * Only loopback may be reached: every socket this process opens is checked before it connects.
 */
import net from 'node:net'
import { CosmosClient } from '@azure/cosmos'
import { DefaultAzureCredential } from '@azure/identity'

const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string
  const host =
    typeof first === 'object' && first !== null
      ? first.host
      : typeof first === 'number'
        ? ((args[1] as string | undefined) ?? 'localhost')
        : undefined
  if (host !== undefined && !['localhost', '127.0.0.1', '::1'].includes(host))
    throw new Error(`a later step tried to reach ${host}; only loopback may be contacted`)
  return connect.apply(this, args as Parameters<typeof connect>)
} as typeof connect

const [container = 'items', id = 'later-step', rounds = '1', pauseMs = '0'] = process.argv.slice(2)
// A custom authority (here the local cloud's) is not looked up as a public cloud.
const credential = new DefaultAzureCredential({ disableInstanceDiscovery: true })
const client = new CosmosClient({
  endpoint: process.env['COSMOS_ENDPOINT'] ?? '',
  aadCredentials: credential
})
const items = client.database(process.env['COSMOS_DATABASE'] ?? '').container(container)
const seen: unknown[] = []
for (let round = 1; round <= Number(rounds); round++) {
  await items.items.upsert({ id, pk: id, round })
  const { resource } = await items.item(id, id).read<{ round: number }>()
  seen.push(resource?.round)
  if (round < Number(rounds)) await new Promise((resolve) => setTimeout(resolve, Number(pauseMs)))
}
client.dispose()
console.log(JSON.stringify({ rounds: seen }))
