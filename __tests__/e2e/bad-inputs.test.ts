/**
 * End to end: a corpus of bad inputs, each run through the built action against one local cloud
 * and one repository. Whatever is wrong (an action input, a seed file or its manifest, a
 * migration, a smoke file, the job's token), the run must fail quickly, before any write, with
 * an error naming the input, or the file and the line (with an annotation on that line), and
 * without letting out a token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { leakedSecrets, runAction } from '../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../testkit/scenario.js'

const REPOSITORY = 'octo-org/bad-inputs'
/** A run refused by its checks takes well under a second; this leaves room for a busy machine. */
const QUICKLY_MS = 10_000

let cloud: LocalCloud
let setup: RepositorySetup
const directories: string[] = []

beforeAll(async () => {
  cloud = await startLocalCloud()
  // Everything a bad input could reach if it slipped through: a data-plane contributor that may
  // also create containers through ARM, so a missed check would show as a write, not a 403.
  setup = await setUpRepository(cloud, {
    repository: REPOSITORY,
    database: 'badinputs',
    containers: [
      { id: 'products', partitionKey: { paths: ['/id'] } },
      { id: 'orders', partitionKey: { paths: ['/customer/id'] } },
      { id: 'events', partitionKey: { paths: ['/tenant', '/day'], kind: 'MultiHash', version: 2 } },
      { id: 'items', partitionKey: { paths: ['/id'] } }
    ],
    role: 'contributor',
    controlPlaneWrite: true
  })
})

afterAll(async () => {
  await Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true })))
  await cloud.close()
})

/** What a case runs with, and what its error must point at. */
interface Arranged {
  /** Inputs over the repository's working ones. */
  readonly inputs: Readonly<Record<string, string>>
  /** The job's variables, when not the repository's job. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The file the error must name; with `line`, the error says `file:line:` and annotates it. */
  readonly file?: string
  readonly line?: number
  /** The problem is the whole file (its size): annotated on `line`, named without it. */
  readonly wholeFile?: boolean
  /** The job's workspace, when not the test's working directory. */
  readonly workspace?: string
  /** Values that must appear nowhere the runner shows (an account key, a password). */
  readonly hidden?: readonly string[]
}

interface BadInput {
  readonly name: string
  /**
   * offline: refused before any request to GitHub, Entra or Cosmos DB (inputs and local files);
   * login: refused at the token exchange, before any request to Cosmos DB;
   * checks: refused by the checks that need the account (seed documents), before any write.
   */
  readonly stage: 'offline' | 'login' | 'checks'
  /** What the error must say, besides the file and line. */
  readonly says: string | RegExp
  readonly arrange: () => Arranged | Promise<Arranged>
}

async function directory(prefix: string, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  directories.push(dir)
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

/** A seed directory; `at` names the file (and line) the error must name. */
async function seeding(
  files: Record<string, string>,
  at?: { file: string; line?: number }
): Promise<Arranged> {
  const dir = await directory('bad-seed-', files)
  return { inputs: { seed: dir }, ...located(dir, at) }
}

/** A migrations directory; `at` names the file (and line) the error must name. */
async function migrating(
  files: Record<string, string>,
  at?: { file: string; line?: number }
): Promise<Arranged> {
  const dir = await directory('bad-migrations-', files)
  return { inputs: { migrations: dir }, ...located(dir, at) }
}

/** A smoke file; the error must name it and `line`. */
async function smoking(text: string, line: number, wholeFile = false): Promise<Arranged> {
  const dir = await directory('bad-smoke-', { 'smoke.yml': text })
  const file = join(dir, 'smoke.yml')
  return { inputs: { smoke: file }, file, line, ...(wholeFile ? { wholeFile } : {}) }
}

function located(dir: string, at: { file: string; line?: number } | undefined) {
  if (at === undefined) return {}
  return { file: join(dir, at.file), ...(at.line === undefined ? {} : { line: at.line }) }
}

/**
 * A job whose workspace sits two levels inside a temporary directory that also holds `etc/` (a
 * file like /etc's), so `../../etc` leads to the same place on every machine.
 */
async function escaping(inputs: Record<string, string>): Promise<Arranged> {
  const root = await directory('bad-escape-', {})
  const workspace = join(root, 'home', 'work')
  await mkdir(workspace, { recursive: true })
  await mkdir(join(root, 'etc'))
  await writeFile(join(root, 'etc', 'hosts'), '127.0.0.1 localhost\n')
  return { inputs, workspace }
}

/** One NDJSON line a document. */
function ndjson(...documents: unknown[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

/** A job of the same repository, with the claims changed. */
function job(options: Parameters<LocalCloud['github']['startJob']>[0]): Arranged {
  return { inputs: {}, env: cloud.github.startJob(options).env }
}

const ACCOUNT_KEY = 'c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5PT0='
const PASSWORD = 'hunter2-not-for-logs'
const TWO_MB = 2 * 1024 * 1024

const ACTION_INPUTS: BadInput[] = [
  {
    name: 'client-id that is not a GUID',
    stage: 'offline',
    says: "'client-id' is 'not-a-guid': it must be a GUID",
    arrange: () => ({ inputs: { 'client-id': 'not-a-guid' } })
  },
  {
    name: 'client-id of 100,000 characters (echoed cut short)',
    stage: 'offline',
    says: /'client-id' is 'x{100}… \(100000 characters\)': it must be a GUID/,
    arrange: () => ({ inputs: { 'client-id': 'x'.repeat(100_000) } })
  },
  {
    name: 'tenant-id with path traversal ../../etc',
    stage: 'offline',
    says: "'tenant-id' is '../../etc': it must be the tenant GUID or one of its verified domains",
    arrange: () => ({ inputs: { 'tenant-id': '../../etc' } })
  },
  {
    name: 'endpoint over http://',
    stage: 'offline',
    says: "'endpoint' is 'http://localhost:1/': it must be an https:// URL",
    arrange: () => ({ inputs: { endpoint: 'http://localhost:1/' } })
  },
  {
    name: 'endpoint given as a connection string with an account key (never echoed)',
    stage: 'offline',
    says: "'endpoint' looks like a connection string with an account key",
    arrange: () => ({
      inputs: {
        endpoint: `AccountEndpoint=https://inventory.documents.azure.com:443/;AccountKey=${ACCOUNT_KEY};`
      },
      hidden: [ACCOUNT_KEY]
    })
  },
  {
    name: 'endpoint with user:password@ (never echoed)',
    stage: 'offline',
    says: "'endpoint' holds credentials (user:password@host), not shown here",
    arrange: () => ({
      inputs: { endpoint: `https://admin:${PASSWORD}@inventory.documents.azure.com:443/` },
      hidden: [PASSWORD]
    })
  },
  {
    name: 'endpoint with a path traversal',
    stage: 'offline',
    says: "'endpoint' is 'https://inventory.documents.azure.com/../../etc': it must be an https:// URL with no path",
    arrange: () => ({ inputs: { endpoint: 'https://inventory.documents.azure.com/../../etc' } })
  },
  {
    name: 'authority-host that is a file:// URL',
    stage: 'offline',
    says: "'authority-host' is 'file:///etc/passwd': it must be an https:// URL",
    arrange: () => ({ inputs: { 'authority-host': 'file:///etc/passwd' } })
  },
  {
    name: 'database with / and ..',
    stage: 'offline',
    says: "'database' is 'app/../other': it must be 1-255 characters without / \\ # ?",
    arrange: () => ({ inputs: { database: 'app/../other' } })
  },
  {
    name: 'database named ..',
    stage: 'offline',
    says: "'database' is '..': it must be 1-255 characters",
    arrange: () => ({ inputs: { database: '..' } })
  },
  {
    name: 'database with a control character (shown escaped)',
    stage: 'offline',
    says: "'database' is 'app\\u0007': it must be 1-255 characters without / \\ # ? or control characters",
    arrange: () => ({ inputs: { database: 'app\u0007' } })
  },
  {
    name: 'database of 300 characters',
    stage: 'offline',
    says: /'database' is 'd{100}… \(300 characters\)': it must be 1-255 characters/,
    arrange: () => ({ inputs: { database: 'd'.repeat(300) } })
  },
  {
    name: 'cloud that does not exist',
    stage: 'offline',
    says: "'cloud' is 'Mars': it must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud",
    arrange: () => ({ inputs: { cloud: 'Mars' } })
  },
  {
    name: 'audience with a control character',
    stage: 'offline',
    says: "'audience' is 'api://AzureADTokenExchange\\u0001': it must be a single token",
    arrange: () => ({ inputs: { audience: 'api://AzureADTokenExchange\u0001' } })
  },
  {
    name: 'subscription-id without resource-group',
    stage: 'offline',
    says: "'subscription-id' is set but 'resource-group' is not",
    arrange: () => ({ inputs: { 'resource-group': '' } })
  },
  {
    name: 'resource-group with path traversal ../../etc',
    stage: 'offline',
    says: "'resource-group' is '../../etc': it must be 1-90 letters",
    arrange: () => ({ inputs: { 'resource-group': '../../etc' } })
  },
  {
    name: 'account-name with upper case and a slash',
    stage: 'offline',
    says: "'account-name' is 'Local/Cloud': it must be 3-44 lowercase letters",
    arrange: () => ({ inputs: { 'account-name': 'Local/Cloud' } })
  },
  {
    name: 'on-missing-oidc that is neither fail nor skip',
    stage: 'offline',
    says: "'on-missing-oidc' is 'maybe': it must be 'fail' or 'skip'",
    arrange: () => ({ inputs: { 'on-missing-oidc': 'maybe' } })
  },
  {
    name: 'role-check that is not strict, warn or off',
    stage: 'offline',
    says: "'role-check' is 'lenient': it must be 'strict', 'warn' or 'off'",
    arrange: () => ({ inputs: { 'role-check': 'lenient' } })
  },
  {
    name: 'seed-mode that is not upsert or insert',
    stage: 'offline',
    says: "'seed-mode' is 'merge': it must be 'upsert' or 'insert'",
    arrange: () => ({ inputs: { 'seed-mode': 'merge' } })
  },
  {
    name: 'seed-ru-per-second that is negative',
    stage: 'offline',
    says: "'seed-ru-per-second' is '-5': it must be a whole number",
    arrange: () => ({ inputs: { 'seed-ru-per-second': '-5' } })
  },
  {
    name: 'lock-timeout in exponent notation',
    stage: 'offline',
    says: "'lock-timeout' is '1e3': it must be a whole number of seconds",
    arrange: () => ({ inputs: { 'lock-timeout': '1e3' } })
  },
  {
    name: 'lock-lease of zero',
    stage: 'offline',
    says: "'lock-lease' is '0': it must be a whole number of seconds from 1 to 3600",
    arrange: () => ({ inputs: { 'lock-lease': '0' } })
  },
  {
    name: "dry-run that is 'yes'",
    stage: 'offline',
    says: "'dry-run' is 'yes': it must be 'true' or 'false'",
    arrange: () => ({ inputs: { 'dry-run': 'yes' } })
  },
  {
    name: "allow-destructive that is '1'",
    stage: 'offline',
    says: "'allow-destructive' is '1': it must be 'true' or 'false'",
    arrange: () => ({ inputs: { 'allow-destructive': '1' } })
  },
  {
    name: 'ledger-container named ..',
    stage: 'offline',
    says: "'ledger-container' is '..': it must be a container name",
    arrange: () => ({ inputs: { 'ledger-container': '..' } })
  },
  {
    name: 'seed path with a newline smuggling a workflow command',
    stage: 'offline',
    says: "'seed' is 'db/seed\\n::error::injected': it must be a path without control characters",
    arrange: () => ({ inputs: { seed: 'db/seed\n::error::injected' } })
  },
  {
    name: 'migrations path with an escape character',
    stage: 'offline',
    says: "'migrations' is 'db/\\u001b[31mmigrations': it must be a path without control characters",
    arrange: () => ({ inputs: { migrations: 'db/\u001b[31mmigrations' } })
  },
  {
    name: 'seed path traversal ../../etc',
    stage: 'offline',
    says: "'seed' is '../../etc': it holds no <container>.json",
    arrange: () => escaping({ seed: '../../etc' })
  },
  {
    name: 'migrations path traversal ../../etc',
    stage: 'offline',
    says: "'migrations' is '../../etc': it holds no migration file",
    arrange: () => escaping({ migrations: '../../etc' })
  },
  {
    name: 'smoke path traversal ../../etc (a directory)',
    stage: 'offline',
    says: "'smoke' is '../../etc': it is not a file",
    arrange: () => escaping({ smoke: '../../etc' })
  }
]

const SEED_FILES: BadInput[] = [
  {
    name: 'JSON seed file with a syntax error on line 3',
    stage: 'checks',
    says: 'the document is not JSON',
    arrange: () =>
      seeding(
        { 'products.json': '[\n  {"id":"p-1"},\n  {"id": }\n]\n' },
        { file: 'products.json', line: 3 }
      )
  },
  {
    name: 'JSON seed file that is an object, not an array',
    stage: 'checks',
    says: 'the document is not a JSON array of documents',
    arrange: () =>
      seeding({ 'products.json': '{"id":"p-1"}\n' }, { file: 'products.json', line: 1 })
  },
  {
    name: 'JSON seed file cut off inside the array',
    stage: 'checks',
    says: 'the document is not JSON (the file ends inside the array)',
    arrange: () =>
      seeding(
        { 'products.json': '[{"id":"p-1"},\n{"id":"p-2"' },
        { file: 'products.json', line: 2 }
      )
  },
  {
    name: 'NDJSON bad line 12,345 deep in a 20,000-line file',
    stage: 'checks',
    says: /the document is not JSON .*Nothing was written\./,
    arrange: () => {
      const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `p-${i}` }))
      lines[12_344] = '{"id": "p-broken", '
      return seeding(
        { 'products.ndjson': `${lines.join('\n')}\n` },
        { file: 'products.ndjson', line: 12_345 }
      )
    }
  },
  {
    name: 'NDJSON line that is an array',
    stage: 'checks',
    says: 'the document is not a JSON object',
    arrange: () =>
      seeding(
        { 'products.ndjson': '{"id":"p-1"}\n["p-2"]\n' },
        { file: 'products.ndjson', line: 2 }
      )
  },
  {
    name: 'CSV row with one column too many',
    stage: 'checks',
    says: 'the document is not valid CSV (Invalid Record Length',
    arrange: () =>
      seeding({ 'products.csv': 'id,name\np-1,a\np-2,b,c\n' }, { file: 'products.csv', line: 3 })
  },
  {
    name: 'CSV with a quote never closed',
    stage: 'checks',
    says: 'the document is not valid CSV (Quote Not Closed',
    arrange: () =>
      seeding(
        { 'products.csv': 'id,name\np-1,a\np-2,"b\np-3,c\n' },
        { file: 'products.csv', line: 4 }
      )
  },
  {
    name: 'CSV header naming a column twice',
    stage: 'checks',
    says: "the document is not valid CSV (the header names column 'name' twice)",
    arrange: () =>
      seeding({ 'products.csv': 'id,name,name\np-1,a,b\n' }, { file: 'products.csv', line: 1 })
  },
  {
    name: 'CSV column __proto__.polluted',
    stage: 'checks',
    says: "column '__proto__.polluted' names __proto__, constructor or prototype",
    arrange: () =>
      seeding(
        { 'products.csv': 'id,__proto__.polluted\np-1,yes\n' },
        { file: 'products.csv', line: 1 }
      )
  },
  {
    name: 'CSV value not of its declared column type',
    stage: 'checks',
    says: "has 'cheap' in column 'price', declared number",
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: prices.csv\n    container: products\n    columns: { price: number }\n',
          'prices.csv': 'id,price\np-1,10\np-2,cheap\n'
        },
        { file: 'prices.csv', line: 3 }
      )
  },
  {
    name: "seed file named '...json' (container '..', a path traversal)",
    stage: 'offline',
    says: "'..' cannot be a container name",
    arrange: () => seeding({ '...json': '[{"id":"p-1"}]' }, { file: '...json' })
  },
  {
    name: "seed file named 'prod#ucts.ndjson' (not skipped silently)",
    stage: 'offline',
    says: "'prod#ucts' cannot be a container name",
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-1' }), 'prod#ucts.ndjson': ndjson({ id: 'p-2' }) },
        { file: 'prod#ucts.ndjson' }
      )
  },
  {
    name: 'seed file name with a control character',
    stage: 'offline',
    says: "'prod\\u0001ucts' cannot be a container name",
    arrange: () =>
      seeding({ 'prod\u0001ucts.ndjson': ndjson({ id: 'p-1' }) }, { file: 'prod\u0001ucts.ndjson' })
  },
  {
    name: 'seed file for a container that does not exist',
    stage: 'checks',
    says: "container 'ghosts' does not exist in database 'badinputs'",
    arrange: () => seeding({ 'ghosts.ndjson': ndjson({ id: 'g-1' }) }, { file: 'ghosts.ndjson' })
  },
  {
    name: 'id with a control character',
    stage: 'checks',
    says: "has an invalid id 'p\\u0000-1'",
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-0' }, { id: 'p\u0000-1' }) },
        { file: 'products.ndjson', line: 2 }
      )
  },
  ...['/', '\\', '?', '#'].map((character): BadInput => ({
    name: `id with ${character}`,
    stage: 'checks',
    says: `has an invalid id 'p${character}1': ids hold at most 1023 characters, no / \\ ? #`,
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-0' }, { id: 'p-00' }, { id: `p${character}1` }) },
        { file: 'products.ndjson', line: 3 }
      )
  })),
  {
    name: "id '..' (a path traversal in point reads)",
    stage: 'checks',
    says: "has an invalid id '..'",
    arrange: () =>
      seeding({ 'products.json': '[\n{"id":".."}\n]' }, { file: 'products.json', line: 2 })
  },
  {
    name: 'id of 1,024 characters',
    stage: 'checks',
    says: 'ids hold at most 1023 characters',
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'i'.repeat(1024) }) },
        { file: 'products.ndjson', line: 1 }
      )
  },
  {
    name: 'id that is a number',
    stage: 'checks',
    says: "the document has no string 'id'",
    arrange: () =>
      seeding({ 'products.ndjson': ndjson({ id: 42 }) }, { file: 'products.ndjson', line: 1 })
  },
  {
    name: 'NDJSON document over 2 MB',
    stage: 'checks',
    says: /the document is over 2 MB \(\d+ bytes\)/,
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-1' }, { id: 'p-2', pad: 'x'.repeat(TWO_MB) }) },
        { file: 'products.ndjson', line: 2 }
      )
  },
  {
    name: 'JSON array element over 2 MB',
    stage: 'checks',
    says: /the document is over 2 MB \(\d+ bytes\)/,
    arrange: () =>
      seeding(
        {
          'products.json': `[\n  {"id":"p-1"},\n  {"id":"p-2",\n   "pad":"${'y'.repeat(TWO_MB)}"}\n]\n`
        },
        { file: 'products.json', line: 3 }
      )
  },
  {
    name: 'document without its nested partition key value (/customer/id)',
    stage: 'checks',
    says: 'has no string, number or boolean value for the partition key /customer/id',
    arrange: () =>
      seeding(
        { 'orders.csv': 'id,customer.id,total\no-1,c-1,1\no-2,,2\n' },
        { file: 'orders.csv', line: 3 }
      )
  },
  {
    name: 'document missing one level of a hierarchical partition key',
    stage: 'checks',
    says: 'has no string, number or boolean value for the partition key /tenant, /day',
    arrange: () =>
      seeding(
        {
          'events.ndjson': ndjson({ id: 'e-1', tenant: 't', day: 'd' }, { id: 'e-2', tenant: 't' })
        },
        { file: 'events.ndjson', line: 2 }
      )
  },
  {
    name: 'partition key value that is an object',
    stage: 'checks',
    says: 'has no string, number or boolean value for the partition key /customer/id',
    arrange: () =>
      seeding(
        { 'orders.ndjson': ndjson({ id: 'o-1', customer: { id: { nested: true } } }) },
        { file: 'orders.ndjson', line: 1 }
      )
  },
  {
    name: 'id repeated with the same partition key',
    stage: 'checks',
    says: "repeats id 'p-1' with the same partition key",
    arrange: () =>
      seeding(
        { 'products.ndjson': ndjson({ id: 'p-1' }, { id: 'p-2' }, { id: 'p-1', v: 2 }) },
        { file: 'products.ndjson', line: 3 }
      )
  },
  {
    name: 'id repeated in a second file for the same container',
    stage: 'checks',
    says: /repeats id 'p-2' with the same partition key \(first at \/.+\/first\.ndjson:2\)/,
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: first.ndjson\n    container: products\n  - file: second.ndjson\n    container: products\n',
          'first.ndjson': ndjson({ id: 'p-1' }, { id: 'p-2' }),
          'second.ndjson': ndjson({ id: 'p-3' }, { id: 'p-2', v: 2 })
        },
        { file: 'second.ndjson', line: 2 }
      )
  },
  {
    name: 'manifest pointing outside the seed directory (../../etc/passwd)',
    stage: 'offline',
    says: "'file' must be a path inside the seed directory",
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: products.json\n    container: products\n  - file: ../../etc/passwd.json\n    container: products\n',
          'products.json': '[]'
        },
        { file: 'seed.yml', line: 4 }
      )
  },
  {
    name: 'manifest pointing at an absolute path',
    stage: 'offline',
    says: "'file' must be a path inside the seed directory",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: /etc/hosts.json\n    container: products\n' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest pointing outside through a symbolic link',
    stage: 'offline',
    says: "'link/outside.json' leads outside the seed directory",
    arrange: async () => {
      const outside = await directory('bad-outside-', { 'outside.json': '[{"id":"x-1"}]' })
      const arranged = await seeding(
        { 'seed.yml': 'files:\n  - file: link/outside.json\n    container: products\n' },
        { file: 'seed.yml', line: 2 }
      )
      await symlink(outside, join(arranged.inputs['seed'] ?? '', 'link'))
      return arranged
    }
  },
  {
    name: 'manifest naming a file that does not exist',
    stage: 'offline',
    says: "'missing.json' is not in the seed directory",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: missing.json\n    container: products\n' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest with a container that is a number',
    stage: 'offline',
    says: "'container' must be a container name",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: p.json\n    container: 42\n', 'p.json': '[]' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: "manifest with mode 'fast'",
    stage: 'offline',
    says: "'mode' must be 'upsert' or 'insert'",
    arrange: () =>
      seeding(
        {
          'seed.yml': 'files:\n  - file: p.json\n    container: products\n    mode: fast\n',
          'p.json': '[]'
        },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest whose files is a string, not a list',
    stage: 'offline',
    says: '`files` must be a non-empty list',
    arrange: () =>
      seeding(
        { 'seed.yml': 'files: products.json\n', 'products.json': '[]' },
        { file: 'seed.yml', line: 1 }
      )
  },
  {
    name: 'manifest with an unknown key',
    stage: 'offline',
    says: "unknown key 'table': expected file, container, mode, columns",
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: p.json\n    table: products\n', 'p.json': '[]' },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest declaring a column type that does not exist',
    stage: 'offline',
    says: "'columns' (CSV only) maps column names to string, number, boolean, json",
    arrange: () =>
      seeding(
        {
          'seed.yml':
            'files:\n  - file: p.csv\n    container: products\n    columns: { born: date }\n',
          'p.csv': 'id\np-1\n'
        },
        { file: 'seed.yml', line: 2 }
      )
  },
  {
    name: 'manifest that is not YAML (items out of line)',
    stage: 'offline',
    says: 'not valid YAML: All mapping items must start at the same column',
    arrange: () =>
      seeding(
        { 'seed.yml': 'files:\n  - file: p.json\n container: products\n', 'p.json': '[]' },
        { file: 'seed.yml', line: 3 }
      )
  }
]

const SCRIPT_OK = 'export async function up() {}\n'

const MIGRATIONS: BadInput[] = [
  {
    name: 'migration misnamed 1_add-index.mjs',
    stage: 'offline',
    says: 'a migration file is named NNNN-description',
    arrange: () => migrating({ '1_add-index.mjs': SCRIPT_OK }, { file: '1_add-index.mjs' })
  },
  {
    name: 'migration version past 2^53',
    stage: 'offline',
    says: 'version 99999999999999999999 is too large',
    arrange: () =>
      migrating(
        {
          '99999999999999999999-huge.yaml':
            'operations:\n  - delete: { container: items, where: c.x = 1 }\n'
        },
        { file: '99999999999999999999-huge.yaml' }
      )
  },
  {
    name: 'two migrations with one version',
    stage: 'offline',
    says: 'version 1 is also the version of',
    arrange: () => migrating({ '0001-a.mjs': SCRIPT_OK, '1-b.mjs': SCRIPT_OK }, { file: '1-b.mjs' })
  },
  {
    name: 'two repeatable migrations with one name',
    stage: 'offline',
    says: "repeatable migration 'views' is also",
    arrange: () =>
      migrating(
        {
          'R__views.mjs': SCRIPT_OK,
          'R__views.yaml': 'operations:\n  - delete: { container: items, where: c.x = 1 }\n'
        },
        { file: 'R__views.yaml' }
      )
  },
  {
    name: "declarative operation with an unknown key ('sett')",
    stage: 'offline',
    says: "unknown key 'sett' in 'patch': expected container, where, set, remove, increment",
    arrange: () =>
      migrating(
        {
          '0001-typo.yaml':
            'operations:\n  - patch:\n      container: items\n      sett: { flag: true }\n'
        },
        { file: '0001-typo.yaml', line: 4 }
      )
  },
  {
    name: 'declarative migration with an unknown top-level key',
    stage: 'offline',
    says: "unknown key 'operation': expected 'operations'",
    arrange: () =>
      migrating(
        {
          '0001-typo.yaml':
            'description: x\noperation:\n  - delete: { container: items, where: c.x = 1 }\n'
        },
        { file: '0001-typo.yaml', line: 2 }
      )
  },
  {
    name: "declarative operation that does not exist ('truncate')",
    stage: 'offline',
    says: "unknown operation 'truncate'",
    arrange: () =>
      migrating(
        {
          '0001-ok.mjs': SCRIPT_OK,
          '0002-bad.yaml':
            'operations:\n  - patch: { container: items, set: { x: 1 } }\n  - truncate: { container: items }\n'
        },
        { file: '0002-bad.yaml', line: 3 }
      )
  },
  {
    name: 'patch setting a __proto__ property path',
    stage: 'offline',
    says: "'__proto__.polluted' in 'patch' names __proto__, constructor or prototype",
    arrange: () =>
      migrating(
        {
          '0001-proto.yaml':
            'operations:\n  - patch:\n      container: items\n      set:\n        __proto__.polluted: true\n'
        },
        { file: '0001-proto.yaml', line: 3 }
      )
  },
  {
    name: 'patch setting __proto__ as an object (JSON)',
    stage: 'offline',
    says: "'__proto__' in 'patch' names __proto__, constructor or prototype",
    arrange: () =>
      migrating(
        {
          '0001-proto.json':
            '{"operations": [\n  {"patch": {"container": "items", "set": {"__proto__": {"polluted": true}}}}\n]}\n'
        },
        { file: '0001-proto.json', line: 2 }
      )
  },
  {
    name: 'renameProperty to constructor.prototype',
    stage: 'offline',
    says: "'to' in 'renameProperty' is 'constructor.prototype', which names __proto__, constructor or prototype",
    arrange: () =>
      migrating(
        {
          '0001-rename.yaml':
            'operations:\n  - renameProperty:\n      container: items\n      from: a\n      to: constructor.prototype\n'
        },
        { file: '0001-rename.yaml', line: 5 }
      )
  },
  {
    name: 'removeProperty of the reserved _etag',
    stage: 'offline',
    says: "'property' in 'removeProperty' is '_etag', which is the id or a system property",
    arrange: () =>
      migrating(
        {
          '0001-etag.yaml':
            'operations:\n  - removeProperty:\n      container: items\n      property: _etag\n'
        },
        { file: '0001-etag.yaml', line: 4 }
      )
  },
  {
    name: 'patch setting the id',
    stage: 'offline',
    says: "'id' in 'patch' is the id or a system property",
    arrange: () =>
      migrating(
        {
          '0001-id.yaml':
            'operations:\n  - patch:\n      container: items\n      set: { id: other }\n'
        },
        { file: '0001-id.yaml', line: 3 }
      )
  },
  {
    name: 'increment by a string',
    stage: 'offline',
    says: "'increment' in 'patch' must map property paths to numbers",
    arrange: () =>
      migrating(
        {
          '0001-inc.yaml':
            'operations:\n  - patch:\n      container: items\n      increment: { n: one }\n'
        },
        { file: '0001-inc.yaml', line: 4 }
      )
  },
  {
    name: 'remove given as a string, not a list',
    stage: 'offline',
    says: "'remove' in 'patch' must be a list of property paths",
    arrange: () =>
      migrating(
        {
          '0001-rm.yaml': 'operations:\n  - patch:\n      container: items\n      remove: legacy\n'
        },
        { file: '0001-rm.yaml', line: 4 }
      )
  },
  {
    name: 'container given as a number',
    stage: 'offline',
    says: "'container' in 'delete' must be a non-empty string",
    arrange: () =>
      migrating(
        {
          '0001-num.yaml': 'operations:\n  - delete:\n      container: 42\n      where: c.x = 1\n'
        },
        { file: '0001-num.yaml', line: 3 }
      )
  },
  {
    name: "container '..' (a path traversal to the database)",
    stage: 'offline',
    says: "'container' in 'delete' must be a container name without / \\ # ? or control characters, and not . or ..",
    arrange: () =>
      migrating(
        {
          '0001-dots.yaml': 'operations:\n  - delete:\n      container: ..\n      where: c.x = 1\n'
        },
        { file: '0001-dots.yaml', line: 3 }
      )
  },
  {
    name: 'upsert of a document whose id holds a control character',
    stage: 'offline',
    says: "each document needs a string 'id' without / \\ ? # or control characters",
    arrange: () =>
      migrating(
        {
          '0001-ctl.json':
            '{"operations": [{"upsert": {"container": "items", "documents": [\n  {"id": "a\\u0001"}\n]}}]}\n'
        },
        { file: '0001-ctl.json', line: 2 }
      )
  },
  {
    name: 'upsert whose documents is an object',
    stage: 'offline',
    says: "'documents' in 'upsert' must be a non-empty list",
    arrange: () =>
      migrating(
        {
          '0001-docs.yaml':
            'operations:\n  - upsert:\n      container: items\n      documents: { id: a }\n'
        },
        { file: '0001-docs.yaml', line: 4 }
      )
  },
  {
    name: 'JSON migration that is not JSON',
    stage: 'offline',
    says: 'not valid JSON',
    arrange: () =>
      migrating(
        { '0001-broken.json': '{"operations": [\n  {"patch": \n' },
        { file: '0001-broken.json', line: 2 }
      )
  },
  {
    name: 'YAML migration with a duplicate key',
    stage: 'offline',
    says: 'not valid YAML: Map keys must be unique',
    arrange: () =>
      migrating(
        {
          '0001-dup.yaml':
            'operations:\n  - delete: { container: items, where: c.x = 1 }\noperations: []\n'
        },
        { file: '0001-dup.yaml', line: 3 }
      )
  },
  {
    name: 'script migration with a syntax error',
    stage: 'offline',
    says: 'the migration does not load',
    arrange: () =>
      migrating(
        { '0001-broken.mjs': 'export async function up(ctx) {\n  const a = 1\n  const b = \n}\n' },
        { file: '0001-broken.mjs', line: 4 }
      )
  },
  {
    name: 'script migration without up',
    stage: 'offline',
    says: "a script migration exports 'async function up(ctx)'; this one does not",
    arrange: () =>
      migrating(
        { '0001-down.mjs': 'export async function down() {}\n' },
        { file: '0001-down.mjs', line: 1 }
      )
  },
  {
    name: 'script migration whose containers is a string',
    stage: 'offline',
    says: "'export const containers' must be a list of container names",
    arrange: () =>
      migrating(
        { '0001-str.mjs': `export const containers = 'items'\n${SCRIPT_OK}` },
        { file: '0001-str.mjs', line: 1 }
      )
  },
  {
    name: "script migration naming container '..'",
    stage: 'offline',
    says: "'export const containers' must be a list of container names",
    arrange: () =>
      migrating(
        { '0001-dots.mjs': `export const containers = ['items', '..']\n${SCRIPT_OK}` },
        { file: '0001-dots.mjs', line: 1 }
      )
  },
  {
    name: 'migrations input that is a file',
    stage: 'offline',
    says: /'migrations' is '.*0001-a\.mjs': it is not a directory/,
    arrange: async () => {
      const arranged = await migrating({ '0001-a.mjs': SCRIPT_OK })
      return { inputs: { migrations: join(arranged.inputs['migrations'] ?? '', '0001-a.mjs') } }
    }
  }
]

const SMOKE_FILES: BadInput[] = [
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
    says: "'read.partitionKey' in a read check",
    arrange: () =>
      smoking(
        'checks:\n  - name: deep\n    container: events\n    read: { id: e-1, partitionKey: [a, b, c, d] }\n',
        4
      )
  }
]

const TOKENS: BadInput[] = [
  {
    name: 'GitHub token for the wrong audience (audience input)',
    stage: 'login',
    says: /AADSTS700212[\s\S]*the 'audience' input overrides/,
    arrange: () => ({ inputs: { audience: 'api://SomethingElse' } })
  },
  {
    name: 'GitHub token expired (runner clock 15 minutes behind)',
    stage: 'login',
    says: /AADSTS700024[\s\S]*runner clock/,
    arrange: () => job({ repository: REPOSITORY, clockSkewSeconds: -900 })
  },
  {
    name: 'GitHub token not yet valid (runner clock 15 minutes ahead)',
    stage: 'login',
    says: /AADSTS700024[\s\S]*runner clock/,
    arrange: () => job({ repository: REPOSITORY, clockSkewSeconds: 900 })
  },
  {
    name: 'GitHub token for another branch (subject mismatch)',
    stage: 'login',
    says: /AADSTS700213[\s\S]*'repo:octo-org\/bad-inputs:ref:refs\/heads\/feature'/,
    // Not waiting for a credential to propagate: the identity's credential is an old one.
    arrange: () => ({
      ...job({ repository: REPOSITORY, ref: 'refs/heads/feature' }),
      inputs: { 'propagation-wait': '0' }
    })
  },
  {
    name: 'GitHub token of a pull_request job (subject mismatch)',
    stage: 'login',
    says: /AADSTS700213[\s\S]*'repo:octo-org\/bad-inputs:pull_request'/,
    arrange: () => ({
      ...job({ repository: REPOSITORY, eventName: 'pull_request' }),
      inputs: { 'propagation-wait': '0' }
    })
  },
  {
    name: 'request token the runner refuses',
    stage: 'login',
    says: 'The runner refused to issue a GitHub OIDC token (401)',
    arrange: () => ({
      inputs: {},
      env: { ...setup.job.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-request-token' }
    })
  },
  {
    name: 'job without the id-token: write permission',
    stage: 'offline',
    says: /ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set[\s\S]*id-token: write/,
    arrange: () => ({ inputs: {}, env: {} })
  }
]

/** Cosmos DB requests that change something: anything but reads and queries. */
function writes(requests: ReturnType<LocalCloud['cosmos']['requests']>) {
  return requests.filter(
    (r) => r.method !== 'GET' && !r.actions.some((a) => a.endsWith('/executeQuery'))
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe.each([
  ['action inputs', ACTION_INPUTS],
  ['seed files', SEED_FILES],
  ['migration files', MIGRATIONS],
  ['smoke files', SMOKE_FILES],
  ['claims and tokens', TOKENS]
])('bad %s', (_kind, cases) => {
  it.each(cases)('$name', async (bad) => {
    const arranged = await bad.arrange()
    const cosmosBefore = cloud.cosmos.requests().length
    const armBefore = cloud.arm.requests().length
    const githubBefore = cloud.github.issueCount()
    const entraBefore = cloud.entra.issuedTokens().length
    const started = Date.now()
    const run = await runAction({
      inputs: { ...setup.inputs, ...arranged.inputs },
      env: arranged.env ?? setup.job.env,
      caFile: cloud.caFile,
      ...(arranged.workspace === undefined ? {} : { workspace: arranged.workspace })
    })
    const elapsed = Date.now() - started
    const cosmos = cloud.cosmos.requests().slice(cosmosBefore)

    // Fails, quickly, with one explained error.
    expect(run.exitCode).toBe(1)
    expect(elapsed).toBeLessThan(QUICKLY_MS)
    expect(run.stderr).toBe('')
    const error = run.errors.join('\n')
    if (typeof bad.says === 'string') expect(error).toContain(bad.says)
    else expect(error).toMatch(bad.says)
    // Long values are never echoed whole.
    expect(error.length).toBeLessThan(4000)

    // Names the file, and the line with an annotation on it.
    if (arranged.file !== undefined) {
      expect(error).toContain(
        arranged.line === undefined || arranged.wholeFile
          ? `${arranged.file}: `
          : `${arranged.file}:${arranged.line}: `
      )
    }
    if (arranged.line !== undefined) {
      const annotated = relative(process.cwd(), arranged.file ?? '')
      expect(run.log).toMatch(
        new RegExp(`^::error file=${escapeRegExp(annotated)},line=${arranged.line}::`, 'm')
      )
    }

    // Nothing written: not a document, not a container, not a ledger entry or lock.
    expect(writes(cosmos)).toEqual([])
    expect(
      cloud.arm
        .requests()
        .slice(armBefore)
        .filter((r) => r.method !== 'GET')
    ).toEqual([])
    if (bad.stage !== 'checks') expect(cosmos).toEqual([])
    if (bad.stage === 'offline') {
      expect(cloud.github.issueCount()).toBe(githubBefore)
      expect(cloud.entra.issuedTokens().length).toBe(entraBefore)
    }

    // No token, and nothing the input held in secret, anywhere the runner shows.
    expect(leakedSecrets(run, cloud.secrets())).toEqual([])
    const shown = [run.stdout, run.stderr, run.summary, run.outputFile].join('\n')
    for (const secret of arranged.hidden ?? []) expect(shown).not.toContain(secret)
    // An input cannot smuggle a workflow command into the log.
    expect(run.stdout).not.toMatch(/^::error::injected/m)
  })
})

describe('the corpus', () => {
  it('holds at least 40 cases, each named once', () => {
    const all = [...ACTION_INPUTS, ...SEED_FILES, ...MIGRATIONS, ...SMOKE_FILES, ...TOKENS]
    expect(all.length).toBeGreaterThanOrEqual(40)
    expect(new Set(all.map((bad) => bad.name)).size).toBe(all.length)
  })

  it('left every container as it was', async () => {
    for (const container of ['products', 'orders', 'events', 'items'])
      expect(await cloud.cosmos.readItems('badinputs', container)).toEqual([])
    expect(await cloud.cosmos.readContainer('badinputs', 'migrations')).toBeUndefined()
  })
})
