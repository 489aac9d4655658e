import type { TokenCredential } from '@azure/identity'
import type { CredentialPlan, IdentityTarget } from './plan.js'
import { RestApiError, RestClient } from './rest.js'

/** A federated credential as the identity holds it. */
export interface StoredCredential {
  /** Graph's id of the credential (an application's); its name for a managed identity's. */
  readonly id?: string | undefined
  readonly name: string
  readonly issuer: string
  readonly subject: string | undefined
  readonly expression: string | undefined
  readonly audiences: readonly string[]
}

/** The identity a job logs in as, through the API that keeps its federated credentials. */
export interface IdentityDirectory {
  /** "application <client id>" or "managed identity <group>/<name>". */
  readonly description: string
  /** The object id of its service principal: the id role assignments take. */
  principalId(): Promise<string>
  clientId(): Promise<string>
  /** The application's own object id (not its service principal's); undefined for an identity. */
  applicationObjectId(): Promise<string | undefined>
  listCredentials(): Promise<StoredCredential[]>
  createCredential(credential: CredentialPlan): Promise<void>
  deleteCredential(credential: StoredCredential): Promise<void>
}

export interface Endpoints {
  /** Microsoft Graph, e.g. https://graph.microsoft.com */
  readonly graphEndpoint: string
  /** The resource Graph tokens are issued for (the cloud's, even with an overridden host). */
  readonly graphResource: string
  readonly armEndpoint: string
  readonly armResource: string
}

interface GraphCredential {
  id?: string
  name: string
  issuer: string
  subject?: string | null
  claimsMatchingExpression?: { value: string } | null
  audiences?: string[]
}

/** Translates what Graph and ARM say into what the admin should do. */
export function explainDirectoryError(error: unknown, description: string): Error {
  if (!(error instanceof RestApiError)) return error as Error
  const advice: Record<string, string> = {
    Authorization_RequestDenied: `the signed-in account may not read or write ${description}: it needs Application.ReadWrite.All, or to own the application (Graph said: ${error.serviceMessage})`,
    Request_ResourceNotFound: `${description} does not exist in this tenant: check the client id (the application's, not its object id) and that you are signed in to the right tenant (Graph said: ${error.serviceMessage})`,
    AuthorizationFailed: `the signed-in account may not do this on ${description}: it needs Managed Identity Contributor on the identity (ARM said: ${error.serviceMessage})`,
    ResourceNotFound: `${description} was not found: check its name, resource group and subscription (ARM said: ${error.serviceMessage})`,
    InvalidAuthenticationToken: `the service refused the sign-in token: sign in again (az login) to the tenant of ${description} (${error.serviceMessage})`
  }
  return new Error(advice[error.code] ?? error.message, { cause: error })
}

/** An Entra application, through Microsoft Graph. */
export function applicationDirectory(
  credential: TokenCredential,
  endpoints: Endpoints,
  clientId: string
): IdentityDirectory {
  const graph = new RestClient(
    credential,
    endpoints.graphEndpoint,
    `${endpoints.graphResource.replace(/\/$/, '')}/.default`
  )
  const description = `application ${clientId}`
  const app = `/applications(appId='${clientId}')`
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw explainDirectoryError(error, description)
    }
  }
  return {
    description,
    principalId: () =>
      call(async () => {
        const { body } = await graph.send<{ id: string }>(
          'GET',
          `/v1.0/servicePrincipals(appId='${clientId}')`
        )
        return body.id
      }),
    clientId: async () => clientId,
    applicationObjectId: () =>
      call(async () => {
        const { body } = await graph.send<{ id: string }>('GET', `/v1.0${app}`)
        return body.id
      }),
    listCredentials: () =>
      call(async () => {
        // Beta shows claims-matching expressions; v1.0 leaves them out.
        const { body } = await graph.send<{ value: GraphCredential[] }>(
          'GET',
          `/beta${app}/federatedIdentityCredentials`
        )
        return body.value.map((stored) => ({
          id: stored.id,
          name: stored.name,
          issuer: stored.issuer,
          subject: stored.subject ?? undefined,
          expression: stored.claimsMatchingExpression?.value ?? undefined,
          audiences: stored.audiences ?? []
        }))
      }),
    createCredential: (plan) =>
      call(async () => {
        const flexible = plan.expression !== undefined
        await graph.send(
          'POST',
          `/${flexible ? 'beta' : 'v1.0'}${app}/federatedIdentityCredentials`,
          {
            name: plan.name,
            issuer: plan.issuer,
            ...(flexible
              ? { claimsMatchingExpression: { value: plan.expression, languageVersion: 1 } }
              : { subject: plan.subject }),
            audiences: [plan.audience],
            description: plan.description
          }
        )
      }),
    deleteCredential: (stored) =>
      call(async () => {
        // Beta, like the listing: the credential may be a flexible one, which v1.0 does not show.
        await graph.send(
          'DELETE',
          `/beta${app}/federatedIdentityCredentials/${encodeURIComponent(stored.id ?? stored.name)}`
        )
      })
  }
}

const IDENTITY_API = '2024-11-30'
const IDENTITY_PREVIEW_API = '2025-01-31-preview'

interface ArmCredential {
  name: string
  properties: {
    issuer: string
    subject?: string
    claimsMatchingExpression?: { value: string }
    audiences?: string[]
  }
}

/** A user-assigned managed identity, through Azure Resource Manager. */
export function managedIdentityDirectory(
  credential: TokenCredential,
  endpoints: Endpoints,
  target: Extract<IdentityTarget, { kind: 'managedIdentity' }>
): IdentityDirectory {
  const arm = new RestClient(
    credential,
    endpoints.armEndpoint,
    `${endpoints.armResource.replace(/\/$/, '')}/.default`
  )
  const description = `managed identity ${target.resourceGroup}/${target.name}`
  const path = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${target.name}`
  let identity: Promise<{ properties: { principalId: string; clientId: string } }> | undefined
  const read = (): Promise<{ properties: { principalId: string; clientId: string } }> =>
    (identity ??= arm
      .send<{ properties: { principalId: string; clientId: string } }>(
        'GET',
        `${path}?api-version=${IDENTITY_API}`
      )
      .then((response) => response.body)
      .catch((error: unknown) => {
        identity = undefined
        throw explainDirectoryError(error, description)
      }))
  return {
    description,
    principalId: async () => (await read()).properties.principalId,
    clientId: async () => (await read()).properties.clientId,
    applicationObjectId: async () => undefined,
    async listCredentials() {
      try {
        const { body } = await arm.send<{ value: ArmCredential[] }>(
          'GET',
          `${path}/federatedIdentityCredentials?api-version=${IDENTITY_PREVIEW_API}`
        )
        return body.value.map((stored) => ({
          name: stored.name,
          issuer: stored.properties.issuer,
          subject: stored.properties.subject,
          expression: stored.properties.claimsMatchingExpression?.value,
          audiences: stored.properties.audiences ?? []
        }))
      } catch (error) {
        throw explainDirectoryError(error, description)
      }
    },
    async createCredential(plan) {
      const flexible = plan.expression !== undefined
      try {
        await arm.send(
          'PUT',
          `${path}/federatedIdentityCredentials/${plan.name}?api-version=${flexible ? IDENTITY_PREVIEW_API : IDENTITY_API}`,
          {
            properties: {
              issuer: plan.issuer,
              ...(flexible
                ? { claimsMatchingExpression: { value: plan.expression, languageVersion: 1 } }
                : { subject: plan.subject }),
              audiences: [plan.audience]
            }
          }
        )
      } catch (error) {
        throw explainDirectoryError(error, description)
      }
    },
    async deleteCredential(stored) {
      try {
        await arm.send(
          'DELETE',
          `${path}/federatedIdentityCredentials/${encodeURIComponent(stored.name)}?api-version=${IDENTITY_API}`
        )
      } catch (error) {
        throw explainDirectoryError(error, description)
      }
    }
  }
}
