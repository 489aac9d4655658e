import type { ActionInputs } from '../inputs/index.js'

/**
 * What the job's later steps get: the variables every Azure SDK's workload identity credential
 * reads (`DefaultAzureCredential` in JavaScript, Python, .NET, Java and Go), and where the
 * account is. Ids, hosts and a path only: the token stays in its file.
 */
export function workloadIdentityVariables(
  inputs: Pick<ActionInputs, 'clientId' | 'tenantId' | 'authorityHost' | 'endpoint' | 'database'>,
  tokenFile: string
): ReadonlyArray<readonly [string, string]> {
  return [
    ['AZURE_CLIENT_ID', inputs.clientId],
    ['AZURE_TENANT_ID', inputs.tenantId],
    ['AZURE_AUTHORITY_HOST', inputs.authorityHost],
    ['AZURE_FEDERATED_TOKEN_FILE', tokenFile],
    ['COSMOS_ENDPOINT', inputs.endpoint],
    ['COSMOS_DATABASE', inputs.database]
  ]
}
