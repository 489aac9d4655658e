/**
 * Golden tests of what `setup` generates, per trigger kind, identity kind and cloud. The JSON
 * parses, the Terraform parses with HashiCorp's HCL parser (@cdktf/hcl2json), the workflow parses
 * as YAML with the action's inputs, and the Bicep passes a structural check (no Bicep compiler is
 * published on the npm registry). UPDATE_GOLDEN=1 rewrites the golden files.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseHcl } from '@cdktf/hcl2json'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { renderArtifacts } from '../../src/admin/artifacts.js'
import { planSetup, type SetupOptions } from '../../src/admin/plan.js'
import { CLOUDS } from '../../src/clouds.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const ACCOUNT = {
  name: 'inventory-db',
  resourceGroup: 'rg-inventory',
  subscriptionId: '00000000-1111-2222-3333-444444444444'
}
const APP = { kind: 'application', clientId: '11111111-2222-3333-4444-555555555555' } as const
const UAMI = {
  kind: 'managedIdentity',
  name: 'id-inventory',
  resourceGroup: 'rg-identities',
  subscriptionId: ACCOUNT.subscriptionId
} as const
const REPOSITORY = { owner: 'octo-org', name: 'inventory', ownerId: '9919', repoId: '123456' }

const base: SetupOptions = {
  repository: REPOSITORY,
  triggers: [],
  form: 'classic',
  identity: APP,
  cloud: CLOUDS.AzureCloud,
  issuer: 'https://token.actions.githubusercontent.com',
  flexibleIssuer: 'https://token.actions.githubusercontent.com',
  account: ACCOUNT,
  database: 'app',
  role: { kind: 'reader' },
  scope: '/dbs/app'
}

const CASES: Record<string, SetupOptions> = {
  'app-branch-azurecloud': { ...base, triggers: [{ kind: 'branch', name: 'main' }] },
  'app-environment-usgov': {
    ...base,
    triggers: [{ kind: 'environment', name: 'production' }],
    cloud: CLOUDS.AzureUSGovernment,
    role: { kind: 'contributor' }
  },
  'app-tag-china': {
    ...base,
    triggers: [{ kind: 'tag', name: 'v1.2.0' }],
    cloud: CLOUDS.AzureChinaCloud,
    scope: '/'
  },
  'app-pull-request': { ...base, triggers: [{ kind: 'pull_request' }] },
  'app-patterns-immutable': {
    ...base,
    form: 'immutable',
    triggers: [
      { kind: 'branch', name: 'release/*' },
      { kind: 'tag', name: 'v*' },
      { kind: 'environment', name: 'staging' }
    ],
    role: { kind: 'contributor' }
  },
  'uami-environment-custom-role': {
    ...base,
    identity: UAMI,
    triggers: [{ kind: 'environment', name: 'production' }],
    role: {
      kind: 'custom',
      name: 'Inventory readers',
      actions: ['readMetadata', 'read', 'executeQuery', 'readChangeFeed']
    },
    scope: '/dbs/app/colls/products'
  },
  'uami-all-triggers-usgov': {
    ...base,
    identity: UAMI,
    cloud: CLOUDS.AzureUSGovernment,
    triggers: [
      { kind: 'branch', name: 'main' },
      { kind: 'tag', name: 'v*' },
      { kind: 'environment', name: 'prod:eu' },
      { kind: 'pull_request' }
    ]
  }
}

/** Balanced braces, brackets and parentheses outside strings and comments; well-formed resources. */
function bicepProblems(text: string): string[] {
  const problems: string[] = []
  const stack: string[] = []
  const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' }
  text.split('\n').forEach((line, index) => {
    let inString = false
    for (let i = 0; i < line.length; i++) {
      const char = line[i] as string
      if (inString) {
        if (char === '\\') i++
        else if (char === "'") inString = false
        continue
      }
      if (char === '/' && line[i + 1] === '/') break
      if (char === "'") inString = true
      else if ('{[('.includes(char)) stack.push(char)
      else if (char in pairs && stack.pop() !== pairs[char])
        problems.push(`line ${index + 1}: unbalanced ${char}`)
    }
    if (inString) problems.push(`line ${index + 1}: unterminated string`)
    if (/^resource /.test(line) && !/^resource \w+ '[\w./]+@[\w.-]+'( existing)? = \{$/.test(line))
      problems.push(`line ${index + 1}: not a resource declaration: ${line}`)
    if (
      /^(param|var) /.test(line) &&
      !/^(param \w+ (string|int|bool)( = .+)?|var \w+ = .+)$/.test(line)
    )
      problems.push(`line ${index + 1}: not a declaration: ${line}`)
  })
  if (stack.length > 0) problems.push(`unclosed ${stack.join('')}`)
  return problems
}

describe('setup artifacts', () => {
  it.each(Object.keys(CASES))('%s matches its golden files and parses', async (name) => {
    const artifacts = renderArtifacts(planSetup(CASES[name] as SetupOptions))
    const dir = join(GOLDEN, name)
    if (process.env['UPDATE_GOLDEN'] === '1') {
      await mkdir(dir, { recursive: true })
      for (const [file, text] of Object.entries(artifacts)) await writeFile(join(dir, file), text)
    }
    for (const [file, text] of Object.entries(artifacts))
      expect(text).toBe(await readFile(join(dir, file), 'utf8'))

    const credentials = JSON.parse(artifacts['federated-credentials.json']) as unknown[]
    expect(credentials).toHaveLength((CASES[name] as SetupOptions).triggers.length)
    await expect(parseHcl('main.tf', artifacts['main.tf'])).resolves.toHaveProperty('resource')
    for (const file of ['credentials.bicep', 'role.bicep'] as const)
      expect(bicepProblems(artifacts[file])).toEqual([])
    const workflow = parseYaml(artifacts['workflow.yml']) as {
      jobs: {
        database: {
          permissions: Record<string, string>
          steps: Array<{ with?: Record<string, string> }>
        }
      }
    }
    expect(workflow.jobs.database.permissions['id-token']).toBe('write')
    const step = workflow.jobs.database.steps.find((candidate) => candidate.with)
    expect(step?.with?.['endpoint']).toMatch(
      /^https:\/\/inventory-db\.documents\.azure\.(com|us|cn):443\/$/
    )
  })

  it('writes each subject as GitHub presents it', () => {
    const plan = planSetup(CASES['uami-all-triggers-usgov'] as SetupOptions)
    expect(
      plan.credentials.map((credential) => credential.subject ?? credential.expression)
    ).toEqual([
      'repo:octo-org/inventory:ref:refs/heads/main',
      "claims['sub'] matches 'repo:octo-org/inventory:ref:refs/tags/v*' and claims['repository_id'] eq '123456'",
      'repo:octo-org/inventory:environment:prod%3Aeu',
      'repo:octo-org/inventory:pull_request'
    ])
    expect(
      plan.credentials.every(
        (credential) => credential.audience === 'api://AzureADTokenExchangeUSGov'
      )
    ).toBe(true)
    const immutable = planSetup(CASES['app-patterns-immutable'] as SetupOptions)
    expect(immutable.credentials[2]?.subject).toBe(
      'repo:octo-org@9919/inventory@123456:environment:staging'
    )
  })

  it('keeps the ids in the repo segment of a custom template on an immutable repository', () => {
    const plan = planSetup({
      ...base,
      form: 'immutable',
      template: ['repo', 'context', 'repo_property_team1'],
      claims: { repo_property_team1: 'payments' },
      triggers: [{ kind: 'environment', name: 'production' }]
    })
    expect(plan.credentials[0]?.subject).toBe(
      'repo:octo-org@9919/inventory@123456:environment:production:repo_property_team1:payments'
    )
  })

  it('quotes hostile names in every language it writes', async () => {
    const artifacts = renderArtifacts(
      planSetup({
        ...base,
        triggers: [{ kind: 'environment', name: 'it\'s ${danger} "quoted" \\ %{x}' }]
      })
    )
    await expect(parseHcl('main.tf', artifacts['main.tf'])).resolves.toBeDefined()
    expect(bicepProblems(artifacts['credentials.bicep'])).toEqual([])
    // Literal ${ and %{ are written $${ and %%{, so Terraform interpolates nothing.
    expect(artifacts['main.tf']).toContain(
      'subject        = "repo:octo-org/inventory:environment:it\'s $${danger} \\"quoted\\" \\\\ %%{x}"'
    )
    expect(artifacts['setup.sh']).toContain(`'\\''`)
    expect(parseYaml(artifacts['workflow.yml'])).toHaveProperty(
      'jobs.database.environment',
      'it\'s ${danger} "quoted" \\ %{x}'
    )
  })

  it.each([
    [{ triggers: [] }, /at least one trigger/],
    [
      { triggers: [{ kind: 'tag', name: 'v*' }], repository: { owner: 'o', name: 'r' } },
      /--repo-id/
    ],
    [
      { triggers: Array.from({ length: 21 }, (_, i) => ({ kind: 'branch', name: `b${i}` })) },
      /at most 20/
    ],
    [
      {
        triggers: [{ kind: 'branch', name: 'main' }],
        form: 'immutable',
        repository: { owner: 'o', name: 'r' }
      },
      /--owner-id, --repo-id/
    ],
    [
      {
        triggers: [{ kind: 'tag', name: 'v*' }],
        issuer: 'https://ghes.contoso.com/_services/token'
      },
      /Entra supports those for GitHub only with the issuer https:\/\/token\.actions\.githubusercontent\.com; Graph refuses them for 'https:\/\/ghes\.contoso\.com\/_services\/token'\. List the tags one by one/
    ],
    [
      {
        triggers: [{ kind: 'branch', name: 'release/*' }],
        issuer: 'https://token.actions.githubusercontent.com/octo-enterprise'
      },
      /List the branches one by one/
    ]
  ] as const)('refuses %j', (change, message) => {
    expect(() => planSetup({ ...base, ...(change as Partial<SetupOptions>) })).toThrow(message)
  })

  it('suggests a pattern when many tags take many credentials', () => {
    const plan = planSetup({
      ...base,
      triggers: ['v1.0', 'v1.1', 'v1.2'].map((name) => ({ kind: 'tag', name }))
    })
    expect(plan.notes[0]).toContain("--tag 'v1.*'")
  })
})
