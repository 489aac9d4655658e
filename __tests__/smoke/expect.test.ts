import { describe, expect, it } from '@jest/globals'
import { checkLatency, isSubset, percentiles } from '../../src/smoke/expect.js'
import { checkQuery } from '../../src/smoke/kinds/query.js'
import { checkRead } from '../../src/smoke/kinds/read.js'

describe('checkQuery', () => {
  it('compares min and max with a single number, else with the number of results', () => {
    expect(checkQuery([3], { min: 3, max: 3 }).every((e) => e.met)).toBe(true)
    expect(checkQuery([2], { min: 3 })).toEqual([
      { what: 'min', expected: '≥ 3', actual: 'value 2', met: false }
    ])
    expect(checkQuery([{ a: 1 }, { a: 2 }], { max: 1 })[0]).toMatchObject({
      actual: '2 results',
      met: false
    })
  })

  it('compares equals with the one result, or a list with all of them, without system properties', () => {
    const results = [{ id: 'a', n: 1, _rid: 'x', _etag: '"1"', _ts: 1 }]
    expect(checkQuery(results, { equals: { id: 'a', n: 1 } })[0]?.met).toBe(true)
    expect(checkQuery(results, { equals: [{ id: 'a', n: 1 }] })[0]?.met).toBe(true)
    expect(checkQuery([...results, ...results], { equals: { id: 'a', n: 1 } })[0]?.met).toBe(false)
    expect(checkQuery([0], { equals: 0 })[0]?.met).toBe(true)
    expect(checkQuery([], { equals: 0 })[0]).toMatchObject({ actual: '[]', met: false })
  })

  it('finds each expected item of contains in some result', () => {
    const results = [{ id: 'a', tags: ['x', 'y'], n: { m: 1 } }, { id: 'b' }]
    expect(checkQuery(results, { contains: [{ id: 'b' }, { tags: ['y'] }] })[0]?.met).toBe(true)
    expect(checkQuery(results, { contains: { n: { m: 2 } } })[0]).toMatchObject({
      met: false,
      actual: 'no result matches {"n":{"m":2}} (2 results)'
    })
  })

  it('evaluates every expectation, not only the first', () => {
    expect(checkQuery([1, 2], { count: 3, max: 1 }).map((e) => e.met)).toEqual([false, false])
  })
})

describe('isSubset', () => {
  it.each([
    [{ a: 1 }, { a: 1, b: 2 }, true],
    [{ a: 1, b: 2 }, { a: 1 }, false],
    [[1], [2, 1], true],
    [[{ a: 1 }], [{ a: 1, b: 1 }], true],
    [{ a: [1] }, { a: 1 }, false],
    [null, null, true],
    [{ a: null }, {}, false],
    ['1', 1, false]
  ])('%j in %j: %s', (expected, actual, result) => {
    expect(isSubset(expected, actual)).toBe(result)
  })
})

describe('checkRead', () => {
  it('checks existence, then fields by path', () => {
    expect(checkRead(undefined, { exists: false })[0]?.met).toBe(true)
    expect(checkRead(undefined, { exists: true, fields: { a: 1 } })).toHaveLength(1)
    const found = checkRead(
      { id: 'a', a: { b: [1, 2] } },
      { exists: true, fields: { 'a.b': [1, 2], 'a.c': 1 } }
    )
    expect(found.map((e) => [e.what, e.met])).toEqual([
      ['exists', true],
      ['field a.b', true],
      ['field a.c', false]
    ])
    expect(found[2]?.actual).toBe('nothing')
  })
})

describe('latency', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(percentiles(samples)).toEqual({ samples: 20, p50Ms: 10, p95Ms: 19, maxMs: 20 })
    expect(percentiles([7])).toEqual({ samples: 1, p50Ms: 7, p95Ms: 7, maxMs: 7 })
  })

  it('compares each budget given', () => {
    const figures = { samples: 20, p50Ms: 10, p95Ms: 19, maxMs: 20 }
    expect(checkLatency(figures, { p95Ms: 19, maxMs: 15 }).map((e) => [e.what, e.met])).toEqual([
      ['latency p95', true],
      ['latency max', false]
    ])
  })
})
