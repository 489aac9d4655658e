import { credentialProblem } from '../entra/credential-rules.js'
import { readBody, sendJson } from '../http/server.js'
import { isArmError, sendArmError, type ArmError } from './auth.js'
import {
  identityCredentialFromBody,
  identityCredentialProblem,
  identityCredentialResource,
  identityCredentialType
} from './identity-credentials.js'
import { identityType, type UserAssignedIdentity } from './identity-store.js'
import { scopeOf, type ArmRequest, type ArmRoute } from './route.js'

const identityPath =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/([^/]+)(\/federatedIdentityCredentials(?:\/([^/]+))?)?\/?$/i

/**
 * User-assigned managed identities: GET the identity, and list, GET and PUT (create or replace)
 * its federated identity credentials. PUT answers at once (201 created, 200 replaced), as the
 * Microsoft.ManagedIdentity provider does.
 */
export function identityRoute(request: ArmRequest): ArmRoute | undefined {
  const match = identityPath.exec(request.url.pathname)
  if (!match) return undefined
  const [, subscription = '', group = '', rawName = '', credentials, rawCredential] = match
  const name = decodeURIComponent(rawName)
  const { method, res, identities } = request
  const apiVersion = request.url.searchParams.get('api-version') ?? ''
  const route = (
    action: string,
    needs: ArmRoute['needs'],
    serve: (identity: UserAssignedIdentity, principalId: string) => Promise<void>
  ): ArmRoute => ({
    action,
    needs,
    scope: scopeOf(request.url.pathname),
    missing: () => missingIdentity(request, subscription, group, name),
    serve: async (principalId) => {
      const identity = identities.find(group, name)
      if (identity) await serve(identity, principalId)
    }
  })
  const ficAction = `${identityCredentialType}/${method === 'PUT' ? 'write' : 'read'}`

  if (credentials === undefined) {
    if (method !== 'GET') return undefined
    return route(`${identityType}/read`, 'read', async (identity) =>
      sendJson(res, 200, identityResource(identity))
    )
  }
  const directory = request.entra.directory
  const storedOf = (identity: UserAssignedIdentity) =>
    directory.applicationByClientId(identity.clientId)?.federatedCredentials ?? []
  if (rawCredential === undefined) {
    if (method !== 'GET') return undefined
    return route(ficAction, 'read', async (identity) => {
      const value = storedOf(identity).map((fic) =>
        identityCredentialResource(identity.resourceId, fic, apiVersion)
      )
      sendJson(res, 200, { value })
    })
  }
  const ficName = decodeURIComponent(rawCredential)
  if (method === 'GET') {
    return route(ficAction, 'read', async (identity) => {
      const fic = storedOf(identity).find((c) => c.name === ficName)
      if (!fic) return sendArmError(res, credentialNotFound(ficName, identity.name))
      sendJson(res, 200, identityCredentialResource(identity.resourceId, fic, apiVersion))
    })
  }
  if (method !== 'PUT') return undefined
  return route(ficAction, 'write', async (identity, principalId) => {
    let body: unknown
    try {
      body = JSON.parse((await readBody(request.req)).toString('utf8'))
    } catch {
      return sendArmError(res, {
        status: 400,
        code: 'InvalidRequestContent',
        message: 'The request content was invalid and could not be deserialized.'
      })
    }
    const candidate = identityCredentialFromBody(body, ficName, apiVersion)
    if (isArmError(candidate)) return sendArmError(res, candidate)
    const existing = storedOf(identity)
    const replacing = existing.some((fic) => fic.name === ficName)
    const problem = credentialProblem(existing, candidate, {
      replacing: replacing ? ficName : undefined,
      flexibleIssuers: directory.flexibleIssuers
    })
    if (problem) return sendArmError(res, identityCredentialProblem(problem, ficName))
    const stored = directory.putFederatedCredential(identity.clientId, candidate, {
      propagate: true
    })
    request.log(`[arm] ${principalId} PUT federated credential ${ficName} on ${identity.name}`)
    sendJson(
      res,
      replacing ? 200 : 201,
      identityCredentialResource(identity.resourceId, stored, apiVersion)
    )
  })
}

function identityResource(identity: UserAssignedIdentity) {
  return {
    id: identity.resourceId,
    name: identity.name,
    type: identityType,
    location: identity.location,
    tags: {},
    properties: {
      tenantId: identity.tenantId,
      principalId: identity.principalId,
      clientId: identity.clientId
    }
  }
}

/** The first missing segment (subscription, resource group, identity), as ARM names it. */
export function missingIdentity(
  request: ArmRequest,
  subscription: string,
  group: string,
  name: string
): ArmError | undefined {
  const { identities, cosmos } = request
  if (subscription.toLowerCase() !== identities.subscriptionId.toLowerCase()) {
    return {
      status: 404,
      code: 'SubscriptionNotFound',
      message: `The subscription '${subscription}' could not be found.`
    }
  }
  const knownGroup =
    identities.hasGroup(group) || group.toLowerCase() === cosmos.resourceGroup.toLowerCase()
  if (!knownGroup) {
    return {
      status: 404,
      code: 'ResourceGroupNotFound',
      message: `Resource group '${group}' could not be found.`
    }
  }
  if (!identities.find(group, name)) {
    return {
      status: 404,
      code: 'ResourceNotFound',
      message: `The Resource '${identityType}/${name}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
    }
  }
  return undefined
}

function credentialNotFound(name: string, identity: string): ArmError {
  return {
    status: 404,
    code: 'NotFound',
    message: `The federated identity credential '${name}' was not found on the managed identity '${identity}'.`
  }
}
