import type { SetupPlan } from '../plan.js'
import { API_VERSIONS } from './api-versions.js'
import type { Artifact } from './artifact.js'
import { bicepString } from './escape/bicep.js'
import { GRAPH_EXTENSION, graphBicepAvailable } from './graph-bicep.js'
import { generatedHeader } from './header.js'

/** How role.bicep comes by the principal: a Graph lookup, a parameter, or the identity itself. */
type PrincipalSource = 'graph' | 'parameter' | 'identity'

function principalSourceOf(plan: SetupPlan): PrincipalSource {
  if (plan.options.identity.kind !== 'application') return 'identity'
  return graphBicepAvailable(plan.options.cloud.name) ? 'graph' : 'parameter'
}

/** The Bicep expression of the principal id, per source. */
const PRINCIPAL_ID: Record<PrincipalSource, string> = {
  graph: 'principal.id',
  parameter: 'principalId',
  identity: 'identity.properties.principalId'
}

function principalLines(plan: SetupPlan, source: PrincipalSource): string[] {
  const { identity } = plan.options
  if (identity.kind === 'managedIdentity')
    return [
      "// The role goes to the identity's principal (object) id, not to its client id.",
      `resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@${API_VERSIONS.identity}' existing = {`,
      `  name: ${bicepString(identity.name)}`,
      `  scope: resourceGroup(${bicepString(identity.subscriptionId)}, ${bicepString(identity.resourceGroup)})`,
      '}'
    ]
  if (source === 'graph')
    return [
      '// The role goes to the service principal object id, not to the client id.',
      "resource principal 'Microsoft.Graph/servicePrincipals@v1.0' existing = {",
      `  appId: ${bicepString(identity.clientId)}`,
      '}'
    ]
  return [
    `// The role goes to the service principal object id, not to the client id. The Microsoft Graph`,
    `// Bicep extension, which could look it up, is documented for the public cloud only: pass it in.`,
    `@description('Object id of the service principal: az ad sp show --id ${identity.clientId} --query id --output tsv')`,
    'param principalId string'
  ]
}

function customDefinition(plan: SetupPlan): string[] {
  const { role } = plan
  return [
    '',
    `resource definition 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@${API_VERSIONS.cosmos}' = {`,
    '  parent: account',
    `  name: ${bicepString(role.definitionGuid)}`,
    '  properties: {',
    `    roleName: ${bicepString(role.roleName)}`,
    "    type: 'CustomRole'",
    '    assignableScopes: [',
    '      account.id',
    '    ]',
    '    permissions: [',
    '      {',
    '        dataActions: [',
    ...(role.customActions ?? []).map((action) => `          ${bicepString(action)}`),
    '        ]',
    '      }',
    '    ]',
    '  }',
    '}'
  ]
}

function assignment(plan: SetupPlan, source: PrincipalSource): string[] {
  const { identity } = plan.options
  const { role } = plan
  const custom = plan.options.role.kind === 'custom'
  const principalKey =
    identity.kind === 'application'
      ? identity.clientId
      : `${identity.resourceGroup}/${identity.name}`
  return [
    '',
    `// ${role.roleName} at ${role.scope}`,
    `resource assignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@${API_VERSIONS.cosmos}' = {`,
    '  parent: account',
    // Names must be known when the deployment starts: built from inputs, not the principal id.
    `  name: guid(account.id, ${bicepString(principalKey)}, ${bicepString(role.definitionGuid)}, ${bicepString(role.scope)})`,
    '  properties: {',
    `    roleDefinitionId: ${custom ? 'definition.id' : `'\${account.id}/sqlRoleDefinitions/${role.definitionGuid}'`}`,
    `    scope: ${role.scope === '/' ? 'account.id' : `'\${account.id}${role.scope}'`}`,
    `    principalId: ${PRINCIPAL_ID[source]}`,
    '  }',
    '}',
    ''
  ]
}

/** Bicep for the role (a custom definition when asked) and its assignment to the principal. */
export const roleBicep = {
  fileName: 'role.bicep',
  render: (plan) => {
    const { account } = plan.options
    const source = principalSourceOf(plan)
    return [
      generatedHeader(plan, '//'),
      "// Deploy to the Cosmos DB account's resource group:",
      `//   az deployment group create --subscription ${account.subscriptionId} --resource-group ${account.resourceGroup} --template-file role.bicep`,
      ...(source === 'graph' ? GRAPH_EXTENSION : []),
      '',
      `resource account 'Microsoft.DocumentDB/databaseAccounts@${API_VERSIONS.cosmos}' existing = {`,
      `  name: ${bicepString(account.name)}`,
      '}',
      '',
      ...principalLines(plan, source),
      ...(plan.options.role.kind === 'custom' ? customDefinition(plan) : []),
      ...assignment(plan, source)
    ].join('\n')
  }
} as const satisfies Artifact
