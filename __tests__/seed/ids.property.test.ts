/**
 * checkId (src/seed/ids.ts): the ids Cosmos DB can store are accepted as they are; ids with
 * / \ ? #, control characters, more than 1,023 bytes, or no string at all are refused with the
 * file and line of their document.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionError } from '../../src/errors.js'
import { checkId, type SeedFile } from '../../src/seed/index.js'

const RUNS = { numRuns: 300 }
const FILE: SeedFile = { path: 'db/seed/products.ndjson', container: 'products', format: 'ndjson' }

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** The reference: what Cosmos DB stores as an id, and what this action reads as one. */
const valid = (id: string): boolean =>
  id !== '' &&
  !/[/\\?#]/.test(id) &&
  !CONTROL.test(id) &&
  id !== '.' &&
  id !== '..' &&
  bytes(id) <= 1023

const idChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('/', '\\', '?', '#', '\n', '\t', '\u0000', '\u007f', '.')
  }
)
const anyId = fc.oneof(
  fc.string({ unit: idChar, maxLength: 20 }),
  fc.constantFrom('.', '..', '...', ' ', '0', '007'),
  // Long ids around the limit, in one-, two-, three- and four-byte characters.
  fc
    .tuple(fc.constantFrom('a', 'é', '日', '😀'), fc.integer({ min: 250, max: 1100 }))
    .map(([c, n]) => c.repeat(Math.ceil(n / c.length)).slice(0, n))
)

function outcome(body: Record<string, unknown>, line: number): string | ActionError {
  try {
    return checkId(FILE, { body, line })
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
}

describe('checkId', () => {
  it('accepts exactly the ids the reference accepts, returning them unchanged', () => {
    fc.assert(
      fc.property(anyId, fc.integer({ min: 1, max: 10_000 }), (id, line) => {
        const result = outcome({ id, other: 1 }, line)
        if (valid(id)) expect(result).toBe(id)
        else {
          expect(result).toBeInstanceOf(ActionError)
          expect((result as ActionError).location).toEqual({ file: FILE.path, line })
          expect((result as ActionError).message).toMatch(
            new RegExp(
              `^db/seed/products\\.ndjson:${line}: the document has (an invalid id|no string 'id')`
            )
          )
        }
      }),
      { numRuns: 500 }
    )
  })

  it('an id with / \\ ? # or a control character anywhere is refused', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.oneof(
          fc.constantFrom('/', '\\', '?', '#', '\u007f'),
          fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c))
        ),
        fc.string({ maxLength: 10 }),
        (before, bad, after) => {
          expect(outcome({ id: `${before}${bad}${after}` }, 3)).toBeInstanceOf(ActionError)
        }
      ),
      RUNS
    )
  })

  it('a missing, empty or non-string id is refused as having no string id', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(undefined),
          fc.constant(''),
          fc.jsonValue().filter((v) => typeof v !== 'string')
        ),
        fc.integer({ min: 1, max: 100 }),
        (id, line) => {
          const result = outcome(id === undefined ? { name: 'x' } : { id }, line)
          expect(result).toBeInstanceOf(ActionError)
          expect((result as ActionError).message).toBe(
            `${FILE.path}:${line}: the document has no string 'id'. Nothing was written.`
          )
        }
      ),
      RUNS
    )
  })
})

describe('checkId examples found by the properties', () => {
  // Regression: the limit was counted in UTF-16 characters, but Cosmos DB's is 1,023 bytes, so
  // an id of 342 '日' (1,026 bytes) passed the first pass and failed at write time, after other
  // documents were written. Counterexample: '日'.repeat(342).
  it('refuses an id over 1,023 bytes that is under 1,023 characters', () => {
    const result = outcome({ id: '日'.repeat(342) }, 7)
    expect(result).toBeInstanceOf(ActionError)
    expect((result as ActionError).message).toContain(
      'it is 1026 bytes in UTF-8, and Cosmos DB stores ids of at most 1023 bytes'
    )
    expect(outcome({ id: '日'.repeat(341) }, 7)).toBe('日'.repeat(341))
  })
})
