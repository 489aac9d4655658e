import type { CredentialPlan, SetupPlan } from '../plan.js'
import { describeTrigger } from '../subjects.js'
import { API_VERSIONS } from './api-versions.js'
import type { Artifact } from './artifact.js'
import { bicepString } from './escape/bicep.js'
import { resourceIdentifier } from './escape/identifier.js'
import { GRAPH_EXTENSION, graphBicepAvailable } from './graph-bicep.js'
import { generatedHeader } from './header.js'

/** In a sovereign cloud an application's credentials cannot be Bicep: say where to turn instead. */
function notAvailable(plan: SetupPlan): string[] {
  return [
    `// Not for ${plan.options.cloud.name}: the Microsoft Graph Bicep extension, which declares an application's`,
    '// federated credentials, is documented for the public cloud only (learn.microsoft.com,',
    '// "Microsoft Graph Bicep: known limitations"). Create the credentials with setup.sh (az) or',
    '// main.tf (Terraform), which work in every cloud.'
  ]
}

/** An application's credentials through the Graph extension, found by its uniqueName. */
function applicationCredentials(plan: SetupPlan, clientId: string): string[] {
  const lines = [
    '// Deploy anywhere (Graph resources live in the tenant), e.g.:',
    '//   az deployment group create --resource-group <any> --template-file credentials.bicep --parameters applicationUniqueName=<name>',
    ...GRAPH_EXTENSION,
    '',
    '// Bicep finds an existing application by its uniqueName. Applications made in the portal or with',
    '// az have none: give yours one first (it can be set only while empty, and never changes after):',
    `//   az rest --method PATCH --url "${plan.options.cloud.graphEndpoint}/v1.0/applications(appId='${clientId}')" --body '{"uniqueName":"<name>"}'`,
    '// or use setup.sh or main.tf instead, which find the application by its client id.',
    "@description('uniqueName of the Entra application (Bicep finds existing applications by it).')",
    'param applicationUniqueName string',
    '',
    "resource application 'Microsoft.Graph/applications@v1.0' existing = {",
    '  uniqueName: applicationUniqueName',
    '}'
  ]
  for (const credential of plan.credentials) lines.push('', ...applicationCredential(credential))
  return lines
}

function applicationCredential(credential: CredentialPlan): string[] {
  if (credential.expression !== undefined)
    return [
      `// ${describeTrigger(credential.trigger)}: a flexible credential (claimsMatchingExpression), which the`,
      '// Graph v1.0 Bicep type cannot declare; setup.sh creates it through Graph beta.'
    ]
  return [
    `resource ${resourceIdentifier(credential.name)} 'Microsoft.Graph/applications/federatedIdentityCredentials@v1.0' = {`,
    `  name: '\${application.uniqueName}/${credential.name}'`,
    `  issuer: ${bicepString(credential.issuer)}`,
    `  subject: ${bicepString(credential.subject as string)}`,
    `  audiences: [`,
    `    ${bicepString(credential.audience)}`,
    '  ]',
    `  description: ${bicepString(credential.description)}`,
    '}'
  ]
}

/** A managed identity's credentials as child resources, one after the other. */
function identityCredentials(
  plan: SetupPlan,
  identity: { name: string; resourceGroup: string; subscriptionId: string }
): string[] {
  const lines = [
    `// Deploy to the identity's resource group:`,
    `//   az deployment group create --subscription ${identity.subscriptionId} --resource-group ${identity.resourceGroup} --template-file credentials.bicep`,
    '',
    `resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@${API_VERSIONS.identity}' existing = {`,
    `  name: ${bicepString(identity.name)}`,
    '}'
  ]
  let previous: string | undefined
  for (const credential of plan.credentials) {
    lines.push('', ...identityCredential(credential, previous))
    previous = resourceIdentifier(credential.name)
  }
  return lines
}

function identityCredential(credential: CredentialPlan, previous: string | undefined): string[] {
  const flexible = credential.expression !== undefined
  return [
    `// ${describeTrigger(credential.trigger)}`,
    `resource ${resourceIdentifier(credential.name)} 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@${flexible ? API_VERSIONS.identityPreview : API_VERSIONS.identity}' = {`,
    '  parent: identity',
    `  name: ${bicepString(credential.name)}`,
    '  properties: {',
    `    issuer: ${bicepString(credential.issuer)}`,
    ...(flexible
      ? [
          '    claimsMatchingExpression: {',
          `      value: ${bicepString(credential.expression as string)}`,
          '      languageVersion: 1',
          '    }'
        ]
      : [`    subject: ${bicepString(credential.subject as string)}`]),
    '    audiences: [',
    `      ${bicepString(credential.audience)}`,
    '    ]',
    '  }',
    // A managed identity refuses concurrent credential writes: one after the other.
    ...(previous ? [`  dependsOn: [`, `    ${previous}`, '  ]'] : []),
    '}'
  ]
}

/** Bicep for the federated credentials (Graph extension for an application, ARM for an identity). */
export const credentialsBicep = {
  fileName: 'credentials.bicep',
  render: (plan) => {
    const { identity } = plan.options
    const body =
      identity.kind === 'managedIdentity'
        ? identityCredentials(plan, identity)
        : graphBicepAvailable(plan.options.cloud.name)
          ? applicationCredentials(plan, identity.clientId)
          : notAvailable(plan)
    return `${[generatedHeader(plan, '//'), ...body].join('\n')}\n`
  }
} as const satisfies Artifact
