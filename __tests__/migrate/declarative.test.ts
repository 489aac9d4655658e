/**
 * The declarative reader knows operations only through the registry (src/migrate/operations/):
 * the operations its messages list, and the ones it accepts, are the registry's, in its order.
 */
import { describe, expect, it } from '@jest/globals'
import { parseDeclarative, readOperations } from '../../src/migrate/declarative.js'
import type { MigrationFile } from '../../src/migrate/files.js'
import {
  OPERATIONS,
  type OperationKind,
  type ParsedOperation
} from '../../src/migrate/operations/index.js'

function migration(text: string): MigrationFile {
  return {
    path: 'db/migrations/0001-change.yaml',
    fileName: '0001-change.yaml',
    version: 1,
    description: 'change',
    kind: 'declarative',
    repeatable: false,
    checksum: '0'.repeat(64),
    text
  }
}

function messageOf(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a failure')
}

/** An operation that is not one of the product's, to show the reader takes any kind. */
interface TouchOp {
  readonly op: 'touch'
  readonly container: string
  readonly where: string | undefined
  readonly line: number
}
const touch: OperationKind<TouchOp> = {
  name: 'touch',
  keys: ['container', 'where'],
  required: ['container'],
  parse: ({ container, where, line }) => ({ op: 'touch', container, where, line }),
  isDestructive: () => false,
  containers: (operation) => [operation.container],
  apply: async () => 0
}

describe('declarative operations come from the registry', () => {
  it('lists the registry in its order, as the messages always have', () => {
    expect(OPERATIONS.map((kind) => kind.name)).toEqual([
      'patch',
      'renameProperty',
      'removeProperty',
      'delete',
      'upsert'
    ])
    expect(messageOf(() => parseDeclarative(migration('operations:\n  - rename: {}\n')))).toBe(
      "db/migrations/0001-change.yaml:2: unknown operation 'rename': expected one of patch, renameProperty, removeProperty, delete, upsert."
    )
  })

  it.each([
    ['an unknown operation', 'operations:\n  - rename: {}\n', "unknown operation 'rename'"],
    ['an operation of two keys', 'operations:\n  - { a: 1, b: 2 }\n', 'each operation is']
  ])('names the given kinds for %s', (_, text, start) => {
    const message = messageOf(() =>
      readOperations<ParsedOperation>(migration(text), [touch, ...OPERATIONS])
    )
    expect(message).toContain(start)
    expect(message).toContain(`one of touch, ${OPERATIONS.map((kind) => kind.name).join(', ')}.`)
  })

  it('reads an operation of a kind added to the list, with the checks every kind shares', () => {
    const text = 'operations:\n  - touch: { container: products, where: c.x = 1 }\n'
    expect(readOperations(migration(text), [touch])).toEqual([
      { op: 'touch', container: 'products', where: 'c.x = 1', line: 2 }
    ])
    expect(
      messageOf(() =>
        readOperations(migration('operations:\n  - touch: { container: a, at: 1 }\n'), [touch])
      )
    ).toBe(
      "db/migrations/0001-change.yaml:2: unknown key 'at' in 'touch': expected container, where."
    )
    expect(
      messageOf(() =>
        readOperations(migration('operations:\n  - patch: { container: a }\n'), [touch])
      )
    ).toBe("db/migrations/0001-change.yaml:2: unknown operation 'patch': expected one of touch.")
  })
})
