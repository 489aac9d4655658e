import { hash } from 'node:crypto'
import { partitionKeyOf } from '../cosmos/partition-key.js'

/**
 * One job's share of work split across the jobs of a matrix (`shard: 2/4`): part `index` (from 1)
 * of `count`. Every document belongs to exactly one part, by a stable hash of its partition key
 * and id: the same in every job, every run and every version of the action, so that a part one
 * job left half done is finished by another with the same documents.
 */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** The whole of the work, as a job without `shard` does it. */
export const WHOLE: Shard = { index: 1, count: 1 }

/** `2/4` as a shard; undefined when it is not one (index from 1 to count, count up to 100). */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text.trim())
  if (match === null) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) return undefined
  return { index, count }
}

/** More parts than a matrix of jobs would sensibly hold (GitHub allows 256 jobs a matrix). */
export const MAX_SHARDS = 100

/**
 * The part (from 1) a document belongs to of `count`: the first four bytes of the SHA-256 of its
 * partition key value and id, as JSON, modulo the count. Ids are unique within a partition key
 * value only, so both are hashed.
 */
export function partOf(partitionKey: unknown, id: string, count: number): number {
  if (count <= 1) return 1
  const digest = hash('sha256', JSON.stringify([partitionKey ?? null, id]), 'buffer')
  return (digest.readUInt32BE(0) % count) + 1
}

/** True when the document with this partition key value and id is the shard's to process. */
export function owns(shard: Shard, partitionKey: unknown, id: string): boolean {
  return shard.count <= 1 || partOf(partitionKey, id, shard.count) === shard.index
}

/** True when the document, in a container of these partition key paths, is the shard's. */
export function ownsDocument(
  shard: Shard,
  document: Record<string, unknown>,
  paths: readonly string[]
): boolean {
  return owns(shard, partitionKeyOf(document, paths), String(document['id']))
}

/** "shard 2 of 4", for logs and the summary. */
export function describeShard(shard: Shard): string {
  return `shard ${shard.index} of ${shard.count}`
}

/**
 * A shard's share of request units per second: the jobs of a matrix run at once against the same
 * containers, so each keeps to its part of a budget (0, no limit, stays 0).
 */
export function shareOf(ruPerSecond: number, shard: Shard): number {
  if (ruPerSecond <= 0 || shard.count <= 1) return ruPerSecond
  return Math.max(1, Math.floor(ruPerSecond / shard.count))
}

/** A container's provisioned RU/s as one shard should pace to it: its share. */
export function shareOfProvisioned(
  provisioned: ((container: string) => Promise<number | undefined>) | undefined,
  shard: Shard
): ((container: string) => Promise<number | undefined>) | undefined {
  if (provisioned === undefined || shard.count <= 1) return provisioned
  return async (container) => {
    const whole = await provisioned(container)
    return whole === undefined ? undefined : shareOf(whole, shard)
  }
}
