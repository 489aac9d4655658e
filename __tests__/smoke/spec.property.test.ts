/**
 * Smoke files (src/smoke/spec.ts) and expectations (src/smoke/expect.ts, kinds/query.ts):
 * random valid checks rendered as YAML parse back to the same specs; single mutations are
 * refused at the line of the mutated key; isSubset and checkQuery agree with reference
 * definitions.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { LineCounter, isMap, isScalar, parseDocument, stringify, type Node as YamlNode } from 'yaml'
import { ActionError } from '../../src/errors.js'
import { isSubset } from '../../src/smoke/expect.js'
import { checkQuery } from '../../src/smoke/kinds/query.js'
import { parseSmokeChecks, type SmokeCheck } from '../../src/smoke/spec.js'

const RUNS = { numRuns: 150 }
const FILE = 'smoke.yml'

// ---------------------------------------------------------------------------------------------
// Generators of valid checks, as the plain objects a user writes.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
const text = (max: number): fc.Arbitrary<string> =>
  fc
    .string({
      unit: fc.oneof(
        { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(': ', ' #', '- ', '"', "'", '\\', 'true', '1', '~')
        }
      ),
      minLength: 1,
      maxLength: max
    })
    .filter((s) => !CONTROL.test(s) && s.length <= max)
/** Container names and ids: no / \ # ?, no control characters, not . or .. */
const resourceName = (max: number): fc.Arbitrary<string> =>
  text(max).filter((s) => !/[/\\#?]/.test(s) && s !== '.' && s !== '..')

const keyPart = fc.oneof(
  text(12),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null)
)
const partitionKey = fc.oneof(keyPart, fc.array(keyPart, { minLength: 1, maxLength: 3 }))
/** Whether a value holds a key at any depth. */
const hasKey = (value: unknown, key: string): boolean =>
  value !== null &&
  typeof value === 'object' &&
  (Object.hasOwn(value, key) || Object.values(value).some((inner) => hasKey(inner, key)))
/**
 * JSON values a check may hold: no '__proto__' key (refused in a check: see below), and no '<<'
 * key, which yaml.stringify writes unquoted, a merge key the reader refuses (messages.test.ts).
 */
const json = fc
  .jsonValue({ maxDepth: 3 })
  .filter((v) => !hasKey(v, '__proto__') && !hasKey(v, '<<'))
const ms = fc.oneof(
  fc.integer({ min: 1, max: 600_000 }),
  fc.double({ min: 0.001, max: 600_000, noNaN: true })
)
const latency = fc
  .record(
    {
      samples: fc.integer({ min: 1, max: 1000 }),
      p50Ms: ms,
      p95Ms: ms,
      maxMs: ms
    },
    { requiredKeys: [] }
  )
  .filter((l) => l.p50Ms !== undefined || l.p95Ms !== undefined || l.maxMs !== undefined)

const parameterName = fc.stringMatching(/^[A-Za-z_]\w{0,8}$/).filter((n) => n !== '__proto__')
/** A query with the parameters it uses, each given once (with or without its @). */
const queryWithParameters = fc
  .record({
    names: fc.uniqueArray(parameterName, { maxLength: 3 }),
    at: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    values: fc.array(json, { minLength: 3, maxLength: 3 }),
    filler: fc.array(fc.stringMatching(/^[A-Za-z0-9 ().,=<>*]{0,15}$/), {
      minLength: 4,
      maxLength: 4
    })
  })
  .map(({ names, at, values, filler }) => ({
    query: `SELECT * FROM c WHERE ${names.map((n, i) => `${filler[i]} @${n} `).join('AND ')}${filler[3]}`,
    parameters:
      names.length === 0
        ? undefined
        : Object.fromEntries(names.map((n, i) => [at[i] ? `@${n}` : n, values[i]]))
  }))

const queryExpect = fc.record(
  {
    count: fc.nat(),
    min: fc.double({ noNaN: true, noDefaultInfinity: true }),
    max: fc.double({ noNaN: true, noDefaultInfinity: true }),
    equals: json,
    contains: json
  },
  { requiredKeys: [] }
)
const fieldPath = fc
  .array(
    text(6).filter((s) => !s.includes('.')),
    { minLength: 1, maxLength: 3 }
  )
  .map((parts) => parts.join('.'))
  // Written unquoted, '<<' is a merge key (see json above).
  .filter((path) => path !== '<<')
const readExpect = fc.record(
  {
    exists: fc.boolean(),
    fields: fc.dictionary(fieldPath, json, { maxKeys: 3 })
  },
  { requiredKeys: [] }
)

type Check = Record<string, unknown>

const queryCheck: fc.Arbitrary<Check> = fc
  .record(
    {
      container: resourceName(30),
      q: queryWithParameters,
      partitionKey,
      expect: queryExpect,
      latency
    },
    { requiredKeys: ['container', 'q'] }
  )
  .map(({ q, ...rest }) => ({
    ...rest,
    query: q.query,
    ...(q.parameters === undefined ? {} : { parameters: q.parameters })
  }))
const readCheck: fc.Arbitrary<Check> = fc.record(
  {
    container: resourceName(30),
    read: fc.record({ id: resourceName(40), partitionKey }, { requiredKeys: ['id'] }),
    expect: readExpect,
    latency
  },
  { requiredKeys: ['container', 'read'] }
)
const canaryCheck: fc.Arbitrary<Check> = fc.record({
  container: resourceName(30),
  canary: fc.oneof(fc.constant(true), fc.record({ partitionKey }, { requiredKeys: [] }))
})

const checks: fc.Arbitrary<Check[]> = fc
  .uniqueArray(text(40), { minLength: 1, maxLength: 5 })
  .chain((names) =>
    fc
      .tuple(...names.map(() => fc.oneof(queryCheck, readCheck, canaryCheck)))
      .map((bodies) => bodies.map((body, i) => ({ name: names[i], ...body })))
  )

const kindOf = (check: Check): SmokeCheck['kind'] =>
  'query' in check ? 'query' : 'read' in check ? 'read' : 'canary'

/** The spec the parser should give for a check: defaults filled in, canary flattened. */
function expectedSpec(check: Check): unknown {
  const copy = structuredClone(check) as Record<string, Record<string, unknown> | undefined>
  if (copy['latency']) copy['latency'] = { samples: 20, ...copy['latency'] }
  if (kindOf(check) === 'read' && copy['expect'])
    copy['expect'] = { exists: true, ...copy['expect'] }
  if (kindOf(check) === 'canary') {
    const canary = check['canary']
    return {
      name: check['name'],
      container: check['container'],
      partitionKey:
        canary === true ? undefined : (canary as Record<string, unknown>)['partitionKey']
    }
  }
  return copy
}

/** The line of each check's `- ` in a rendered file (YAML's block style, two-space indent). */
const itemLines = (yaml: string): number[] =>
  yaml
    .split('\n')
    .map((line, i) => (line.startsWith('  - ') ? i + 1 : 0))
    .filter((n) => n > 0)

/** The line where the key at `path` is written, read from the text with yaml's own positions. */
function keyLine(yaml: string, path: ReadonlyArray<string | number>): number {
  const lines = new LineCounter()
  const document = parseDocument(yaml, { lineCounter: lines })
  const parent = document.getIn(path.slice(0, -1), true) as YamlNode
  if (!isMap(parent)) throw new Error(`no map at ${path.join('.')}`)
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1])
  const key = pair?.key as YamlNode | undefined
  if (!key?.range) throw new Error(`no key at ${path.join('.')}`)
  return lines.linePos(key.range[0]).line
}

function refusal(yaml: string): ActionError {
  try {
    parseSmokeChecks(FILE, yaml)
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
  throw new Error(`expected a refusal of:\n${yaml}`)
}

// ---------------------------------------------------------------------------------------------

describe('parseSmokeChecks', () => {
  it('random valid checks rendered as YAML parse back to the same specs, each at its line', () => {
    fc.assert(
      fc.property(checks, (list) => {
        const yaml = stringify({ checks: list })
        const parsed = parseSmokeChecks(FILE, yaml)
        expect(parsed.map((c) => c.kind)).toEqual(list.map(kindOf))
        expect(parsed.map((c) => c.spec)).toEqual(list.map(expectedSpec))
        expect(parsed.map((c) => c.line)).toEqual(itemLines(yaml))
        expect(parsed.every((c) => c.file === FILE)).toBe(true)
      }),
      RUNS
    )
  })

  /** Where an unknown key can go: the check, and each of its objects of fixed keys. */
  const objectsOf = (check: Check): string[][] => {
    const places: string[][] = [[]]
    for (const key of ['expect', 'latency', 'read']) if (key in check) places.push([key])
    if (typeof check['canary'] === 'object') places.push(['canary'])
    return places
  }

  it('an unknown key anywhere is refused at its line, by name', () => {
    const mutated = checks.chain((list) =>
      fc
        .tuple(fc.constant(list), fc.nat({ max: list.length - 1 }))
        .chain(([l, i]) =>
          fc.tuple(fc.constant(l), fc.constant(i), fc.constantFrom(...objectsOf(l[i] as Check)))
        )
    )
    fc.assert(
      fc.property(
        mutated,
        fc.constantFrom('zzUnknown', 'Name', 'expects', 'id2'),
        ([list, i, place], key) => {
          const copy = structuredClone(list)
          let target = copy[i] as Record<string, unknown>
          for (const step of place) target = target[step] as Record<string, unknown>
          if (key in target) return
          target[key] = 1
          const yaml = stringify({ checks: copy })
          const error = refusal(yaml)
          const line = keyLine(yaml, ['checks', i, ...place, key])
          expect(error.location).toEqual({ file: FILE, line })
          expect(error.message).toContain(`${FILE}:${line}: unknown key '${key}'`)
        }
      ),
      RUNS
    )
  })

  /** Values of the wrong type for a key, each written on the key's own line. */
  const WRONG: ReadonlyArray<readonly [ReadonlyArray<string>, unknown, (c: Check) => boolean]> = [
    [['name'], 12345, () => true],
    [['name'], '', () => true],
    [['name'], null, () => true],
    [['container'], true, () => true],
    [['container'], 'a/b', () => true],
    [['query'], 42, (c) => 'query' in c],
    [['partitionKey'], [], (c) => 'query' in c],
    [['partitionKey'], {}, (c) => 'query' in c],
    [['expect', 'count'], 'many', (c) => 'query' in c && 'expect' in c],
    [['expect', 'count'], -1, (c) => 'query' in c && 'expect' in c],
    [['expect', 'count'], 1.5, (c) => 'query' in c && 'expect' in c],
    [['expect', 'min'], 'low', (c) => 'query' in c && 'expect' in c],
    [['expect', 'max'], '3', (c) => 'query' in c && 'expect' in c],
    [['expect', 'exists'], 'yes', (c) => 'read' in c && 'expect' in c],
    [['read', 'id'], 7, (c) => 'read' in c],
    [['read', 'id'], 'a#b', (c) => 'read' in c],
    [['read', 'partitionKey'], [], (c) => 'read' in c],
    [['latency', 'samples'], 0, (c) => 'latency' in c],
    [['latency', 'p95Ms'], -5, (c) => 'latency' in c],
    [['latency', 'maxMs'], 'fast', (c) => 'latency' in c],
    [['canary'], 'yes', (c) => 'canary' in c],
    [['canary'], false, (c) => 'canary' in c]
  ]

  it('a value of the wrong type is refused at the line of its key', () => {
    const mutated = checks.chain((list) =>
      fc
        .tuple(fc.constant(list), fc.nat({ max: list.length - 1 }))
        .chain(([l, i]) =>
          fc.tuple(
            fc.constant(l),
            fc.constant(i),
            fc.constantFrom(...WRONG.filter(([, , fits]) => fits(l[i] as Check)))
          )
        )
    )
    fc.assert(
      fc.property(mutated, ([list, i, [path, value]]) => {
        const copy = structuredClone(list)
        let target = copy[i] as Record<string, unknown>
        for (const step of path.slice(0, -1)) target = target[step] as Record<string, unknown>
        target[path[path.length - 1] as string] = value
        const yaml = stringify({ checks: copy })
        const error = refusal(yaml)
        const line = keyLine(yaml, ['checks', i, ...path])
        expect({ yaml, location: error.location }).toEqual({ yaml, location: { file: FILE, line } })
        expect(error.message).toMatch(
          new RegExp(`^${FILE}:${line}: '${path.join('\\.')}' in a (query|read|canary) check: `)
        )
        // A value given is never "required", and zod's own words never reach the user.
        expect(error.message).not.toMatch(/is required|Invalid input|Too (small|big)/)
      }),
      RUNS
    )
  })

  it('a missing name or container is refused at the line of its check', () => {
    fc.assert(
      fc.property(checks, fc.nat(), fc.constantFrom('name', 'container'), (list, n, key) => {
        const i = n % list.length
        const copy = structuredClone(list)
        delete (copy[i] as Record<string, unknown>)[key]
        const yaml = stringify({ checks: copy })
        const error = refusal(yaml)
        expect(error.location).toEqual({ file: FILE, line: itemLines(yaml)[i] })
        expect(error.message).toContain(
          `'${key}' in a ${kindOf(list[i] as Check)} check is required`
        )
      }),
      RUNS
    )
  })

  it('a name used twice is refused at the second check, naming the first', () => {
    fc.assert(
      fc.property(
        checks.filter((l) => l.length >= 2),
        fc.nat(),
        (list, n) => {
          const second = 1 + (n % (list.length - 1))
          const copy = structuredClone(list)
          ;(copy[second] as Check)['name'] = (copy[0] as Check)['name']
          const yaml = stringify({ checks: copy })
          const lines = itemLines(yaml)
          const error = refusal(yaml)
          expect(error.location).toEqual({ file: FILE, line: lines[second] })
          expect(error.message).toContain(`is already on line ${lines[0]}`)
        }
      ),
      RUNS
    )
  })

  // Regression (found by the round trip): zod drops '__proto__' keys from the values it reads,
  // so `contains: { __proto__: null }` became `contains: {}`, met by any result. Counterexample:
  // a query check with expect: { contains: { __proto__: null } }. Such a key is now refused.
  it("a '__proto__' key in a check is refused at its line", () => {
    const yaml = [
      'checks:',
      '  - name: q',
      '    container: c',
      '    query: SELECT * FROM c',
      '    expect:',
      '      contains:',
      '        __proto__: null'
    ].join('\n')
    const error = refusal(yaml)
    expect(error.location).toEqual({ file: FILE, line: 7 })
    expect(error.message).toContain("a key named '__proto__' cannot be part of a check")
  })

  it("a '__proto__' key anywhere in an expectation or a parameter is refused at its line", () => {
    const places = (check: Check): string[][] =>
      kindOf(check) === 'query'
        ? [['expect', 'equals'], ['expect', 'contains'], ['parameters']]
        : kindOf(check) === 'read'
          ? [['expect', 'fields']]
          : [['canary']]
    const mutated = checks.chain((list) =>
      fc
        .tuple(fc.constant(list), fc.nat({ max: list.length - 1 }))
        .chain(([l, i]) =>
          fc.tuple(fc.constant(l), fc.constant(i), fc.constantFrom(...places(l[i] as Check)), json)
        )
    )
    fc.assert(
      fc.property(mutated, ([list, i, place, inner]) => {
        const copy = structuredClone(list)
        let target = copy[i] as Record<string, unknown>
        for (const step of place) {
          if (
            target[step] === null ||
            typeof target[step] !== 'object' ||
            Array.isArray(target[step])
          )
            target[step] = {}
          target = target[step] as Record<string, unknown>
        }
        Object.defineProperty(target, '__proto__', {
          value: inner,
          enumerable: true,
          configurable: true,
          writable: true
        })
        const yaml = stringify({ checks: copy })
        const error = refusal(yaml)
        expect(error.location).toEqual({
          file: FILE,
          line: keyLine(yaml, ['checks', i, ...place, '__proto__'])
        })
      }),
      RUNS
    )
  })

  it('anything else never throws but an ActionError at a line of the file', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        'checks:\n',
        '  - ',
        'name: a\n',
        '    container: c\n',
        '    read: { id: x }\n',
        '    query: SELECT @p\n',
        '    parameters: { p: 1 }\n',
        '    canary: true\n',
        '    latency: { p95Ms: 5 }\n',
        '    expect:\n      count: 1\n',
        '&a [*a, *a]\n',
        '*a\n',
        '{',
        ']',
        ': ',
        '"',
        "'",
        '\t',
        '\n',
        '#'
      ),
      fc.string({ maxLength: 8 })
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const yaml = parts.join('')
        try {
          parseSmokeChecks(FILE, yaml)
        } catch (error) {
          expect(error).toBeInstanceOf(ActionError)
          const { location } = error as ActionError
          expect(location?.file).toBe(FILE)
          expect(location?.line).toBeGreaterThanOrEqual(1)
          expect(location?.line).toBeLessThanOrEqual(yaml.split('\n').length)
          expect((error as Error).message.startsWith(`${FILE}:${location?.line}: `)).toBe(true)
        }
      }),
      { numRuns: 500 }
    )
  })
})

// ---------------------------------------------------------------------------------------------

/** A value with some of its object keys and array elements removed, at any depth. */
function prune(value: unknown, choices: fc.Arbitrary<boolean>): fc.Arbitrary<unknown> {
  if (Array.isArray(value)) {
    return fc
      .tuple(...value.map((item) => fc.tuple(choices, prune(item, choices))))
      .map((items) => items.filter(([keep]) => keep).map(([, item]) => item))
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    return fc
      .tuple(...entries.map(([, item]) => fc.tuple(choices, prune(item, choices))))
      .map((items) =>
        Object.fromEntries(
          items.flatMap(([keep, item], i) =>
            keep ? [[(entries[i] as [string, unknown])[0], item]] : []
          )
        )
      )
  }
  return fc.constant(value)
}
const keeps = fc.boolean()
const value = fc.jsonValue({ maxDepth: 4 })
const withPruned = value.chain((v) => fc.tuple(fc.constant(v), prune(v, keeps)))

describe('isSubset', () => {
  it('is reflexive', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(isSubset(v, v)).toBe(true)
        expect(isSubset(v, structuredClone(v))).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('removing keys or elements from the expected keeps a match', () => {
    fc.assert(
      fc.property(withPruned, ([actual, expected]) => {
        expect(isSubset(expected, actual)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('adding properties to the actual objects keeps a match', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 4 }), value, { maxKeys: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), value, { maxKeys: 3 }),
        (expected, extra) => {
          expect(isSubset(expected, { ...extra, ...expected })).toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('a scalar matches only an equal scalar; an object never matches a scalar or a list', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.integer({ min: -3, max: 3 }),
      fc.boolean(),
      fc.constant(null)
    )
    fc.assert(
      fc.property(scalar, scalar, (a, b) => {
        expect(isSubset(a, b)).toBe(Object.is(a, b))
        expect(isSubset({}, a)).toBe(false)
        expect(isSubset({}, [a])).toBe(false)
      }),
      { numRuns: 300 }
    )
  })
})

describe('checkQuery', () => {
  const results = fc.oneof(
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 }),
    fc.integer({ min: -10, max: 10 }).map((n) => [n]),
    fc.double({ noNaN: true }).map((n) => [n])
  )
  const bound = fc.oneof(
    fc.integer({ min: -10, max: 12 }),
    fc.double({ noNaN: true, noDefaultInfinity: true })
  )
  const expectation = fc.record(
    { count: fc.nat({ max: 7 }), min: bound, max: bound },
    { requiredKeys: [] }
  )

  it('count, min and max agree with a reference', () => {
    fc.assert(
      fc.property(results, expectation, (rows, expectations) => {
        const measured = rows.length === 1 && typeof rows[0] === 'number' ? rows[0] : rows.length
        const reference: Record<string, boolean> = {}
        if (expectations.count !== undefined)
          reference['count'] = rows.length === expectations.count
        if (expectations.min !== undefined) reference['min'] = measured >= expectations.min
        if (expectations.max !== undefined) reference['max'] = measured <= expectations.max
        const found = checkQuery(rows, expectations)
        expect(Object.fromEntries(found.map((e) => [e.what, e.met]))).toEqual(reference)
        expect(found.map((e) => e.what)).toEqual(Object.keys(reference))
      }),
      { numRuns: 300 }
    )
  })

  it('contains is met by pruned copies of results, whatever system properties the results carry', () => {
    // User properties; the system ones Cosmos DB adds start with _ and are added below.
    const userKey = fc.string({ maxLength: 4 }).filter((k) => !k.startsWith('_'))
    const rows = fc.array(fc.dictionary(userKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), {
      minLength: 1,
      maxLength: 4
    })
    fc.assert(
      fc.property(
        rows.chain((r) => fc.tuple(fc.constant(r), fc.tuple(...r.map((row) => prune(row, keeps))))),
        fc.record({ _rid: fc.string(), _etag: fc.string(), _ts: fc.nat() }),
        ([list, pruned], system) => {
          const stored = list.map((row) => ({ ...row, ...system }))
          const [contains] = checkQuery(stored, { contains: pruned })
          expect(contains?.met).toBe(true)
        }
      ),
      { numRuns: 200 }
    )
  })
})
