import type { Node as YamlNode } from 'yaml'
import { isResourceId } from '../../cosmos/resource-id.js'
import type { OperationKind } from './operation.js'

/** Writes the given documents, whole, whether or not they exist. */
export interface UpsertOp {
  readonly op: 'upsert'
  readonly container: string
  readonly documents: ReadonlyArray<Record<string, unknown>>
  readonly line: number
}

/** `upsert`: writes only what it is given, so it is not destructive. */
export const upsert: OperationKind<UpsertOp> = {
  name: 'upsert',
  keys: ['container', 'documents'],
  required: ['container', 'documents'],
  parse(body) {
    const documents = body.value['documents']
    const list = body.at('documents')
    if (!Array.isArray(documents) || documents.length === 0)
      return body.fail(list, "'documents' in 'upsert' must be a non-empty list.")
    documents.forEach((doc: unknown, index) => {
      const node = (list as { items?: YamlNode[] }).items?.[index]
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        body.fail(node, 'each document must be an object.')
      const id = (doc as Record<string, unknown>)['id']
      if (typeof id !== 'string' || id === '' || id.length > 1023 || !isResourceId(id))
        body.fail(node, "each document needs a string 'id' without / \\ ? # or control characters.")
    })
    const { container, line } = body
    return {
      op: 'upsert',
      container,
      documents: documents as Array<Record<string, unknown>>,
      line
    }
  },
  isDestructive: () => false,
  containers: (operation) => [operation.container],
  apply: (ctx, operation) => ctx.upsertMany(operation.container, operation.documents)
}
