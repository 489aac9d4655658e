import { valueAtPath } from '../cosmos/partition-key.js'
import type { MigrationContext } from './context.js'
import type { DeclarativeOperation } from './declarative.js'

/** Runs one declarative operation through the context's idempotent helpers. */
export async function runOperation(
  ctx: MigrationContext,
  operation: DeclarativeOperation
): Promise<number> {
  switch (operation.op) {
    case 'patch':
      return ctx.updateWhere(operation.container, operation.where, (document) => {
        for (const [path, value] of Object.entries(operation.set)) setPath(document, path, value)
        for (const path of operation.remove) deletePath(document, path)
        for (const [path, by] of Object.entries(operation.increment)) {
          const current = getPath(document, path)
          setPath(document, path, (typeof current === 'number' ? current : 0) + by)
        }
        return document
      })
    case 'renameProperty':
      return ctx.updateWhere(operation.container, operation.where, (document) => {
        if (getPath(document, operation.from) === undefined) return undefined
        setPath(document, operation.to, getPath(document, operation.from))
        deletePath(document, operation.from)
        return document
      })
    case 'removeProperty':
      return ctx.updateWhere(operation.container, operation.where, (document) => {
        if (getPath(document, operation.property) === undefined) return undefined
        deletePath(document, operation.property)
        return document
      })
    case 'delete':
      return ctx.deleteWhere(operation.container, operation.where)
    case 'upsert':
      return ctx.upsertMany(operation.container, operation.documents)
  }
}

/** The value at a dotted property path (`a.b`), as at the partition key path `/a/b`. */
function getPath(document: Record<string, unknown>, path: string): unknown {
  return valueAtPath(document, `/${path.replaceAll('.', '/')}`)
}

function setPath(document: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = document
  for (const key of keys.slice(0, -1)) {
    const next = node[key]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1] as string] = value
}

function deletePath(document: Record<string, unknown>, path: string): void {
  const keys = path.split('.')
  const parent =
    getPath(document, keys.slice(0, -1).join('.') || '') ??
    (keys.length === 1 ? document : undefined)
  const owner = keys.length === 1 ? document : parent
  if (owner !== null && typeof owner === 'object')
    delete (owner as Record<string, unknown>)[keys[keys.length - 1] as string]
}
