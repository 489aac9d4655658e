/** The bad-input corpus of action inputs: see ../harness.ts for what every case must show. */
import { ACCOUNT_KEY, PASSWORD, escaping, type BadInput } from '../harness.js'

export const ACTION_INPUTS: readonly BadInput[] = [
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
    name: 'on-missing-oidc: skip on a job that lacks the permission (neither a fork nor Dependabot)',
    stage: 'offline',
    says: "The job needs the 'id-token: write' permission",
    arrange: () => ({
      inputs: { 'on-missing-oidc': 'skip' },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
    })
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
