import { describe, expect, it } from '@jest/globals'
import queryModule from '@zeit/cosmosdb-query'
import { linearGather } from '../../../testkit/cosmos/linear-gather.js'

type Query = { code: string; exec: (collection: unknown[], options?: object) => unknown }
const create = (
  typeof queryModule === 'function' ? queryModule : (queryModule as { default: unknown }).default
) as (query: string) => Query

/** The library's own code for a query, compiled as its executor does. */
function run(code: string, collection: unknown[], options: object = {}): unknown {
  const query = create('SELECT * FROM c')
  Object.defineProperty(query, 'code', { value: code })
  return query.exec(collection, options)
}

const documents = Array.from({ length: 50 }, (_, i) => ({
  id: `d${i}`,
  half: i % 2,
  _rid: `r${String(i).padStart(3, '0')}`,
  children: [{ name: `c${i}` }]
}))

describe('linearGather', () => {
  it.each([
    'SELECT * FROM c WHERE c.half = 0',
    'SELECT VALUE COUNT(1) FROM c WHERE c.half = 1',
    'SELECT c.id FROM c WHERE c.half = 0 ORDER BY c.id DESC',
    'SELECT * FROM Families f WHERE f.half = 1'
  ])('rewrites the gathering of %s and answers the same pages', (text) => {
    const original = create(text).code
    const linear = linearGather(original)
    expect(linear).not.toBe(original)
    expect(linear).not.toContain('[...$')
    const withHoles = [...documents, undefined]
    for (const options of [{}, { maxItemCount: 7 }]) {
      expect(run(linear, withHoles, options)).toEqual(run(original, withHoles, options))
    }
  })

  it('answers joins the same', () => {
    const original = create('SELECT c.id, k.name FROM c JOIN k IN c.children').code
    const answer = run(linearGather(original), documents) as { result: unknown[] }
    expect(answer.result).toHaveLength(documents.length)
    expect(answer).toEqual(run(original, documents))
  })
})
