import type { Container, PartitionKey } from '@azure/cosmos'
import type { Meter } from './kinds/kind.js'

/** A point read, counting its request units; undefined for a 404. */
export async function pointRead(
  container: Container,
  id: string,
  partitionKey: PartitionKey,
  meter: Meter
): Promise<Record<string, unknown> | undefined> {
  const response = await container.item(id, partitionKey).read<Record<string, unknown>>()
  meter.requestCharge += response.requestCharge ?? 0
  return response.statusCode === 404 ? undefined : response.resource
}
