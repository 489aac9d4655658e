/**
 * smoke.schema.json, the schema editors check smoke files with, against the action's own parser:
 * on every file of the corpus below both accept or both refuse, but for the few things only the
 * action can check, each listed in docs/smoke.md.
 */
import { describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { CONTROL_CHARACTERS, isResourceId } from '../../src/cosmos/resource-id.js'
import { NO_CONTROL_CHARACTERS, RESOURCE_ID } from '../../src/smoke/check-schema.js'
import { parseSmokeChecks } from '../../src/smoke/spec.js'

const SCHEMA = JSON.parse(readFileSync('smoke.schema.json', 'utf8')) as Record<string, unknown>
/** docs/smoke.md, its lines joined as the reader sees them. */
const DOCS = readFileSync('docs/smoke.md', 'utf8').replace(/\s+/g, ' ')

/*
 * The validator at hand is Ajv 6, which knows drafts up to 7, not the schema's 2020-12. It is a
 * faithful judge as long as the schema only uses keywords that mean the same in both: the first
 * test holds the schema to those.
 */
const SAME_IN_DRAFT_7 = new Set([
  ...['$schema', '$ref', '$defs', 'title', 'description', 'default'],
  ...['type', 'const', 'enum', 'anyOf', 'oneOf', 'allOf', 'not'],
  ...['properties', 'required', 'additionalProperties', 'propertyNames'],
  ...['items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern'],
  ...['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']
])
/** Keywords whose values are schemas by name, not keywords themselves. */
const MAPS_OF_SCHEMAS = new Set(['properties', '$defs'])

function keywordProblems(schema: unknown, at: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => keywordProblems(item, `${at}/${i}`))
  if (schema === null || typeof schema !== 'object') return []
  const entries = Object.entries(schema)
  const problems: string[] = []
  for (const [key, value] of entries) {
    if (!SAME_IN_DRAFT_7.has(key)) problems.push(`${at}: ${key}`)
    // Draft 7 ignores what sits beside a $ref; 2020-12 applies it.
    if (key === '$ref' && entries.length > 1) problems.push(`${at}: $ref with siblings`)
    // A list under items is a tuple in draft 7 and prefixItems' business in 2020-12.
    if (key === 'items' && Array.isArray(value)) problems.push(`${at}: items as a list`)
    if (key.startsWith('exclusive') && typeof value !== 'number') problems.push(`${at}: ${key}`)
    if (key === 'default' || key === 'const' || key === 'enum') continue
    if (MAPS_OF_SCHEMAS.has(key))
      for (const [name, sub] of Object.entries(value as object))
        problems.push(...keywordProblems(sub, `${at}/${key}/${name}`))
    else problems.push(...keywordProblems(value, `${at}/${key}`))
  }
  return problems
}

/** The schema without its 2020-12 $schema, which Ajv 6 would look up and not find. */
const DRAFT_7_VIEW = Object.fromEntries(Object.entries(SCHEMA).filter(([key]) => key !== '$schema'))
const validate = new Ajv({ allErrors: true }).compile(DRAFT_7_VIEW)

const schemaAccepts = (text: string): boolean => validate(parse(text)) === true
function actionAccepts(text: string): boolean {
  try {
    parseSmokeChecks('smoke.yml', text)
    return true
  } catch {
    return false
  }
}

/** A file of one check, its other keys given as YAML lines. */
const check = (...lines: string[]): string => `checks:\n  - ${lines.join('\n    ')}\n`
const read = (...more: string[]) => check('name: r', 'container: products', ...more)
const query = (...more: string[]) =>
  check('name: q', 'container: products', 'query: SELECT * FROM c', ...more)

/** Files both must judge alike. */
const AGREED: ReadonlyArray<readonly [string, string]> = [
  ['the example', readFileSync('examples/smoke.yml', 'utf8')],
  ['a canary', check('name: c', 'container: orders', 'canary: true')],
  [
    'a canary with a key',
    check('name: c', 'container: orders', 'canary: { partitionKey: [a, 1] }')
  ],
  ['a read with a budget', read('read: { id: p-1 }', 'latency: { p95Ms: 50 }')],
  [
    'a query with all expectations',
    query('expect: { count: 1, min: 0, max: 3, equals: [], contains: { a: 1 } }')
  ],
  ['a control character in a name', check('name: "bell\\u0007"', 'container: c', 'canary: true')],
  ['DEL in a name', check('name: "del\\u007f"', 'container: c', 'canary: true')],
  ['a newline in a name', check('name: "two\\nlines"', 'container: c', 'canary: true')],
  ['a tab in a container', check('name: n', 'container: "a\\tb"', 'canary: true')],
  ['container a/b', check('name: n', 'container: a/b', 'canary: true')],
  ['container a\\b', check('name: n', "container: 'a\\b'", 'canary: true')],
  ['container ..', check('name: n', 'container: ..', 'canary: true')],
  ['container .', check('name: n', 'container: .', 'canary: true')],
  ['container ...', check('name: n', 'container: ...', 'canary: true')],
  ['container .hidden', check('name: n', 'container: .hidden', 'canary: true')],
  ['container a?b', check('name: n', "container: 'a?b'", 'canary: true')],
  ['an id with #', read("read: { id: 'p#1' }")],
  ['an id ..', read('read: { id: .. }')],
  ['an id with a control character', read('read: { id: "a\\u0000" }')],
  ['a unicode id', read('read: { id: produit-é-😀 }')],
  ['a latency with no budget', read('read: { id: a }', 'latency: { samples: 5 }')],
  ['an empty latency', read('read: { id: a }', 'latency: {}')],
  ['a budget of zero', read('read: { id: a }', 'latency: { maxMs: 0 }')],
  ['a budget over ten minutes', read('read: { id: a }', 'latency: { p50Ms: 600001 }')],
  ['zero samples', read('read: { id: a }', 'latency: { samples: 0, p95Ms: 1 }')],
  ['a container that is a number', check('name: n', 'container: 5', 'canary: true')],
  ['a fractional count', query('expect: { count: 1.5 }')],
  ['a quoted min', query('expect: { min: "3" }')],
  ['exists: "yes"', read('read: { id: a }', 'expect: { exists: "yes" }')],
  ['four key levels', read('read: { id: a, partitionKey: [a, b, c, d] }')],
  ['an empty key list', read('read: { id: a, partitionKey: [] }')],
  ['a key that is an object', read('read: { id: a, partitionKey: { t: 1 } }')],
  ['canary: false', check('name: n', 'container: c', 'canary: false')],
  ['two kinds', read('read: { id: a }', 'canary: true')],
  ['no kind', check('name: n', 'container: c')],
  ['no name', check('container: c', 'canary: true')],
  ['an empty name', check('name: ""', 'container: c', 'canary: true')],
  ['a name of 200 characters', check(`name: ${'n'.repeat(200)}`, 'container: c', 'canary: true')],
  ['a name of 201 characters', check(`name: ${'n'.repeat(201)}`, 'container: c', 'canary: true')],
  ['an unknown key', read('read: { id: a }', 'expct: {}')],
  [
    'a bad parameter name',
    check('name: n', 'container: c', 'query: SELECT @a', 'parameters: { "a b": 1 }')
  ],
  ['a field path with ..', read('read: { id: a }', 'expect: { fields: { a..b: 1 } }')],
  [
    'a merge key in a check',
    'checks:\n  - &a { name: a, container: c, canary: true }\n  - { <<: *a, name: b }\n'
  ],
  ['an unknown top-level key', `${check('name: n', 'container: c', 'canary: true')}extra: 1\n`],
  ['no checks', 'checks: []\n'],
  ['an empty file', ''],
  ['a list at the top', '- name: n\n'],
  [
    'a name of 200 emoji (characters, not UTF-16 units)',
    check(`name: ${'😀'.repeat(200)}`, 'container: c', 'canary: true')
  ],
  ['a name of 201 emoji', check(`name: ${'😀'.repeat(201)}`, 'container: c', 'canary: true')],
  [
    '501 checks',
    `checks:\n${Array.from({ length: 501 }, (_, i) => `  - { name: c${i}, container: c, canary: true }`).join('\n')}\n`
  ]
]

/**
 * Files only the action refuses, each with the words docs/smoke.md uses for the rule JSON Schema
 * cannot express.
 */
const ONLY_THE_ACTION: ReadonlyArray<readonly [string, string, string]> = [
  [
    'a name used twice',
    `checks:\n  - { name: a, container: c, canary: true }\n  - { name: a, container: c, canary: true }\n`,
    'Names are unique'
  ],
  [
    'a parameter not given',
    check('name: q', 'container: c', 'query: SELECT * FROM c WHERE c.a = @a'),
    'The parameters a query uses'
  ],
  ['a parameter not used', query('parameters: { a: 1 }'), 'The parameters a query uses'],
  [
    'a __proto__ key in an expectation',
    query('expect: { equals: { __proto__: 1 } }'),
    '`__proto__`'
  ],
  [
    'a merge key in an expectation',
    'checks:\n  - name: q\n    container: c\n    query: SELECT * FROM c\n    expect:\n      equals: [&a { x: 1 }, { <<: *a }]\n',
    'Merge keys'
  ],
  ['.inf as a number', query('expect: { min: .inf }'), '`.inf` and `.nan`'],
  ['.nan as a number', query('expect: { max: .nan }'), '`.inf` and `.nan`']
]

describe('smoke.schema.json', () => {
  it('uses only keywords that mean the same in drafts 7 and 2020-12', () => {
    expect(SCHEMA['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(keywordProblems(SCHEMA, '#')).toEqual([])
  })

  it.each(AGREED)('agrees with the action on %s', (_label, text) => {
    expect({ schema: schemaAccepts(text) }).toEqual({ schema: actionAccepts(text) })
  })

  it.each(ONLY_THE_ACTION)(
    'lets through %s, which only the action refuses (documented)',
    (_label, text, documented) => {
      expect({ action: actionAccepts(text), schema: schemaAccepts(text) }).toEqual({
        action: false,
        schema: true
      })
      expect(DOCS).toContain(documented)
    }
  )
})

describe('the patterns of the schema', () => {
  it('are the rules the rest of the action uses for names and ids', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom('.', '..', '...', './', 'a/b', '#', '?', '\\', '\u007f', '\u0080')
        ),
        (value) => {
          expect(RESOURCE_ID.test(value)).toBe(isResourceId(value))
          expect(NO_CONTROL_CHARACTERS.test(value)).toBe(!CONTROL_CHARACTERS.test(value))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
