import type { CloudName } from '../../clouds.js'
import type { CredentialPlan, SetupPlan } from '../plan.js'
import { describeTrigger } from '../subjects.js'
import type { Artifact } from './artifact.js'
import { hclString } from './escape/hcl.js'
import { resourceIdentifier } from './escape/identifier.js'
import { generatedHeader } from './header.js'

/** The `environment` each provider names a cloud by. */
const TERRAFORM_ENVIRONMENT: Record<CloudName, { azurerm: string; azuread: string }> = {
  AzureCloud: { azurerm: 'public', azuread: 'global' },
  AzureUSGovernment: { azurerm: 'usgovernment', azuread: 'usgovernment' },
  AzureChinaCloud: { azurerm: 'china', azuread: 'china' }
}

const ACCOUNT_ID = 'data.azurerm_cosmosdb_account.account.id'

/** The header, the required providers and the azurerm provider. */
function providers(plan: SetupPlan): string[] {
  const { identity, account, cloud } = plan.options
  return [
    generatedHeader(plan, '#'),
    '',
    'terraform {',
    '  required_providers {',
    ...(identity.kind === 'application'
      ? [
          '    azuread = {',
          '      source  = "hashicorp/azuread"',
          '      version = "~> 3.7"',
          '    }'
        ]
      : []),
    '    azurerm = {',
    '      source  = "hashicorp/azurerm"',
    '      version = "~> 4.0"',
    '    }',
    '  }',
    '}',
    '',
    'provider "azurerm" {',
    '  features {}',
    `  subscription_id = ${hclString(account.subscriptionId)}`,
    `  environment     = ${hclString(TERRAFORM_ENVIRONMENT[cloud.name].azurerm)}`,
    '}',
    ''
  ]
}

/** An application and its service principal through azuread, and its credentials. */
function applicationCredentials(plan: SetupPlan, clientId: string): string[] {
  const lines = [
    'provider "azuread" {',
    `  environment = ${hclString(TERRAFORM_ENVIRONMENT[plan.options.cloud.name].azuread)}`,
    '}',
    '',
    'data "azuread_application" "job" {',
    `  client_id = ${hclString(clientId)}`,
    '}',
    '',
    '# The role goes to the service principal object id, not to the client id.',
    'data "azuread_service_principal" "job" {',
    `  client_id = ${hclString(clientId)}`,
    '}'
  ]
  for (const credential of plan.credentials) lines.push('', ...applicationCredential(credential))
  return lines
}

function applicationCredential(credential: CredentialPlan): string[] {
  const flexible = credential.expression !== undefined
  return [
    `# ${describeTrigger(credential.trigger)}`,
    `resource "${flexible ? 'azuread_application_flexible_federated_identity_credential' : 'azuread_application_federated_identity_credential'}" "${resourceIdentifier(credential.name)}" {`,
    '  application_id = data.azuread_application.job.id',
    `  display_name   = ${hclString(credential.name)}`,
    `  description    = ${hclString(credential.description)}`,
    `  issuer         = ${hclString(credential.issuer)}`,
    ...(flexible
      ? [
          `  audience                   = ${hclString(credential.audience)}`,
          `  claims_matching_expression = ${hclString(credential.expression as string)}`
        ]
      : [
          `  audiences      = [${hclString(credential.audience)}]`,
          `  subject        = ${hclString(credential.subject as string)}`
        ]),
    '}'
  ]
}

/** A managed identity through azurerm, and those of its credentials azurerm can declare. */
function identityCredentials(
  plan: SetupPlan,
  identity: { name: string; resourceGroup: string }
): string[] {
  const lines = [
    "# The role goes to the identity's principal (object) id, not to its client id.",
    'data "azurerm_user_assigned_identity" "job" {',
    `  name                = ${hclString(identity.name)}`,
    `  resource_group_name = ${hclString(identity.resourceGroup)}`,
    '}'
  ]
  for (const credential of plan.credentials) {
    lines.push('', `# ${describeTrigger(credential.trigger)}`)
    if (credential.expression !== undefined) {
      lines.push(
        '# A flexible credential (claims-matching expression): azurerm cannot declare one on a',
        '# managed identity; setup.sh creates it with az identity federated-credential create.'
      )
      continue
    }
    lines.push(
      `resource "azurerm_federated_identity_credential" "${resourceIdentifier(credential.name)}" {`,
      `  name                = ${hclString(credential.name)}`,
      `  resource_group_name = ${hclString(identity.resourceGroup)}`,
      '  parent_id           = data.azurerm_user_assigned_identity.job.id # user_assigned_identity_id from azurerm 5',
      `  audience            = [${hclString(credential.audience)}]`,
      `  issuer              = ${hclString(credential.issuer)}`,
      `  subject             = ${hclString(credential.subject as string)}`,
      '}'
    )
  }
  return lines
}

function customDefinition(plan: SetupPlan): string[] {
  const { account } = plan.options
  const { role } = plan
  return [
    '',
    'resource "azurerm_cosmosdb_sql_role_definition" "job" {',
    `  name                = ${hclString(role.roleName)}`,
    `  role_definition_id  = ${hclString(role.definitionGuid)}`,
    `  resource_group_name = ${hclString(account.resourceGroup)}`,
    `  account_name        = ${hclString(account.name)}`,
    '  type                = "CustomRole"',
    `  assignable_scopes   = [${ACCOUNT_ID}]`,
    '',
    '  permissions {',
    `    data_actions = [${(role.customActions ?? []).map(hclString).join(', ')}]`,
    '  }',
    '}'
  ]
}

/** The account, the custom definition when asked, and the assignment to `principal`. */
function roleLines(plan: SetupPlan, principal: string): string[] {
  const { account } = plan.options
  const { role } = plan
  const custom = plan.options.role.kind === 'custom'
  return [
    '',
    'data "azurerm_cosmosdb_account" "account" {',
    `  name                = ${hclString(account.name)}`,
    `  resource_group_name = ${hclString(account.resourceGroup)}`,
    '}',
    ...(custom ? customDefinition(plan) : []),
    '',
    `# ${role.roleName} at ${role.scope}`,
    'resource "azurerm_cosmosdb_sql_role_assignment" "job" {',
    `  resource_group_name = ${hclString(account.resourceGroup)}`,
    `  account_name        = ${hclString(account.name)}`,
    `  role_definition_id  = ${custom ? 'azurerm_cosmosdb_sql_role_definition.job.id' : `"\${${ACCOUNT_ID}}/sqlRoleDefinitions/${role.definitionGuid}"`}`,
    `  scope               = ${role.scope === '/' ? ACCOUNT_ID : `"\${${ACCOUNT_ID}}${role.scope}"`}`,
    `  principal_id        = ${principal}`,
    '}',
    ''
  ]
}

/** Terraform (azuread and azurerm) for the credentials, the role and its assignment. */
export const terraform = {
  fileName: 'main.tf',
  render: (plan) => {
    const { identity } = plan.options
    const [credentials, principal] =
      identity.kind === 'application'
        ? [
            applicationCredentials(plan, identity.clientId),
            'data.azuread_service_principal.job.object_id'
          ]
        : [
            identityCredentials(plan, identity),
            'data.azurerm_user_assigned_identity.job.principal_id'
          ]
    return [...providers(plan), ...credentials, ...roleLines(plan, principal)].join('\n')
  }
} as const satisfies Artifact
