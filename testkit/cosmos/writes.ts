import type { CosmosRequestRecord } from './gateway.js'

/**
 * Successful writes per document id under a container's `docs` path, from the gateway's records:
 * requests of the given methods (point writes: a patch is PATCH, a replace PUT) that succeeded.
 * What tests of exactly-once work count.
 */
export function writesPerDocument(
  records: readonly CosmosRequestRecord[],
  docsPath: string,
  methods: readonly string[]
): Map<string, number> {
  const prefix = `${docsPath}/`
  const counts = new Map<string, number>()
  for (const record of records) {
    if (!methods.includes(record.method) || record.status >= 300 || !record.path.startsWith(prefix))
      continue
    const id = decodeURIComponent(record.path.slice(prefix.length))
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
