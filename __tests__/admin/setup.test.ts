/**
 * Golden tests of what `setup` generates, per trigger kind, identity kind and cloud. The JSON
 * parses, the Terraform parses with HashiCorp's HCL parser (@cdktf/hcl2json), the workflow parses
 * as YAML with the action's inputs, and the Bicep passes a structural check (no Bicep compiler is
 * published on the npm registry). UPDATE_GOLDEN=1 rewrites the golden files.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseHcl } from '@cdktf/hcl2json'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { untilPrincipalReplicated } from '../../src/admin/apply.js'
import { renderArtifacts } from '../../src/admin/artifacts/index.js'
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

/**
 * Runs a generated setup.sh with bash and a fake `az` first on PATH that records every call and
 * answers what the script reads (the current cloud, the CLI version, object ids).
 */
async function runWithFakeAz(
  script: string,
  version: string
): Promise<{ calls: string[]; exitCode: number | null; stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-az-'))
  try {
    const log = join(dir, 'calls')
    await writeFile(
      join(dir, 'az'),
      [
        '#!/usr/bin/env bash',
        `echo "$*" >> ${JSON.stringify(log)}`,
        'case "$1 $2" in',
        '  "cloud show") echo AzureCloud ;;',
        `  "version --query") echo ${version} ;;`,
        '  *) echo 00000000-0000-0000-0000-0000000000ff ;;',
        'esac',
        ''
      ].join('\n'),
      { mode: 0o755 }
    )
    await writeFile(join(dir, 'setup.sh'), script, { mode: 0o755 })
    const run = spawnSync('bash', [join(dir, 'setup.sh')], {
      env: { PATH: `${dir}:${process.env['PATH'] ?? ''}` },
      encoding: 'utf8'
    })
    const calls = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean)
    return { calls, exitCode: run.status, stderr: run.stderr }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
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

  it.each(Object.keys(CASES))(
    '%s: setup.sh runs with az, and leaves az on the cloud it found',
    async (name) => {
      const plan = planSetup(CASES[name] as SetupOptions)
      const { calls, exitCode } = await runWithFakeAz(renderArtifacts(plan)['setup.sh'], '2.80.0')
      expect(exitCode).toBe(0)
      const cloudSets = calls.filter((call) => call.startsWith('cloud set'))
      if (plan.options.cloud.name === 'AzureCloud') expect(cloudSets).toEqual([])
      // Switched to the account's cloud, then back to the admin's own when the script ended.
      else
        expect(cloudSets).toEqual([
          `cloud set --name ${plan.options.cloud.name}`,
          'cloud set --name AzureCloud'
        ])
      expect(
        calls.filter((call) => call.startsWith('cosmosdb sql role assignment create'))
      ).toHaveLength(1)
    }
  )

  it('stops before any write when az is too old for flexible credentials on a managed identity', async () => {
    const plan = planSetup(CASES['uami-all-triggers-usgov'] as SetupOptions)
    expect(plan.credentials.some((credential) => credential.expression)).toBe(true)
    const { calls, exitCode, stderr } = await runWithFakeAz(
      renderArtifacts(plan)['setup.sh'],
      '2.73.0'
    )
    expect(exitCode).toBe(1)
    expect(stderr).toContain(
      'Azure CLI 2.73.0 cannot create flexible credentials (2.74.0 or later can)'
    )
    expect(calls.some((call) => call.includes('create'))).toBe(false)
    expect(calls.at(-1)).toBe('cloud set --name AzureCloud')
  })

  it('declares no Graph Bicep for clouds the extension does not serve', () => {
    for (const name of ['app-environment-usgov', 'app-tag-china']) {
      const artifacts = renderArtifacts(planSetup(CASES[name] as SetupOptions))
      expect(artifacts['credentials.bicep']).not.toContain('extension microsoftGraphV1')
      expect(artifacts['credentials.bicep']).toContain('documented for the public cloud only')
      expect(artifacts['role.bicep']).not.toContain('Microsoft.Graph/')
      expect(artifacts['role.bicep']).toContain('param principalId string')
    }
    const publicCloud = renderArtifacts(planSetup(CASES['app-branch-azurecloud'] as SetupOptions))
    expect(publicCloud['credentials.bicep']).toContain('extension microsoftGraphV1')
    expect(publicCloud['credentials.bicep']).toContain(`"uniqueName":"<name>"`)
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

describe('waiting for a new principal to reach ARM', () => {
  const notFound = () =>
    Object.assign(
      new Error(
        "The provided principal ID [p] was not found in the AAD tenant(s) [t] which are associated with the customer's subscription."
      ),
      { statusCode: 400, code: 'BadRequest' }
    )

  it('retries 5, 10, 20, then 30 s apart, saying so, and gives up after five minutes', async () => {
    let clock = 0
    const slept: number[] = []
    const logged: string[] = []
    let attempts = 0
    const failure = await untilPrincipalReplicated(
      'p',
      {
        log: (line) => logged.push(line),
        now: () => clock,
        sleep: async (ms) => {
          slept.push(ms)
          clock += ms
        }
      },
      async () => {
        attempts++
        throw notFound()
      }
    ).catch((error: unknown) => error)
    expect((failure as Error).message).toContain('was not found in the AAD tenant')
    expect(slept).toEqual([5000, 10_000, 20_000, ...Array(8).fill(30_000), 25_000])
    expect(attempts).toBe(slept.length + 1)
    expect(logged[0]).toContain('principal p is not known to Azure Resource Manager yet')
  })

  it('goes on once ARM knows it, and passes other failures through at once', async () => {
    let calls = 0
    const value = await untilPrincipalReplicated(
      'p',
      { sleep: async () => undefined },
      async () => {
        if (++calls < 3) throw notFound()
        return 'assigned'
      }
    )
    expect(value).toBe('assigned')
    const forbidden = Object.assign(new Error('AuthorizationFailed'), { statusCode: 403 })
    await expect(
      untilPrincipalReplicated('p', { sleep: async () => undefined }, async () => {
        throw forbidden
      })
    ).rejects.toBe(forbidden)
  })
})
