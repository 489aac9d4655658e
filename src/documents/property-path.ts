/**
 * Property paths into documents, in the two spellings users write them: dotted (`a.b`, in
 * migrations, CSV columns and smoke expectations) and slashed (`/a/b`, partition key paths).
 * Readers and writers of document paths go through here, with the guard against paths that would
 * reach the runner's own objects instead of the document's (callers that word the refusal their
 * own way check `FORBIDDEN_SEGMENTS` first).
 */

/** Segments that would reach `Object.prototype` or a constructor instead of document data. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype'
])

/**
 * A path: a string, slashed (`/a/b`) when it starts with `/` and dotted (`a.b`) otherwise, or
 * its segments already split, for callers whose paths are always dotted (a leading `/` is then
 * part of the first property's name, as in a CSV column `/a.b`).
 */
export type PropertyPath = string | readonly string[]

/** The segments of a path. */
export function segmentsOf(path: PropertyPath): string[] {
  if (typeof path !== 'string') return [...path]
  return path.startsWith('/') ? path.split('/').filter(Boolean) : path.split('.')
}

/** True when a path names `__proto__`, `constructor` or `prototype` anywhere. */
export function hasForbiddenSegment(path: PropertyPath): boolean {
  return segmentsOf(path).some((segment) => FORBIDDEN_SEGMENTS.has(segment))
}

/**
 * The value at a path, undefined when any step is missing. Only a document's own properties
 * count: `/constructor` of a plain object is absent, not the Object function.
 */
export function valueAt(document: unknown, path: PropertyPath): unknown {
  return segmentsOf(path).reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' && Object.hasOwn(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined,
    document
  )
}

/**
 * Sets the value at a path, making objects of the steps that are missing or are not objects.
 * `replaceArrays` says whether an array on the way is replaced by an object (migrations, where
 * `a.b` means a property) or kept and indexed (canary documents built from key paths).
 * Throws on a forbidden segment: callers check paths when they read them, this is the backstop.
 */
export function setAt(
  document: Record<string, unknown>,
  path: PropertyPath,
  value: unknown,
  options: { readonly replaceArrays?: boolean } = {}
): void {
  const keys = segmentsOf(path)
  if (keys.some((key) => FORBIDDEN_SEGMENTS.has(key)))
    throw new Error(`'${keys.join('.')}' names __proto__, constructor or prototype`)
  let node = document
  for (const key of keys.slice(0, -1)) {
    const next = node[key]
    const replace =
      next === null ||
      typeof next !== 'object' ||
      (options.replaceArrays === true && Array.isArray(next))
    if (replace) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  const last = keys[keys.length - 1]
  if (last !== undefined) node[last] = value
}

/** Removes the property at a path; nothing happens when a step on the way is missing. */
export function deleteAt(document: Record<string, unknown>, path: PropertyPath): void {
  const keys = segmentsOf(path)
  const parent = keys.length === 1 ? document : valueAt(document, keys.slice(0, -1))
  if (parent !== null && typeof parent === 'object')
    delete (parent as Record<string, unknown>)[keys[keys.length - 1] as string]
}
