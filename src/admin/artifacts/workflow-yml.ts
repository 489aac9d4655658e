import type { SetupPlan } from '../plan.js'
import type { Trigger } from '../subjects.js'
import type { Artifact } from './artifact.js'
import { yamlList, yamlSingleQuoted } from './escape/yaml.js'
import { generatedHeader } from './header.js'

/** The names of the planned triggers, per kind. */
function triggerNames(plan: SetupPlan) {
  const triggers = plan.credentials.map((credential) => credential.trigger)
  const of = <K extends Trigger['kind']>(kind: K): Array<Extract<Trigger, { kind: K }>> =>
    triggers.filter((trigger): trigger is Extract<Trigger, { kind: K }> => trigger.kind === kind)
  return {
    branches: of('branch').map((trigger) => trigger.name),
    tags: of('tag').map((trigger) => trigger.name),
    environments: of('environment').map((trigger) => trigger.name),
    pullRequests: of('pull_request').length > 0
  }
}

type TriggerNames = ReturnType<typeof triggerNames>

/** The events under `on:` that run the job for each planned trigger. */
function events({ branches, tags, environments, pullRequests }: TriggerNames): string[] {
  const on: string[] = []
  if (branches.length > 0 || tags.length > 0 || environments.length > 0) {
    on.push('  push:')
    if (branches.length > 0 || environments.length > 0)
      on.push(`    branches: ${yamlList(branches.length > 0 ? branches : ['main'])}`)
    if (tags.length > 0) on.push(`    tags: ${yamlList(tags)}`)
  }
  if (pullRequests) on.push('  pull_request:')
  on.push('  workflow_dispatch:')
  return on
}

/** The action's step with its inputs. */
function actionStep(plan: SetupPlan, pullRequests: boolean): string[] {
  const { identity, account, cloud, database } = plan.options
  return [
    '      - id: cosmos',
    '        uses: cosmos-oidc-action/cosmos-oidc-action@v0',
    '        with:',
    `          client-id: \${{ vars.AZURE_CLIENT_ID }}${identity.kind === 'application' ? ` # ${identity.clientId}` : ''}`,
    '          tenant-id: ${{ vars.AZURE_TENANT_ID }}',
    `          endpoint: https://${account.name}.${cloud.cosmosDomain}:443/`,
    `          database: ${database ?? 'app'}`,
    ...(cloud.name === 'AzureCloud' ? [] : [`          cloud: ${cloud.name}`]),
    `          subscription-id: ${account.subscriptionId}`,
    `          resource-group: ${account.resourceGroup}`,
    ...(pullRequests
      ? [
          '          # Fork pull requests get no OIDC token: pass without touching the database.',
          '          on-missing-oidc: skip'
        ]
      : [])
  ]
}

/** A GitHub Actions workflow that runs the action on the planned triggers. */
export const workflow = {
  fileName: 'workflow.yml',
  render: (plan) => {
    const names = triggerNames(plan)
    const environment = names.environments[0]
    return [
      generatedHeader(plan, '#'),
      ...(environment !== undefined
        ? [
            `# The job runs in environment '${environment}': its subject then names the environment, not`,
            '# the branch, so only the environment credential matches it.'
          ]
        : []),
      '# Set repository variables AZURE_CLIENT_ID (the client id, not the object id) and AZURE_TENANT_ID.',
      `name: Cosmos DB (${plan.options.repository.name})`,
      '',
      'on:',
      ...events(names),
      '',
      'permissions:',
      '  contents: read',
      '',
      'jobs:',
      '  database:',
      '    runs-on: ubuntu-latest',
      ...(environment !== undefined ? [`    environment: ${yamlSingleQuoted(environment)}`] : []),
      '    permissions:',
      '      contents: read',
      '      id-token: write # lets the job request its GitHub OIDC token',
      '    steps:',
      '      - uses: actions/checkout@v5',
      ...actionStep(plan, names.pullRequests),
      ''
    ].join('\n')
  }
} as const satisfies Artifact
