import type { SetupPlan } from '../plan.js'
import { describeTrigger } from '../subjects.js'
import type { Artifact } from './artifact.js'
import { shellQuote } from './escape/shell.js'
import { credentialBody } from './federated-credentials-json.js'
import { generatedHeader } from './header.js'

/**
 * `az identity federated-credential create --claims-matching-expression-*` exists from Azure CLI
 * 2.74.0 (June 2025, azure-cli HISTORY.rst); older versions fail on the unknown flags.
 */
const AZ_VERSION_CHECK = [
  '# Flexible credentials on a managed identity need Azure CLI 2.74.0 or later.',
  `AZ_VERSION=$(az version --query '"azure-cli"' --output tsv)`,
  'if [ "$(printf \'%s\\n\' 2.74.0 "$AZ_VERSION" | sort -V | head -n 1)" != 2.74.0 ]; then',
  '  echo "Azure CLI $AZ_VERSION cannot create flexible credentials (2.74.0 or later can): run az upgrade." >&2',
  '  exit 1',
  'fi'
]

/** The script's opening: who may run it, strict mode, and the cloud (restored when it ends). */
function prelude(plan: SetupPlan): string[] {
  const { identity, cloud } = plan.options
  const lines = [
    '#!/usr/bin/env bash',
    generatedHeader(plan, '#'),
    '# Run it logged in with `az login` as someone who may write the application or identity',
    '# (Application.ReadWrite.All or its owner; Managed Identity Contributor for an identity) and the',
    "# account's SQL role assignments: DocumentDB Account Contributor, Contributor or Owner. Cosmos DB",
    '# Operator cannot: its NotActions exclude sqlRoleAssignments/write and sqlRoleDefinitions/write.',
    'set -euo pipefail',
    ''
  ]
  if (cloud.name !== 'AzureCloud')
    lines.push(
      '# az cloud set changes the cloud of every later az command: switch back when the script ends.',
      'PREVIOUS_CLOUD=$(az cloud show --query name --output tsv)',
      `trap 'az cloud set --name "$PREVIOUS_CLOUD"' EXIT`,
      `az cloud set --name ${cloud.name}`,
      ''
    )
  if (identity.kind === 'managedIdentity' && plan.credentials.some((c) => c.expression))
    lines.push(...AZ_VERSION_CHECK, '')
  return lines
}

/** An application's credentials through `az ad app` (or Graph beta), then its principal id. */
function applicationCredentials(plan: SetupPlan, clientId: string): string[] {
  const graph = plan.options.cloud.graphEndpoint
  const lines: string[] = []
  for (const credential of plan.credentials) {
    const body = JSON.stringify(credentialBody(plan, credential))
    lines.push(`# ${describeTrigger(credential.trigger)}`)
    if (credential.expression === undefined) {
      lines.push(
        `az ad app federated-credential create --id ${clientId} --parameters ${shellQuote(body)}`
      )
    } else {
      // az ad app federated-credential knows no claims-matching expressions: Graph beta does.
      lines.push(
        `az rest --method POST --url ${shellQuote(`${graph}/beta/applications(appId='${clientId}')/federatedIdentityCredentials`)} --headers Content-Type=application/json --body ${shellQuote(body)}`
      )
    }
  }
  lines.push(
    '',
    '# The role goes to the service principal object id, not to the client id.',
    `PRINCIPAL_ID=$(az ad sp show --id ${clientId} --query id --output tsv)`
  )
  return lines
}

/** A managed identity's credentials through `az identity`, then its principal id. */
function identityCredentials(
  plan: SetupPlan,
  identity: { name: string; resourceGroup: string; subscriptionId: string }
): string[] {
  const target = `--identity-name ${shellQuote(identity.name)} --resource-group ${shellQuote(identity.resourceGroup)} --subscription ${shellQuote(identity.subscriptionId)}`
  const lines: string[] = []
  for (const credential of plan.credentials) {
    lines.push(
      `# ${describeTrigger(credential.trigger)} (one at a time: managed identities refuse concurrent writes)`
    )
    const match =
      credential.expression === undefined
        ? `--subject ${shellQuote(credential.subject as string)}`
        : `--claims-matching-expression-value ${shellQuote(credential.expression)} --claims-matching-expression-version 1`
    lines.push(
      `az identity federated-credential create --name ${credential.name} ${target} --issuer ${shellQuote(credential.issuer)} ${match} --audiences ${shellQuote(credential.audience)}`
    )
  }
  lines.push(
    '',
    "# The role goes to the identity's principal (object) id, not to its client id.",
    `PRINCIPAL_ID=$(az identity show --name ${shellQuote(identity.name)} --resource-group ${shellQuote(identity.resourceGroup)} --subscription ${shellQuote(identity.subscriptionId)} --query principalId --output tsv)`
  )
  return lines
}

/** The custom role definition when there is one, then the assignment to `$PRINCIPAL_ID`. */
function roleCommands(plan: SetupPlan): string[] {
  const { account } = plan.options
  const { role } = plan
  const cosmos = `--account-name ${shellQuote(account.name)} --resource-group ${shellQuote(account.resourceGroup)} --subscription ${shellQuote(account.subscriptionId)}`
  const lines: string[] = []
  if (plan.options.role.kind === 'custom') {
    const body = JSON.stringify({
      Id: role.definitionGuid,
      RoleName: role.roleName,
      Type: 'CustomRole',
      AssignableScopes: ['/'],
      Permissions: [{ DataActions: role.customActions }]
    })
    lines.push('', `az cosmosdb sql role definition create ${cosmos} --body ${shellQuote(body)}`)
  }
  lines.push(
    '',
    `# ${role.roleName} at ${role.scope}`,
    `az cosmosdb sql role assignment create ${cosmos} --scope ${shellQuote(role.scope)} --principal-id "$PRINCIPAL_ID" --role-definition-id ${role.definitionGuid}`,
    ''
  )
  return lines
}

/** An `az` script that creates the credentials and assigns the role. */
export const setupScript = {
  fileName: 'setup.sh',
  render: (plan) => {
    const { identity } = plan.options
    return [
      ...prelude(plan),
      ...(identity.kind === 'application'
        ? applicationCredentials(plan, identity.clientId)
        : identityCredentials(plan, identity)),
      ...roleCommands(plan)
    ].join('\n')
  }
} as const satisfies Artifact
