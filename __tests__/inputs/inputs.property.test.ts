/**
 * parseInputs (src/inputs/): random values never crash it, every problem names its input,
 * valid inputs come back normalised, and an account key is never echoed.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { CLOUDS, CLOUD_NAMES } from '../../src/clouds.js'
import { InputError } from '../../src/errors.js'
import {
  INPUT_NAMES,
  parseInputs,
  type ActionInputs,
  type InputName
} from '../../src/inputs/index.js'

const RUNS = { numRuns: 200 }

const INPUTS = INPUT_NAMES
const REQUIRED: readonly InputName[] = ['client-id', 'tenant-id', 'endpoint', 'database']

const VALID: Readonly<Record<string, string>> = {
  'client-id': '8e9d1a5c-1f0e-4b7f-9d3e-2c7a1b0f4e11',
  'tenant-id': '72f988bf-86f1-41af-91ab-2d7cd011db47',
  endpoint: 'https://inventory.documents.azure.com:443/',
  database: 'app'
}

type Outcome = { ok: ActionInputs } | { problems: readonly string[]; message: string }

function run(values: Readonly<Record<string, string>>, developer = false): Outcome {
  try {
    return { ok: parseInputs((name) => values[name] ?? '', { developer }) }
  } catch (error) {
    // Nothing but an InputError may escape, however odd the values.
    expect(error).toBeInstanceOf(InputError)
    return { problems: (error as InputError).problems, message: (error as Error).message }
  }
}

/** The input a problem is about: every problem starts with `'<input>'`. */
const inputOf = (problem: string): string | undefined =>
  INPUTS.find((name) => problem.startsWith(`'${name}'`))

// ---------------------------------------------------------------------------------------------
// Generators.

const hex = (length: number): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.constantFrom(...'0123456789abcdefABCDEF'),
    minLength: length,
    maxLength: length
  })
const guid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'))
const padded = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('', ' ', '\t', '\n '), value, fc.constantFrom('', ' ', '\n'))
    .map(([a, v, b]) => `${a}${v}${b}`)
const randomCase = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((flags) =>
      [...text].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join('')
    )
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/)
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([labels, tld]) => [...labels, tld].join('.'))
  .filter((d) => d.length >= 4)
const accountName = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}[a-z0-9]$/)
const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined })
/** An https base URL written any acceptable way, with what it normalises to. */
const httpsBase = fc
  .record({ host: domain, port, slash: fc.boolean(), upper: fc.boolean() })
  .map(({ host, port: p, slash, upper }) => ({
    written: `${upper ? 'HTTPS' : 'https'}://${upper ? host.toUpperCase() : host}${p === undefined ? '' : `:${p}`}${slash ? '/' : ''}`,
    normal: `https://${host}${p === undefined || p === 443 ? '' : `:${p}`}/`
  }))
/** Names ARM allows for a resource group: letters and digits of any script, - _ . ( ). */
const resourceGroup = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('-', '_', '.', '(', ')'),
      fc.constantFrom(...'abcXYZ019'),
      fc.constantFrom('é', 'ß', 'Ж', '日', '٣')
    ),
    minLength: 1,
    maxLength: 90
  })
  .filter((name) => !name.endsWith('.'))
/** Text without control characters: a path; a database or container name without / \ # ? (then not . or ..). */
const printable = (forbidden: string): fc.Arbitrary<string> =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
    .filter((s) => s.trim() !== '' && ![...forbidden].some((c) => s.includes(c)))
    .filter((s) => forbidden === '' || (s.trim() !== '.' && s.trim() !== '..'))
    // eslint-disable-next-line no-control-regex
    .filter((s) => !/[\u0000-\u001f]/.test(s))

interface Valid {
  readonly values: Record<string, string>
  readonly expected: Partial<ActionInputs>
}

/** The NoSQL endpoint domain of a cloud named in any case (AzureCloud when unset). */
function domainOf(cloud: string | undefined): string {
  const name = CLOUD_NAMES.find((n) => n.toLowerCase() === (cloud ?? 'AzureCloud').toLowerCase())
  return CLOUDS[name ?? 'AzureCloud'].cosmosDomain
}

const validInputs: fc.Arbitrary<Valid> = fc
  .record({
    clientId: guid,
    tenant: fc.oneof(guid, domain),
    // 10255 is the MongoDB wire protocol port, refused as another API's.
    endpoint: fc.record({
      account: accountName,
      port: port.filter((value) => value !== 10255),
      slash: fc.boolean()
    }),
    database: printable('/\\#?').filter((s) => s.length <= 255),
    cloud: fc.option(fc.constantFrom(...CLOUD_NAMES).chain(randomCase), { nil: undefined }),
    audience: fc.option(fc.stringMatching(/^\S{1,40}$/), { nil: undefined }),
    authority: fc.option(httpsBase, { nil: undefined }),
    arm: fc.option(httpsBase, { nil: undefined }),
    location: fc.option(fc.record({ subscription: guid, group: resourceGroup }), {
      nil: undefined
    }),
    account: fc.option(accountName, { nil: undefined }),
    onMissing: fc.option(fc.constantFrom('fail', 'skip').chain(randomCase), { nil: undefined }),
    roleCheck: fc.option(fc.constantFrom('strict', 'warn', 'off').chain(randomCase), {
      nil: undefined
    }),
    seed: fc.option(printable(''), { nil: undefined }),
    migrations: fc.option(printable(''), { nil: undefined }),
    smoke: fc.option(printable(''), { nil: undefined }),
    seedMode: fc.option(fc.constantFrom('upsert', 'insert').chain(randomCase), { nil: undefined }),
    budget: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    ledger: fc.option(
      printable('/\\#?').filter((s) => s.length <= 255),
      { nil: undefined }
    ),
    lockTimeout: fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: undefined }),
    lockLease: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
    dryRun: fc.option(fc.constantFrom('true', 'false').chain(randomCase), { nil: undefined }),
    destructive: fc.option(fc.constantFrom('true', 'false').chain(randomCase), { nil: undefined })
  })
  .chain((v) =>
    fc
      .record(
        Object.fromEntries(
          [
            ['client-id', v.clientId],
            ['tenant-id', v.tenant],
            [
              'endpoint',
              `https://${v.endpoint.account}.${domainOf(v.cloud)}${v.endpoint.port === undefined ? '' : `:${v.endpoint.port}`}${v.endpoint.slash ? '/' : ''}`
            ],
            ['database', v.database],
            ['cloud', v.cloud],
            ['audience', v.audience],
            ['authority-host', v.authority?.written],
            ['arm-endpoint', v.arm?.written],
            ['subscription-id', v.location?.subscription],
            ['resource-group', v.location?.group],
            ['account-name', v.account],
            ['on-missing-oidc', v.onMissing],
            ['role-check', v.roleCheck],
            ['seed', v.seed],
            ['migrations', v.migrations],
            ['smoke', v.smoke],
            ['seed-mode', v.seedMode],
            ['seed-ru-per-second', v.budget?.toString()],
            ['ledger-container', v.ledger],
            ['lock-timeout', v.lockTimeout?.toString()],
            ['lock-lease', v.lockLease?.toString()],
            ['dry-run', v.dryRun],
            ['allow-destructive', v.destructive]
          ]
            .filter((entry): entry is [string, string] => entry[1] !== undefined)
            .map(([name, value]) => [name, padded(fc.constant(value))])
        )
      )
      .map((values): Valid => {
        const cloud =
          CLOUDS[
            CLOUD_NAMES.find((n) => n.toLowerCase() === (v.cloud ?? 'AzureCloud').toLowerCase()) ??
              'AzureCloud'
          ]
        const endpointPort = v.endpoint.port
        return {
          values: values as Record<string, string>,
          expected: {
            clientId: v.clientId.toLowerCase(),
            tenantId: v.tenant,
            endpoint: `https://${v.endpoint.account}.${domainOf(v.cloud)}${endpointPort === undefined || endpointPort === 443 ? '' : `:${endpointPort}`}/`,
            database: v.database.trim(),
            cloud,
            audience: v.audience ?? cloud.tokenExchangeAudience,
            authorityHost: v.authority?.normal ?? cloud.authorityHost,
            customAuthority: v.authority !== undefined,
            armEndpoint: v.arm?.normal ?? cloud.armEndpoint,
            subscriptionId: v.location?.subscription.toLowerCase(),
            resourceGroup: v.location?.group,
            accountName: v.account ?? v.endpoint.account,
            onMissingOidc: (v.onMissing?.toLowerCase() ?? 'fail') as 'fail' | 'skip',
            roleCheck: (v.roleCheck?.toLowerCase() ?? 'strict') as 'strict' | 'warn' | 'off',
            seed: v.seed?.trim(),
            migrations: v.migrations?.trim(),
            smoke: v.smoke?.trim(),
            seedMode: (v.seedMode?.toLowerCase() ?? 'upsert') as 'upsert' | 'insert',
            seedRuPerSecond: v.budget ?? 0,
            ledgerContainer: v.ledger?.trim() ?? 'migrations',
            lockTimeoutMs: (v.lockTimeout ?? 300) * 1000,
            lockLeaseMs: (v.lockLease ?? 60) * 1000,
            dryRun: v.dryRun?.toLowerCase() === 'true',
            allowDestructive: v.destructive?.toLowerCase() === 'true'
          }
        }
      })
  )

/** Values that are often wrong: random text, control characters, near misses, connection strings. */
const anyValue: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '/',
      '#',
      '?',
      '\\',
      ':',
      '.',
      '-',
      '0',
      '9',
      'a',
      'F',
      '@',
      '%'
    ),
    maxLength: 12
  }),
  guid,
  guid.map((g) => `{${g}}`),
  domain,
  httpsBase.map((b) => b.written),
  httpsBase.map((b) => `${b.written}path?q=1#h`),
  domain.map((d) => `http://${d}/`),
  domain.map((d) => `https://user:pw@${d}/`),
  fc.integer({ min: -5, max: 5_000_000 }).map(String),
  fc.constantFrom(
    'true',
    'FALSE',
    'yes',
    'skip',
    'fail',
    'warn',
    'off',
    'strict',
    'insert',
    'upsert'
  ),
  fc.constantFrom(...CLOUD_NAMES),
  resourceGroup
)

/** Anything an input may be set to, with a bias towards a valid baseline. */
const anyInputs: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    fc.oneof(
      validInputs.map((v) => v.values),
      fc.constant({} as Record<string, string>)
    ),
    fc.dictionary(fc.constantFrom(...INPUTS), anyValue, { maxKeys: 8 })
  )
  .map(([base, overrides]) => ({ ...base, ...overrides }))

/** A connection string's key part, with a secret that must never show. */
const secret = fc.stringMatching(/^[A-Za-z0-9+/]{16,40}={0,2}$/)
const connectionString = fc
  .record({
    secret,
    prefix: fc.constantFrom(
      '',
      'AccountEndpoint=https://inventory.documents.azure.com:443/;',
      'x ',
      'DefaultEndpointsProtocol=https;'
    ),
    key: fc.constantFrom('AccountKey=', 'accountkey =', 'ACCOUNTKEY\t='),
    suffix: fc.constantFrom('', ';', ';Database=app;', '\n')
  })
  .map(({ secret: s, prefix, key, suffix }) => ({
    secret: s,
    text: `${prefix}${key}${s}${suffix}`
  }))

// ---------------------------------------------------------------------------------------------

describe('parseInputs', () => {
  it('valid inputs, written any acceptable way, come back normalised', () => {
    fc.assert(
      fc.property(validInputs, ({ values, expected }) => {
        const outcome = run(values)
        expect(outcome).toEqual({ ok: expect.objectContaining(expected) })
      }),
      RUNS
    )
  })

  it('random values never crash it, and every problem starts with the name of its input', () => {
    fc.assert(
      fc.property(anyInputs, fc.boolean(), (values, developer) => {
        const outcome = run(values, developer)
        if ('ok' in outcome) return
        expect(outcome.problems.length).toBeGreaterThan(0)
        for (const problem of outcome.problems) {
          const name = inputOf(problem)
          expect({ problem, name }).toEqual({ problem, name: expect.any(String) })
          const given = (values[name as string] ?? '').trim() !== ''
          // A problem is about a value that was given, or a required one that was not.
          expect({ problem, fits: given || REQUIRED.includes(name as InputName) }).toEqual({
            problem,
            fits: true
          })
        }
        expect(outcome.message).toContain(outcome.problems[0])
      }),
      { numRuns: 300 }
    )
  })

  it('changing one input of a valid set either still parses or fails naming only that input', () => {
    fc.assert(
      fc.property(validInputs, fc.constantFrom(...INPUTS), anyValue, ({ values }, name, value) => {
        const outcome = run({ ...values, [name]: value })
        if ('ok' in outcome) return
        const named = new Set(outcome.problems.map(inputOf))
        // Setting one of subscription-id and resource-group alone names the one given.
        if (name === 'subscription-id' || name === 'resource-group') {
          for (const n of named) expect(['subscription-id', 'resource-group']).toContain(n)
        } else if (name === 'cloud' && named.has('endpoint')) {
          // Another cloud makes the endpoint another cloud's account: that problem says so.
          const endpointProblem = outcome.problems.find((p) => inputOf(p) === 'endpoint') ?? ''
          expect(endpointProblem).toContain("but 'cloud' is")
          expect([...named]).toEqual(['endpoint'])
        } else expect([...named]).toEqual([name])
      }),
      { numRuns: 300 }
    )
  })

  it('a value holding an account key is refused or accepted, never echoed, whatever the input', () => {
    fc.assert(
      fc.property(
        validInputs,
        fc.constantFrom(...INPUTS),
        connectionString,
        ({ values }, name, key) => {
          const outcome = run({ ...values, [name]: key.text })
          if ('ok' in outcome) return
          const everything = [...outcome.problems, outcome.message].join('\n').toLowerCase()
          expect({ name, leaked: everything.includes(key.secret.toLowerCase()) }).toEqual({
            name,
            leaked: false
          })
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('parseInputs examples found by the properties', () => {
  // Regression: formatProblem echoed any value but the three endpoints', so a connection string
  // pasted into another input showed its key in the log. Counterexample: client-id set to
  // 'AccountKey=aaaaaaaaaaaaaaaa'. Then: a path with a control character was JSON-escaped before
  // the check, so 'AccountKey\t=' no longer looked like a key. Counterexample: smoke set to
  // 'ACCOUNTKEY\t=aaaaaaAaAaaaaaaa'.
  const KEY = 'c2VjcmV0LWtleS1tYXRlcmlhbA=='
  it.each([
    ['client-id', `AccountEndpoint=https://inventory.documents.azure.com:443/;AccountKey=${KEY};`],
    ['tenant-id', `AccountKey=${KEY}`],
    ['database', `AccountEndpoint=https://inventory.documents.azure.com:443/;AccountKey=${KEY};`],
    ['cloud', `AccountKey=${KEY}`],
    ['role-check', `AccountKey=${KEY}`],
    ['ledger-container', `AccountEndpoint=https://x/;AccountKey=${KEY}`],
    ['lock-timeout', `AccountKey=${KEY}`],
    ['smoke', `ACCOUNTKEY\t=${KEY}`],
    ['seed', `db/seed\nAccountKey=${KEY}`]
  ])("does not echo a connection string given as '%s'", (name, value) => {
    const outcome = run({ ...VALID, [name]: value })
    expect('problems' in outcome && outcome.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^'${name}' looks like a connection string with an account key`)
      )
    ])
    expect(JSON.stringify(outcome)).not.toContain(KEY.slice(0, 20))
  })

  // Regression: RESOURCE_GROUP was /^[-\w.()]{1,90}$/, ASCII only, while ARM allows letters and
  // digits of any script. Counterexample: resource-group 'é' was refused.
  it('accepts a resource group named with letters outside ASCII', () => {
    const outcome = run({
      ...VALID,
      'subscription-id': '00000000-0000-0000-0000-00000000aaaa',
      'resource-group': 'rg-données_(prod)'
    })
    expect('ok' in outcome && outcome.ok.resourceGroup).toBe('rg-données_(prod)')
  })
})
