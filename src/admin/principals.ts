/**
 * Who a principal id of a role assignment is: an Entra application or a user-assigned managed
 * identity (whose federated credentials can be listed), or something else (a user, a group, a
 * deleted identity), asked of Microsoft Graph.
 */
import type { TokenCredential } from '@azure/identity'
import type { Endpoints } from './identities.js'
import type { IdentityTarget } from './plan.js'
import { RestApiError, RestClient } from './rest.js'

/** A principal as Graph knows it, with the identity that keeps its federated credentials. */
export type Principal =
  | {
      readonly kind: 'identity'
      readonly principalId: string
      readonly displayName: string
      readonly target: IdentityTarget
    }
  | { readonly kind: 'other'; readonly principalId: string; readonly why: string }

interface ServicePrincipal {
  id: string
  appId: string
  displayName?: string
  servicePrincipalType?: string
  alternativeNames?: string[]
}

const IDENTITY_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/([^/]+)$/i

/** Finds principals by object id through Graph's servicePrincipals. */
export function principalDirectory(
  credential: TokenCredential,
  endpoints: Endpoints
): (principalId: string) => Promise<Principal> {
  const graph = new RestClient(
    credential,
    endpoints.graphEndpoint,
    `${endpoints.graphResource.replace(/\/$/, '')}/.default`
  )
  return async (principalId) => {
    let body: ServicePrincipal
    try {
      body = (await graph.send<ServicePrincipal>('GET', `/v1.0/servicePrincipals/${principalId}`))
        .body
    } catch (error) {
      if (error instanceof RestApiError && error.status === 404)
        return {
          kind: 'other',
          principalId,
          why: 'not a service principal in this tenant (a user, a group, or a deleted identity): no federated credentials'
        }
      throw error
    }
    const displayName = body.displayName ?? body.appId
    if (body.servicePrincipalType === 'ManagedIdentity') {
      // A managed identity's service principal names its ARM resource among its alternative names.
      const match = (body.alternativeNames ?? [])
        .map((name) => IDENTITY_ID.exec(name))
        .find((found) => found !== null)
      if (!match)
        return {
          kind: 'other',
          principalId,
          why: `managed identity ${displayName} is system-assigned or its resource is unknown: no federated credentials`
        }
      const [, subscriptionId = '', resourceGroup = '', name = ''] = match
      return {
        kind: 'identity',
        principalId,
        displayName,
        target: { kind: 'managedIdentity', name, resourceGroup, subscriptionId }
      }
    }
    return {
      kind: 'identity',
      principalId,
      displayName,
      target: { kind: 'application', clientId: body.appId.toLowerCase() }
    }
  }
}
