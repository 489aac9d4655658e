import type { EntraStandIn } from '../entra/server.js'

/** The ARM type of a user-assigned managed identity. */
export const identityType = 'Microsoft.ManagedIdentity/userAssignedIdentities'
/** Where the stand-in says its identities live; nothing depends on it. */
const identityLocation = 'westeurope'

/** What addUserAssignedIdentity returns: what a workflow and a role assignment need. */
export interface UserAssignedIdentityInfo {
  clientId: string
  /** Object id of the identity's service principal: the `oid` in its tokens. */
  principalId: string
  tenantId: string
  /** `/subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{name}` */
  resourceId: string
}

/** A user-assigned managed identity as ARM stores it. */
export interface UserAssignedIdentity extends UserAssignedIdentityInfo {
  resourceGroup: string
  name: string
  location: string
}

/**
 * The subscription's user-assigned managed identities. Each is an Entra identity of kind
 * 'managedIdentity' in the account's tenant, so its federated credentials live in Entra's
 * directory and token exchanges see them at once.
 */
export class UserAssignedIdentities {
  private readonly identities = new Map<string, UserAssignedIdentity>()

  constructor(
    private readonly entra: EntraStandIn,
    readonly subscriptionId: string,
    private readonly tenantId: string,
    private readonly defaultGroup: string
  ) {}

  add(options: { resourceGroup?: string; name: string }): UserAssignedIdentity {
    const resourceGroup = options.resourceGroup ?? this.defaultGroup
    const key = keyOf(resourceGroup, options.name)
    if (this.identities.has(key)) {
      throw new Error(`identity ${options.name} already exists in ${resourceGroup}`)
    }
    const { clientId, objectId } = this.entra.registerApplication({
      tenantId: this.tenantId,
      displayName: options.name,
      kind: 'managedIdentity'
    })
    const identity: UserAssignedIdentity = {
      clientId,
      principalId: objectId,
      tenantId: this.tenantId,
      resourceId: `/subscriptions/${this.subscriptionId}/resourceGroups/${resourceGroup}/providers/${identityType}/${options.name}`,
      resourceGroup,
      name: options.name,
      location: identityLocation
    }
    const principal = this.entra.directory.applicationByClientId(clientId)
    if (principal) principal.alternativeNames = ['isExplicit=True', identity.resourceId]
    this.identities.set(key, identity)
    return identity
  }

  /** ARM names compare case-insensitively. */
  find(resourceGroup: string, name: string): UserAssignedIdentity | undefined {
    return this.identities.get(keyOf(resourceGroup, name))
  }

  /** Whether some identity lives in this resource group. */
  hasGroup(resourceGroup: string): boolean {
    const group = resourceGroup.toLowerCase()
    return [...this.identities.values()].some((i) => i.resourceGroup.toLowerCase() === group)
  }
}

const keyOf = (group: string, name: string) => `${group.toLowerCase()}/${name.toLowerCase()}`
