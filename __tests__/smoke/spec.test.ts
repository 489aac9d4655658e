import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { parseSmokeChecks, readSmokeFile, smokeJsonSchema } from '../../src/smoke/spec.js'

const parse = (text: string) => parseSmokeChecks('smoke.yml', text)

describe('parseSmokeChecks', () => {
  it('reads each kind with its line', () => {
    const checks = parse(`checks:
  - name: count
    container: products
    query: SELECT VALUE COUNT(1) FROM c WHERE c.kind = @kind
    parameters: { kind: tool }
    expect: { min: 1 }
  - name: read
    container: products
    read: { id: p-1, partitionKey: [t-1, 2] }
    latency: { p95Ms: 50 }
  - name: canary
    container: orders
    canary: true
`)
    expect(checks.map((check) => [check.kind, check.line])).toEqual([
      ['query', 2],
      ['read', 7],
      ['canary', 11]
    ])
    const read = checks[1]
    expect(read?.kind === 'read' && read.spec.latency).toEqual({ samples: 20, p95Ms: 50 })
    expect(read?.kind === 'read' && read.spec.read.partitionKey).toEqual(['t-1', 2])
  })

  it.each([
    ['not YAML', 'checks: [', 1, /not valid YAML/],
    ['no checks', 'checks: []', 1, /`checks` must be a non-empty list/],
    ['a list at the top', '- name: x', 1, /an object with a `checks` list/],
    [
      'an unknown top-level key',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\nextra: 1',
      5,
      /unknown key 'extra'/
    ],
    [
      'no kind',
      'checks:\n  - name: x\n    container: c',
      2,
      /needs one of `query`, `read` or `canary`/
    ],
    [
      'two kinds',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\n    canary: true',
      2,
      /does one thing; this one has `read` and `canary`/
    ],
    [
      'a missing name',
      'checks:\n  - container: c\n    read: { id: a }',
      2,
      /'name' in a read check is required/
    ],
    [
      'an unknown check key',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\n    expct: {}',
      5,
      /unknown key 'expct' in a read check: expected name, container, read, expect, latency/
    ],
    [
      'an unknown expectation',
      'checks:\n  - name: x\n    container: c\n    query: SELECT 1\n    expect:\n      minimum: 2',
      6,
      /unknown key 'minimum' in 'expect': expected count, min, max, equals, contains/
    ],
    [
      'a negative count',
      'checks:\n  - name: x\n    container: c\n    query: SELECT 1\n    expect: { count: -1 }',
      5,
      /'expect.count' in a query check/
    ],
    [
      'a count that is text',
      'checks:\n  - name: x\n    container: c\n    query: SELECT 1\n    expect:\n      count: three',
      6,
      /'expect.count' in a query check/
    ],
    [
      'zero samples',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\n    latency:\n      samples: 0\n      p95Ms: 9',
      6,
      /'latency.samples'/
    ],
    [
      'a budget of zero',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\n    latency:\n      p95Ms: 0',
      6,
      /'latency.p95Ms'/
    ],
    [
      'latency without a budget',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\n    latency: { samples: 3 }',
      5,
      /needs at least one budget/
    ],
    [
      'a latency on a canary',
      'checks:\n  - name: x\n    container: c\n    canary: true\n    latency: { p95Ms: 3 }',
      5,
      /unknown key 'latency' in a canary check/
    ],
    [
      'a canary that is not true',
      'checks:\n  - name: x\n    container: c\n    canary: yes',
      4,
      /expected true, or an object with an optional partitionKey, got the string "yes"/
    ],
    [
      'a path in a container name',
      'checks:\n  - name: x\n    container: ../c\n    read: { id: a }',
      3,
      /'container' in a read check: must be a container name/
    ],
    [
      'a control character in an id',
      'checks:\n  - name: x\n    container: c\n    read: { id: "a\\u0007b" }',
      4,
      /'read.id' in a read check: must be a document id/
    ],
    [
      'an id with a slash',
      'checks:\n  - name: x\n    container: c\n    read: { id: a/b }',
      4,
      /'read.id'/
    ],
    [
      'four partition key levels',
      'checks:\n  - name: x\n    container: c\n    read: { id: a, partitionKey: [1, 2, 3, 4] }',
      4,
      /'read.partitionKey'/
    ],
    [
      'a parameter the query lacks',
      'checks:\n  - name: x\n    container: c\n    query: SELECT * FROM c\n    parameters: { a: 1 }',
      2,
      /gives @a, which the query never uses/
    ],
    [
      'a parameter not given',
      "checks:\n  - name: x\n    container: c\n    query: SELECT * FROM c WHERE c.a = @a AND c.b = '@notone'",
      2,
      /the query uses @a; give it under `parameters`/
    ],
    [
      'a bad parameter name',
      'checks:\n  - name: x\n    container: c\n    query: SELECT @a\n    parameters: { "a b": 1 }',
      5,
      /is not a parameter name/
    ],
    [
      'a duplicate name',
      'checks:\n  - name: x\n    container: c\n    read: { id: a }\n  - name: x\n    container: c\n    read: { id: b }',
      5,
      /already on line 2/
    ],
    [
      'a duplicate key',
      'checks:\n  - name: x\n    name: y\n    container: c\n    read: { id: a }',
      3,
      /not valid YAML: Map keys must be unique/
    ]
  ])('refuses %s, naming the line', (_label, text, line, message) => {
    let error: unknown
    try {
      parse(text)
    } catch (caught) {
      error = caught
    }
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message.startsWith(`smoke.yml:${line}: `)).toBe(true)
    expect((error as { location?: unknown }).location).toEqual({ file: 'smoke.yml', line })
  })
})

describe('smoke.schema.json', () => {
  it('is the schema the action validates with (npm run schema writes it)', async () => {
    const committed: unknown = JSON.parse(await readFile('smoke.schema.json', 'utf8'))
    expect(committed).toEqual(smokeJsonSchema())
  })
})

describe('readSmokeFile', () => {
  it('reads the example', async () => {
    const checks = await readSmokeFile('examples/smoke.yml')
    expect(checks.length).toBeGreaterThan(3)
  })

  it('names a missing file', async () => {
    await expect(readSmokeFile('examples/nope.yml')).rejects.toThrow(
      "'smoke' is 'examples/nope.yml': no such file."
    )
  })
})
