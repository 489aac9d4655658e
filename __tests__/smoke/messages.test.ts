/** What a smoke file's problems say: the type expected against the value given, and why. */
import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { given } from '../../src/smoke/issue-messages.js'
import { parseSmokeChecks } from '../../src/smoke/spec.js'

function refusal(text: string): ActionError {
  try {
    parseSmokeChecks('smoke.yml', text)
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected the file to be refused')
}

const query = (expect: string) =>
  `checks:\n  - name: x\n    container: c\n    query: SELECT 1\n    expect: ${expect}`
const read = (more: string) => `checks:\n  - name: x\n    container: c\n    read: ${more}`

describe('a value of the wrong type', () => {
  it.each([
    [
      'a container that is a number',
      'checks:\n  - name: x\n    container: 5\n    canary: true',
      3,
      "'container' in a canary check: expected a string (a container name), got the number 5."
    ],
    [
      'a count that is not whole',
      query('{ count: 1.5 }'),
      5,
      "'expect.count' in a query check: expected a whole number, got 1.5."
    ],
    [
      'a count that is text',
      query('{ count: three }'),
      5,
      `'expect.count' in a query check: expected a whole number, got the string "three".`
    ],
    [
      'a min that is quoted',
      query('{ min: "3" }'),
      5,
      `'expect.min' in a query check: expected a number, got the string "3".`
    ],
    [
      'exists: "yes"',
      `${read('{ id: a }')}\n    expect: { exists: "yes" }`,
      5,
      `'expect.exists' in a read check: expected true or false, got the string "yes".`
    ],
    [
      'an empty name',
      'checks:\n  - name:\n    container: c\n    canary: true',
      2,
      "'name' in a canary check: expected a string (the check's name), got an empty value."
    ],
    [
      'a read that is a string',
      read('p-1'),
      4,
      `'read' in a read check: expected an object (the document's id, and its partition key), got the string "p-1".`
    ],
    [
      'a fractional sample count',
      `${read('{ id: a }')}\n    latency: { samples: 2.5, p95Ms: 9 }`,
      5,
      "'latency.samples' in a read check: expected a whole number, got 2.5."
    ],
    [
      'a canary that is false',
      'checks:\n  - name: x\n    container: c\n    canary: false',
      4,
      "'canary' in a canary check: expected true, or an object with an optional partitionKey, got false."
    ]
  ])('%s says what was expected and what was given', (_label, text, line, says) => {
    const error = refusal(text)
    expect(error.message).toBe(`smoke.yml:${line}: ${says}`)
    expect(error.location).toEqual({ file: 'smoke.yml', line })
  })

  it('is still "required" when the key is missing', () => {
    expect(refusal('checks:\n  - name: x\n    canary: true').message).toBe(
      "smoke.yml:2: 'container' in a canary check is required."
    )
  })
})

describe('a partition key', () => {
  it.each([
    [
      'of four levels says why: Cosmos DB allows three',
      read('{ id: a, partitionKey: [a, b, c, d] }'),
      4,
      "'read.partitionKey' in a read check: 4 values, but Cosmos DB hierarchical partition keys have at most 3 levels: give one value per path of the container's partition key."
    ],
    [
      'of four levels on a canary, the same',
      'checks:\n  - name: x\n    container: c\n    canary: { partitionKey: [1, 2, 3, 4] }',
      4,
      "'canary.partitionKey' in a canary check: 4 values, but Cosmos DB hierarchical partition keys have at most 3 levels: give one value per path of the container's partition key."
    ],
    [
      'that is an object says what a key is',
      read('{ id: a, partitionKey: { tenant: t } }'),
      4,
      "'read.partitionKey' in a read check: expected a partition key value (a string, a number, a boolean or null) or a list of up to 3 (one per level of a hierarchical key), got an object."
    ],
    [
      'with an object as one level names that level, on its line',
      'checks:\n  - name: x\n    container: c\n    read:\n      id: a\n      partitionKey:\n        - t\n        - { day: 1 }',
      8,
      "'read.partitionKey[1]' in a read check: expected a string, a number, a boolean or null, got an object."
    ],
    [
      'that is an empty list',
      read('{ id: a, partitionKey: [] }'),
      4,
      "'read.partitionKey' in a read check: an empty list: give the key value, or one value per level of a hierarchical key."
    ]
  ])('%s', (_label, text, line, says) => {
    expect(refusal(text).message).toBe(`smoke.yml:${line}: ${says}`)
  })
})

describe('limits', () => {
  it.each([
    [
      'a budget of zero',
      `${read('{ id: a }')}\n    latency: { p95Ms: 0 }`,
      "'latency.p95Ms' in a read check: must be more than 0, got 0."
    ],
    [
      'too many samples',
      `${read('{ id: a }')}\n    latency: { samples: 1001, p95Ms: 9 }`,
      "'latency.samples' in a read check: must be at most 1000, got 1001."
    ],
    [
      'an empty name',
      'checks:\n  - name: ""\n    container: c\n    canary: true',
      "'name' in a canary check: must not be empty."
    ],
    [
      'a long name',
      `checks:\n  - name: ${'n'.repeat(201)}\n    container: c\n    canary: true`,
      "'name' in a canary check: must be at most 200 characters long, got 201."
    ]
  ])('%s says the limit and the value', (_label, text, says) => {
    expect(refusal(text).message).toMatch(`: ${says}`)
  })
})

describe('merge keys', () => {
  const says =
    "merge keys ('<<: *anchor') are not supported in a smoke file: write each check's keys out in full."

  it.each([
    [
      'in a check',
      'checks:\n  - &first\n    name: a\n    container: c\n    canary: true\n  - <<: *first\n    name: b',
      6
    ],
    [
      'from an anchor outside the checks',
      'base: &base\n  container: c\nchecks:\n  - name: a\n    canary: true\n    <<: *base',
      6
    ],
    [
      'in an expectation',
      'checks:\n  - name: a\n    container: c\n    query: SELECT * FROM c\n    expect:\n      equals:\n        - &one { id: 1 }\n        - { <<: *one, n: 2 }',
      8
    ]
  ])('are refused %s, on their line', (_label, text, line) => {
    const error = refusal(text)
    expect(error.message.startsWith(`smoke.yml:${line}: ${says}`)).toBe(true)
    expect(error.location).toEqual({ file: 'smoke.yml', line })
  })

  it("leave a quoted '<<' alone: a property of that name", () => {
    const [check] = parseSmokeChecks(
      'smoke.yml',
      "checks:\n  - name: a\n    container: c\n    query: SELECT * FROM c\n    expect: { equals: { '<<': 1 } }"
    )
    expect(check?.kind === 'query' && check.spec.expect?.equals).toEqual({ '<<': 1 })
  })

  it('leave aliases of whole values alone', () => {
    const checks = parseSmokeChecks(
      'smoke.yml',
      'checks:\n  - name: a\n    container: c\n    read: { id: x, partitionKey: &t [t-1, 2026] }\n  - name: b\n    container: c\n    read: { id: y, partitionKey: *t }'
    )
    expect(checks.map((check) => check.kind === 'read' && check.spec.read.partitionKey)).toEqual([
      ['t-1', 2026],
      ['t-1', 2026]
    ])
  })
})

describe('given', () => {
  it.each([
    [null, 'an empty value'],
    ['a\u0007b', 'the string "a\\u0007b"'],
    ['x'.repeat(50), `the string "${'x'.repeat(40)}…"`],
    [5, 'the number 5'],
    [Infinity, '.inf, which is not a number JSON can hold'],
    [-Infinity, '-.inf, which is not a number JSON can hold'],
    [NaN, '.nan, which is not a number JSON can hold'],
    [true, 'true'],
    [[1], 'a list of 1 item'],
    [[1, 2], 'a list of 2 items'],
    [{ a: 1 }, 'an object']
  ])('%j is %s', (value, says) => {
    expect(given(value)).toBe(says)
  })
})
