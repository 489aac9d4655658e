/** Property paths into documents: both spellings, own properties only, and the prototype guard. */
import { describe, expect, it } from '@jest/globals'
import {
  deleteAt,
  hasForbiddenSegment,
  segmentsOf,
  setAt,
  valueAt
} from '../../src/documents/property-path.js'

describe('segmentsOf', () => {
  it.each([
    ['a.b.c', ['a', 'b', 'c']],
    ['/a/b', ['a', 'b']],
    ['id', ['id']],
    [
      ['/a', 'b'],
      ['/a', 'b']
    ]
  ])('%j → %j', (path, segments) => {
    expect(segmentsOf(path)).toEqual(segments)
  })
})

describe('valueAt', () => {
  const document = { a: { b: [1, 2], c: null }, '/x': 1 }
  it.each([
    ['a.b', [1, 2]],
    ['/a/b', [1, 2]],
    ['a.c', null],
    ['a.c.d', undefined],
    ['missing.b', undefined],
    ['constructor', undefined],
    ['a.toString', undefined],
    [['/x'], 1]
  ])('%j → %j', (path, value) => {
    expect(valueAt(document, path)).toEqual(value)
  })
})

describe('setAt', () => {
  it.each([
    { path: 'a.b', before: {}, after: { a: { b: 1 } } },
    { path: '/a/b', before: { a: 'x' }, after: { a: { b: 1 } } },
    { path: 'a.b', before: { a: [0] }, replaceArrays: true, after: { a: { b: 1 } } },
    { path: 'a.0', before: { a: [0] }, replaceArrays: false, after: { a: [1] } },
    { path: ['/a', 'b'], before: {}, after: { '/a': { b: 1 } } }
  ])('$path on $before', ({ path, before, replaceArrays, after }) => {
    const document = structuredClone(before) as Record<string, unknown>
    setAt(document, path, 1, replaceArrays === undefined ? {} : { replaceArrays })
    expect(document).toEqual(after)
  })

  it.each(['__proto__.polluted', 'a.constructor', '/prototype/x'])('refuses %s', (path) => {
    expect(() => setAt({}, path, 1)).toThrow('names __proto__, constructor or prototype')
    expect(hasForbiddenSegment(path)).toBe(true)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('deleteAt', () => {
  it.each([
    { path: 'a', before: { a: 1, b: 2 }, after: { b: 2 } },
    { path: 'a.b', before: { a: { b: 1, c: 2 } }, after: { a: { c: 2 } } },
    { path: 'x.y', before: { a: 1 }, after: { a: 1 } }
  ])('$path from $before', ({ path, before, after }) => {
    const document = structuredClone(before) as Record<string, unknown>
    deleteAt(document, path)
    expect(document).toEqual(after)
  })
})
