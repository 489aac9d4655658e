/** The bad-input corpus of smoke files: see ../harness.ts for what every case must show. */
import { smoking, type BadInput } from '../harness.js'

export const SMOKE_FILES: readonly BadInput[] = [
  {
    name: 'smoke file with an unknown top-level key',
    stage: 'offline',
    says: "unknown key 'check': a smoke file has only 'checks'",
    arrange: () =>
      smoking('check:\n  - name: x\n    container: products\n    read: { id: p-1 }\n', 1)
  },
  {
    name: "smoke check with an unknown key in expect ('minimum')",
    stage: 'offline',
    says: "unknown key 'minimum' in 'expect': expected count, min, max, equals, contains",
    arrange: () =>
      smoking(
        'checks:\n  - name: typo\n    container: products\n    query: SELECT * FROM c\n    expect:\n      minimum: 3\n',
        6
      )
  },
  {
    name: 'smoke count given as a string',
    stage: 'offline',
    says: "'expect.count' in a query check",
    arrange: () =>
      smoking(
        'checks:\n  - name: three\n    container: products\n    query: SELECT * FROM c\n    expect: { count: "three" }\n',
        5
      )
  },
  {
    name: 'smoke latency budget of zero samples',
    stage: 'offline',
    says: "'latency.samples' in a read check",
    arrange: () =>
      smoking(
        'checks:\n  - name: fast\n    container: products\n    read: { id: p-1 }\n    latency:\n      samples: 0\n      p95Ms: 10\n',
        6
      )
  },
  {
    name: 'smoke check name with a control character',
    stage: 'offline',
    says: "'name' in a read check: must not hold control characters",
    arrange: () =>
      smoking(
        'checks:\n  - name: "bell\\u0007"\n    container: products\n    read: { id: p-1 }\n',
        2
      )
  },
  {
    name: 'smoke container with path traversal ../../etc',
    stage: 'offline',
    says: "'container' in a canary check: must be a container name without / \\ # ?",
    arrange: () =>
      smoking('checks:\n  - name: escape\n    container: ../../etc\n    canary: true\n', 3)
  },
  {
    name: "smoke container '..'",
    stage: 'offline',
    says: "'container' in a canary check: must be a container name without / \\ # ? or control characters, and not . or ..",
    arrange: () => smoking('checks:\n  - name: escape\n    container: ..\n    canary: true\n', 3)
  },
  {
    name: "smoke read of id '..' (would read the container itself)",
    stage: 'offline',
    says: "'read.id' in a read check: must be a document id without / \\ # ? or control characters, and not . or ..",
    arrange: () =>
      smoking('checks:\n  - name: up\n    container: products\n    read:\n      id: ..\n', 5)
  },
  {
    name: 'smoke read of an id with #',
    stage: 'offline',
    says: "'read.id' in a read check: must be a document id",
    arrange: () =>
      smoking("checks:\n  - name: hash\n    container: products\n    read: { id: 'p#1' }\n", 4)
  },
  {
    name: 'smoke check with a __proto__ key',
    stage: 'offline',
    says: "a key named '__proto__' cannot be part of a check",
    arrange: () =>
      smoking(
        'checks:\n  - name: proto\n    container: products\n    read: { id: p-1 }\n    __proto__: { canary: true }\n',
        5
      )
  },
  {
    name: 'smoke file over 1 MB',
    stage: 'offline',
    says: /\d+ bytes; a smoke file holds at most 1048576 bytes of checks/,
    arrange: () =>
      smoking(
        `checks:\n  - name: big\n    container: products\n    query: SELECT * FROM c\n# ${'x'.repeat(1024 * 1024)}\n`,
        1,
        true
      )
  },
  {
    name: 'smoke file whose aliases expand past the limit (billion laughs)',
    stage: 'offline',
    says: 'the check cannot be read: Excessive alias count',
    arrange: () => {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
      for (const [name, previous] of [
        ['b', 'a'],
        ['c', 'b'],
        ['d', 'c'],
        ['e', 'd']
      ] as const)
        levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`)
      return smoking(
        `checks:\n  - name: laughs\n    container: products\n    query: SELECT * FROM c\n    expect:\n      equals:\n        ${levels.join('\n        ')}\n`,
        2
      )
    }
  },
  {
    name: 'smoke checks with one name twice',
    stage: 'offline',
    says: "a check named 'twice' is already on line 2",
    arrange: () =>
      smoking(
        'checks:\n  - name: twice\n    container: products\n    read: { id: p-1 }\n  - name: twice\n    container: products\n    read: { id: p-2 }\n',
        5
      )
  },
  {
    name: 'smoke check doing two things',
    stage: 'offline',
    says: 'a check does one thing; this one has `query` and `read`',
    arrange: () =>
      smoking(
        'checks:\n  - name: both\n    container: products\n    query: SELECT * FROM c\n    read: { id: p-1 }\n',
        2
      )
  },
  {
    name: 'smoke file that is not YAML (tab indentation)',
    stage: 'offline',
    says: 'not valid YAML: Tabs are not allowed as indentation',
    arrange: () => smoking('checks:\n\t- name: x\n', 2)
  },
  {
    name: 'smoke query with a parameter it never uses',
    stage: 'offline',
    says: '`parameters` gives @limit, which the query never uses',
    arrange: () =>
      smoking(
        'checks:\n  - name: unused\n    container: products\n    query: SELECT * FROM c\n    parameters: { limit: 3 }\n',
        2
      )
  },
  {
    name: 'smoke partition key of four levels',
    stage: 'offline',
    says: "'read.partitionKey' in a read check: 4 values, but Cosmos DB hierarchical partition keys have at most 3 levels",
    arrange: () =>
      smoking(
        'checks:\n  - name: deep\n    container: events\n    read: { id: e-1, partitionKey: [a, b, c, d] }\n',
        4
      )
  },
  {
    name: 'smoke container given as a number',
    stage: 'offline',
    says: "'container' in a canary check: expected a string (a container name), got the number 5",
    arrange: () => smoking('checks:\n  - name: five\n    container: 5\n    canary: true\n', 3)
  },
  {
    name: 'smoke count that is not a whole number',
    stage: 'offline',
    says: "'expect.count' in a query check: expected a whole number, got 1.5",
    arrange: () =>
      smoking(
        'checks:\n  - name: half\n    container: products\n    query: SELECT * FROM c\n    expect:\n      count: 1.5\n',
        6
      )
  },
  {
    name: 'smoke min given as a quoted number',
    stage: 'offline',
    says: `'expect.min' in a query check: expected a number, got the string "3"`,
    arrange: () =>
      smoking(
        'checks:\n  - name: quoted\n    container: products\n    query: SELECT VALUE COUNT(1) FROM c\n    expect:\n      min: "3"\n',
        6
      )
  },
  {
    name: 'smoke exists given as "yes"',
    stage: 'offline',
    says: `'expect.exists' in a read check: expected true or false, got the string "yes"`,
    arrange: () =>
      smoking(
        'checks:\n  - name: there\n    container: products\n    read: { id: p-1 }\n    expect:\n      exists: "yes"\n',
        6
      )
  },
  {
    name: 'smoke check built with a YAML merge key',
    stage: 'offline',
    says: "merge keys ('<<: *anchor') are not supported in a smoke file: write each check's keys out in full",
    arrange: () =>
      smoking(
        'checks:\n  - &first\n    name: one\n    container: products\n    read: { id: p-1 }\n  - <<: *first\n    name: two\n',
        6
      )
  },
  {
    name: 'smoke container a/b',
    stage: 'offline',
    says: "'container' in a read check: must be a container name without / \\ # ? or control characters",
    arrange: () =>
      smoking('checks:\n  - name: slash\n    container: products/x\n    read: { id: p-1 }\n', 3)
  },
  {
    name: 'smoke latency with samples and no budget',
    stage: 'offline',
    says: "'latency' in a read check: needs at least one budget: p50Ms, p95Ms or maxMs",
    arrange: () =>
      smoking(
        'checks:\n  - name: unbounded\n    container: products\n    read: { id: p-1 }\n    latency:\n      samples: 5\n',
        6
      )
  }
]
