/** The value at a partition key path such as `/tenant/id` (undefined when absent). */
export function valueAtPath(document: Record<string, unknown>, path: string): unknown {
  return path
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      document
    )
}

/**
 * A document's partition key for a container's key paths: one value for a single path, an
 * array for hierarchical keys; undefined when any component is missing.
 */
export function partitionKeyOf(
  document: Record<string, unknown>,
  paths: readonly string[]
): unknown {
  const values = paths.map((path) => valueAtPath(document, path))
  if (values.some((value) => value === undefined)) return undefined
  return values.length === 1 ? values[0] : values
}
