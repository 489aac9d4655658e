import { valueAt } from '../documents/property-path.js'

/**
 * A document's partition key for a container's key paths: one value for a single path, an
 * array for hierarchical keys; undefined when any component is missing.
 */
export function partitionKeyOf(
  document: Record<string, unknown>,
  paths: readonly string[]
): unknown {
  const values = paths.map((path) => valueAt(document, path))
  if (values.some((value) => value === undefined)) return undefined
  return values.length === 1 ? values[0] : values
}
