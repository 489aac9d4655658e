/**
 * Declarative migrations (src/migrate/declarative.ts): generated valid operations, written as
 * YAML or JSON, parse to the same operations at their lines; reserved and forbidden property
 * paths are always refused, wherever they are written.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { SYSTEM_PROPERTIES } from '../../src/cosmos/transient.js'
import { ActionError } from '../../src/errors.js'
import {
  isDestructive,
  parseDeclarative,
  type DeclarativeOperation
} from '../../src/migrate/declarative.js'
import type { MigrationFile } from '../../src/migrate/files.js'

const RUNS = { numRuns: 150 }

function migration(text: string, format: 'yaml' | 'json'): MigrationFile {
  const fileName = `0001-change.${format}`
  return {
    path: `db/migrations/${fileName}`,
    fileName,
    version: 1,
    description: 'change',
    kind: 'declarative',
    repeatable: false,
    checksum: '0'.repeat(64),
    text
  }
}

function render(document: unknown, format: 'yaml' | 'json'): string {
  return format === 'json' ? JSON.stringify(document, null, 2) : stringify(document)
}

/** The line of each operation in a rendered file: `  - ` in YAML, `    {` in two-space JSON. */
function operationLines(text: string, format: 'yaml' | 'json'): number[] {
  return text
    .split('\n')
    .map((line, i) =>
      (format === 'json' ? line === '    {' : line.startsWith('  - ')) ? i + 1 : 0
    )
    .filter((n) => n > 0)
}

// ---------------------------------------------------------------------------------------------
// Generators.

const FORBIDDEN = ['__proto__', 'constructor', 'prototype']
const RESERVED = ['id', ...SYSTEM_PROPERTIES]

const segment = fc.stringMatching(/^[A-Za-z_$][\w$]{0,6}$/).filter((s) => !FORBIDDEN.includes(s))
/** A property path the migration may change: not the id, not a system property. */
const path = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .filter((parts) => !RESERVED.includes(parts[0] as string))
  .map((parts) => parts.join('.'))
/** Paths that must be refused: a forbidden segment anywhere, a reserved first segment, or no path. */
const badPath = fc.oneof(
  fc
    .tuple(
      fc.array(segment, { maxLength: 2 }),
      fc.constantFrom(...FORBIDDEN),
      fc.array(segment, { maxLength: 2 })
    )
    .map(([before, bad, after]) => [...before, bad, ...after].join('.')),
  fc
    .tuple(fc.constantFrom(...RESERVED), fc.array(segment, { maxLength: 2 }))
    .map(([first, rest]) => [first, ...rest].join('.')),
  fc.constantFrom('', 'a..b', '.a', 'a.', '1a', 'a-b', ' a', 'a b', '/a', 'a/b', 'a.$1x.')
)

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .filter((s) => s.trim() !== '' && !CONTROL.test(s))
const name = text.filter((s) => !/[/\\#?]/.test(s) && s !== '.' && s !== '..')
const where = fc.option(text, { nil: undefined })
const json = fc.jsonValue({ maxDepth: 2 })

type Operation = {
  written: Record<string, Record<string, unknown>>
  expected: Omit<DeclarativeOperation, 'line'>
}

const withWhere = (
  body: Record<string, unknown>,
  w: string | undefined
): Record<string, unknown> => (w === undefined ? body : { ...body, where: w })

const patch: fc.Arbitrary<Operation> = fc
  .record(
    {
      container: name,
      where,
      set: fc.dictionary(path, json, { minKeys: 1, maxKeys: 3 }),
      remove: fc.uniqueArray(path, { minLength: 1, maxLength: 3 }),
      increment: fc.dictionary(
        path,
        // No -0: JSON writes it as 0, which is what a file holds.
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n))
        ),
        { minKeys: 1, maxKeys: 3 }
      )
    },
    { requiredKeys: ['container', 'where'] }
  )
  .filter((p) => p.set !== undefined || p.remove !== undefined || p.increment !== undefined)
  .map(({ container, where: w, set, remove, increment }) => ({
    written: {
      patch: withWhere(
        {
          container,
          ...(set === undefined ? {} : { set }),
          ...(remove === undefined ? {} : { remove }),
          ...(increment === undefined ? {} : { increment })
        },
        w
      )
    },
    expected: {
      op: 'patch',
      container,
      where: w,
      set: set ?? {},
      remove: remove ?? [],
      increment: increment ?? {}
    }
  }))
const contains = (a: string, b: string): boolean =>
  a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)
const rename: fc.Arbitrary<Operation> = fc
  .record({ container: name, where, from: path, to: path })
  .filter(({ from, to }) => !contains(from, to))
  .map(({ container, where: w, from, to }) => ({
    written: { renameProperty: withWhere({ container, from, to }, w) },
    expected: { op: 'renameProperty', container, where: w, from, to }
  }))
const removeProperty: fc.Arbitrary<Operation> = fc
  .record({ container: name, where, property: path })
  .map(({ container, where: w, property }) => ({
    written: { removeProperty: withWhere({ container, property }, w) },
    expected: { op: 'removeProperty', container, where: w, property }
  }))
const deleteOperation: fc.Arbitrary<Operation> = fc
  .record({ container: name, where })
  .map(({ container, where: w }) => ({
    written: { delete: withWhere({ container }, w) },
    expected: { op: 'delete', container, where: w }
  }))
const upsert: fc.Arbitrary<Operation> = fc
  .record({
    container: name,
    documents: fc.array(
      fc
        .tuple(
          name,
          fc.dictionary(
            segment.filter((s) => s !== 'id'),
            json,
            { maxKeys: 3 }
          )
        )
        .map(([id, rest]) => ({ id, ...rest })),
      { minLength: 1, maxLength: 3 }
    )
  })
  .map(({ container, documents }) => ({
    written: { upsert: { container, documents } },
    expected: { op: 'upsert', container, documents }
  }))
const operation = fc.oneof(patch, rename, removeProperty, deleteOperation, upsert)
const format = fc.constantFrom('yaml' as const, 'json' as const)
const description = fc.option(text, { nil: undefined })

const fileOf = (operations: Operation[], d: string | undefined): Record<string, unknown> => ({
  ...(d === undefined ? {} : { description: d }),
  operations: operations.map((o) => o.written)
})

// ---------------------------------------------------------------------------------------------

describe('parseDeclarative', () => {
  it('valid generated operations parse back to themselves, each at its line', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 1, maxLength: 4 }),
        format,
        description,
        (ops, f, d) => {
          const text = render(fileOf(ops, d), f)
          const parsed = parseDeclarative(migration(text, f))
          const lines = operationLines(text, f)
          expect(parsed).toEqual(ops.map((o, i) => ({ ...o.expected, line: lines[i] })))
        }
      ),
      RUNS
    )
  })

  /** Puts a bad path in one of the places an operation names a property. */
  const placed = fc.oneof(
    fc
      .tuple(patch, badPath, fc.constantFrom('set', 'increment', 'remove'))
      .map(([o, bad, slot]) => {
        const body = { ...(o.written['patch'] as Record<string, unknown>) }
        if (slot === 'remove') body['remove'] = [...((body['remove'] as string[]) ?? []), bad]
        else
          body[slot] = Object.fromEntries([
            ...Object.entries((body[slot] as Record<string, unknown>) ?? {}),
            [bad, slot === 'set' ? 'x' : 1]
          ])
        return { patch: body }
      }),
    fc.tuple(rename, badPath, fc.constantFrom('from', 'to')).map(([o, bad, slot]) => ({
      renameProperty: { ...o.written['renameProperty'], [slot]: bad }
    })),
    fc.tuple(removeProperty, badPath).map(([o, bad]) => ({
      removeProperty: { ...o.written['removeProperty'], property: bad }
    }))
  )

  it('a reserved, forbidden or malformed property path is refused, within its operation', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 2 }),
        placed,
        fc.array(operation, { maxLength: 2 }),
        format,
        (before, bad, after, f) => {
          const document = {
            operations: [...before.map((o) => o.written), bad, ...after.map((o) => o.written)]
          }
          const text = render(document, f)
          const lines = operationLines(text, f)
          let error: unknown
          try {
            parseDeclarative(migration(text, f))
          } catch (caught) {
            error = caught
          }
          expect(error).toBeInstanceOf(ActionError)
          const { location } = error as ActionError
          const first = lines[before.length] as number
          const next = lines[before.length + 1] ?? text.split('\n').length + 1
          expect(location?.file).toBe(`db/migrations/0001-change.${f}`)
          expect(location?.line).toBeGreaterThanOrEqual(first)
          expect(location?.line).toBeLessThan(next)
        }
      ),
      RUNS
    )
  })

  it('never throws anything but an ActionError with the file and a line', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        'operations:\n',
        '  - ',
        'patch:\n',
        '      container: c\n',
        '      set: { a: 1 }\n',
        '      remove: [a, __proto__]\n',
        '      increment: { n: x }\n',
        'renameProperty: { container: c, from: a, to: a.b }\n',
        'upsert: { container: c, documents: [{ id: a }, 1] }\n',
        'delete: {}\n',
        '{',
        '[',
        ': ',
        '"',
        '\n',
        '&a [*a]\n'
      ),
      fc.string({ maxLength: 6 })
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), format, (parts, f) => {
        const text = parts.join('')
        try {
          parseDeclarative(migration(text, f))
        } catch (error) {
          expect(error).toBeInstanceOf(ActionError)
          const { location } = error as ActionError
          expect(location?.file).toBe(`db/migrations/0001-change.${f}`)
          expect(location?.line).toBeGreaterThanOrEqual(1)
          expect(location?.line).toBeLessThanOrEqual(text.split('\n').length)
        }
      }),
      { numRuns: 500 }
    )
  })
})

describe('isDestructive', () => {
  it('is true exactly for deletes, property removals and patches that remove', () => {
    fc.assert(
      fc.property(operation, (o) => {
        const e = o.expected as DeclarativeOperation
        const reference =
          e.op === 'delete' ||
          e.op === 'removeProperty' ||
          (e.op === 'patch' && e.remove.length > 0)
        expect(isDestructive({ ...e, line: 1 } as DeclarativeOperation)).toBe(reference)
      }),
      RUNS
    )
  })
})
