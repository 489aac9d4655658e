import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto'
import type { JWK } from 'jose'

/** A tenant with its own token-signing key. */
export interface Tenant {
  tenantId: string
  domains: string[]
  privateKey: KeyObject
  publicJwk: JWK
  kid: string
}

/** A federated identity credential as stored on an app registration or managed identity. */
export interface FederatedCredential {
  name: string
  issuer: string
  subject: string
  /** Exactly one audience, as Entra allows. */
  audiences: string[]
}

export type IdentityKind = 'application' | 'managedIdentity'

export interface ApplicationOptions {
  tenantId?: string
  clientId?: string
  /** Object id of the service principal (the `oid` in its tokens). */
  objectId?: string
  displayName: string
  kind?: IdentityKind
  accessTokenLifetimeSeconds?: number
}

/** An app registration (or user-assigned managed identity) with its service principal. */
export interface Application {
  tenantId: string
  clientId: string
  objectId: string
  displayName: string
  kind: IdentityKind
  accessTokenLifetimeSeconds?: number
  federatedCredentials: FederatedCredential[]
}

/** Entra allows at most 20 federated identity credentials per app or identity. */
const maxFederatedCredentials = 20

/** Tenants, applications, federated credentials and known resources of the Entra stand-in. */
export class Directory {
  private readonly tenants = new Map<string, Tenant>()
  private readonly applications: Application[] = []
  private readonly resources = new Set<string>()

  /** Adds a tenant with a fresh RS256 key; returns its id. */
  addTenant(options: { tenantId?: string; domains?: string[] } = {}): string {
    const tenantId = (options.tenantId ?? randomUUID()).toLowerCase()
    if (this.tenants.has(tenantId)) throw new Error(`tenant ${tenantId} already exists`)
    // Synchronous generation keeps addTenant synchronous; 2048-bit RSA takes tens of ms.
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const kid = randomBytes(12).toString('base64url')
    const publicJwk: JWK = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }
    this.tenants.set(tenantId, {
      tenantId,
      domains: (options.domains ?? []).map((domain) => domain.toLowerCase()),
      privateKey,
      publicJwk,
      kid
    })
    return tenantId
  }

  /** Finds a tenant by GUID or by one of its domains, case-insensitively. */
  findTenant(idOrDomain: string): Tenant | undefined {
    const key = idOrDomain.toLowerCase()
    return this.tenants.get(key) ?? [...this.tenants.values()].find((t) => t.domains.includes(key))
  }

  /** Finds the tenant whose key has this kid. */
  tenantByKid(kid: string): Tenant | undefined {
    return [...this.tenants.values()].find((tenant) => tenant.kid === kid)
  }

  registerApplication(options: ApplicationOptions, defaultTenantId: string): Application {
    const tenant = this.findTenant(options.tenantId ?? defaultTenantId)
    if (!tenant) throw new Error(`unknown tenant ${options.tenantId}`)
    const clientId = (options.clientId ?? randomUUID()).toLowerCase()
    if (this.findApplication(tenant.tenantId, clientId)) {
      throw new Error(`application ${clientId} already exists in tenant ${tenant.tenantId}`)
    }
    const application: Application = {
      tenantId: tenant.tenantId,
      clientId,
      objectId: (options.objectId ?? randomUUID()).toLowerCase(),
      displayName: options.displayName,
      kind: options.kind ?? 'application',
      federatedCredentials: []
    }
    if (options.accessTokenLifetimeSeconds !== undefined) {
      application.accessTokenLifetimeSeconds = options.accessTokenLifetimeSeconds
    }
    this.applications.push(application)
    return application
  }

  findApplication(tenantId: string, clientId: string): Application | undefined {
    const id = clientId.toLowerCase()
    return this.applications.find((app) => app.tenantId === tenantId && app.clientId === id)
  }

  /** Adds a federated credential to the app with this client id (unique across tenants). */
  addFederatedCredential(clientId: string, credential: FederatedCredential): void {
    const id = clientId.toLowerCase()
    const matches = this.applications.filter((app) => app.clientId === id)
    const application = matches[0]
    if (!application) throw new Error(`unknown application ${clientId}`)
    if (matches.length > 1) throw new Error(`client id ${clientId} exists in several tenants`)
    if (credential.audiences.length !== 1)
      throw new Error('a federated credential has one audience')
    if (application.federatedCredentials.some((fic) => fic.name === credential.name)) {
      throw new Error(`federated credential ${credential.name} already exists`)
    }
    if (application.federatedCredentials.length >= maxFederatedCredentials) {
      throw new Error(`at most ${maxFederatedCredentials} federated credentials per application`)
    }
    application.federatedCredentials.push({ ...credential, audiences: [...credential.audiences] })
  }

  registerResource(uri: string): void {
    this.resources.add(normalizeResource(uri))
  }

  unregisterResource(uri: string): void {
    this.resources.delete(normalizeResource(uri))
  }

  /** The registered resource this scope's resource names, if any. */
  findResource(resource: string): string | undefined {
    const key = normalizeResource(resource)
    return this.resources.has(key) ? key : undefined
  }
}

/** Resource ids compare without a trailing slash and with a lower-case scheme and host. */
function normalizeResource(uri: string): string {
  const trimmed = uri.replace(/\/+$/, '')
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]+)(.*)$/i.exec(trimmed)
  return match ? `${match[1]?.toLowerCase()}${match[2]}` : trimmed
}
