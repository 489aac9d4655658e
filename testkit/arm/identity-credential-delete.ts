import { missingIdentity } from './identities.js'
import { identityCredentialType } from './identity-credentials.js'
import { scopeOf, type ArmRequest, type ArmRoute } from './route.js'

const credentialPath =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/([^/]+)\/federatedIdentityCredentials\/([^/]+)\/?$/i

/**
 * DELETE of a managed identity's federated credential: 200 when it was there, 204 when not, at
 * once (the Microsoft.ManagedIdentity provider runs no operation for it).
 */
export function identityCredentialDeleteRoute(request: ArmRequest): ArmRoute | undefined {
  const match = credentialPath.exec(request.url.pathname)
  if (!match || request.method !== 'DELETE') return undefined
  const [, subscription = '', group = '', rawName = '', rawCredential = ''] = match
  const name = decodeURIComponent(rawName)
  const credentialName = decodeURIComponent(rawCredential)
  const { res, identities, entra } = request
  return {
    action: `${identityCredentialType}/delete`,
    needs: 'write',
    scope: scopeOf(request.url.pathname),
    missing: () => missingIdentity(request, subscription, group, name),
    serve: async (principalId) => {
      const identity = identities.find(group, name)
      const stored = identity
        ? entra.directory.applicationByClientId(identity.clientId)?.federatedCredentials
        : undefined
      const index = stored?.findIndex((credential) => credential.name === credentialName) ?? -1
      if (!stored || index < 0) return void res.writeHead(204).end()
      stored.splice(index, 1)
      request.log(`[arm] ${principalId} DELETE federated credential ${credentialName} on ${name}`)
      res.writeHead(200).end()
    }
  }
}
