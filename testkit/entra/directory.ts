import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto'
import type { JWK } from 'jose'
import { credentialProblem, describeCredentialProblem, githubIssuer } from './credential-rules.js'

/** A tenant with its own token-signing key. */
export interface Tenant {
  tenantId: string
  domains: string[]
  privateKey: KeyObject
  publicJwk: JWK
  kid: string
}

/** The `claimsMatchingExpression` of a flexible federated credential (see claims-expression.ts). */
export interface ClaimsMatchingExpression {
  value: string
  languageVersion: number
}

/**
 * A federated identity credential on an app registration or managed identity. It has either a
 * `subject` (matched exactly) or a `claimsMatchingExpression` (a flexible credential), not both.
 */
export interface FederatedCredential {
  name: string
  issuer: string
  subject?: string
  claimsMatchingExpression?: ClaimsMatchingExpression
  /** Exactly one audience, as Entra allows. */
  audiences: string[]
  description?: string
}

/** A stored credential, with the id Graph shows for it. */
export interface StoredFederatedCredential extends FederatedCredential {
  id: string
  /** Epoch ms from which the token service sees it (credentials propagate; see federation.ts). */
  visibleFrom?: number
}

export type IdentityKind = 'application' | 'managedIdentity'

export interface ApplicationOptions {
  tenantId?: string
  clientId?: string
  /** Object id of the service principal (the `oid` in its tokens). */
  objectId?: string
  /** Object id of the application object (apps only; Graph's `/applications/{id}`). */
  applicationObjectId?: string
  displayName: string
  kind?: IdentityKind
  accessTokenLifetimeSeconds?: number
}

/** An app registration (or user-assigned managed identity) with its service principal. */
export interface Application {
  tenantId: string
  clientId: string
  /** The service principal's object id: the `oid` in its tokens. */
  objectId: string
  /**
   * The application object's own id, distinct from the service principal's as in Entra.
   * Managed identities have no application object.
   */
  applicationObjectId?: string
  displayName: string
  kind: IdentityKind
  accessTokenLifetimeSeconds?: number
  /**
   * The service principal's alternativeNames: for a user-assigned managed identity, Graph lists
   * `isExplicit=True` and its ARM resource id.
   */
  alternativeNames?: string[]
  federatedCredentials: StoredFederatedCredential[]
  /** Epoch ms of creation: Azure Resource Manager sees a new principal only after a while. */
  createdAt: number
}

/** Tenants, applications, federated credentials and known resources of the Entra stand-in. */
export class Directory {
  private readonly tenants = new Map<string, Tenant>()
  private readonly applications: Application[] = []
  private readonly resources = new Set<string>()
  /**
   * How long a credential written through Graph or ARM takes to reach the token service. Real
   * Entra takes from tens of seconds to minutes; tests and the demo choose.
   */
  credentialPropagationMs = 0
  /** How long a new principal stays unknown to Azure Resource Manager (Entra replication). */
  principalReplicationMs = 0
  /**
   * The issuers flexible credentials may name: github.com's, to which the local cloud adds its
   * own GitHub issuer, which stands in for it.
   */
  readonly flexibleIssuers = new Set<string>([githubIssuer])

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
    const kind = options.kind ?? 'application'
    const application: Application = {
      tenantId: tenant.tenantId,
      clientId,
      objectId: (options.objectId ?? randomUUID()).toLowerCase(),
      displayName: options.displayName,
      kind,
      federatedCredentials: [],
      createdAt: Date.now()
    }
    if (kind === 'application') {
      application.applicationObjectId = (options.applicationObjectId ?? randomUUID()).toLowerCase()
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

  /** The app or identity with this client id in any tenant; throws when several tenants have it. */
  applicationByClientId(clientId: string): Application | undefined {
    const id = clientId.toLowerCase()
    const matches = this.applications.filter((app) => app.clientId === id)
    if (matches.length > 1) throw new Error(`client id ${clientId} exists in several tenants`)
    return matches[0]
  }

  /** The app or identity whose service principal has this object id, in any tenant. */
  principalByObjectId(objectId: string): Application | undefined {
    const id = objectId.toLowerCase()
    return this.applications.find((app) => app.objectId === id)
  }

  /** The app whose application object has this id, in the tenant. */
  applicationByObjectId(tenantId: string, applicationObjectId: string): Application | undefined {
    const id = applicationObjectId.toLowerCase()
    return this.applications.find(
      (app) => app.tenantId === tenantId && app.applicationObjectId === id
    )
  }

  /**
   * Adds a federated credential to the app with this client id (unique across tenants); throws
   * when it breaks a rule (credential-rules.ts). Services check the rules first to answer in
   * their own words; this is the last guard.
   */
  addFederatedCredential(
    clientId: string,
    credential: FederatedCredential,
    options: { readonly propagate?: boolean } = {}
  ): StoredFederatedCredential {
    const application = this.applicationByClientId(clientId)
    if (!application) throw new Error(`unknown application ${clientId}`)
    const problem = credentialProblem(application.federatedCredentials, credential, {
      flexibleIssuers: this.flexibleIssuers
    })
    if (problem) throw new Error(describeCredentialProblem(problem, credential.name))
    const stored = storedCopy(credential, randomUUID(), this.visibleFrom(options))
    application.federatedCredentials.push(stored)
    return stored
  }

  /** Makes every credential visible to the token service now (propagation is over). */
  propagateCredentialsNow(): void {
    for (const application of this.applications)
      for (const credential of application.federatedCredentials) delete credential.visibleFrom
  }

  private visibleFrom(options: { readonly propagate?: boolean }): number | undefined {
    return options.propagate && this.credentialPropagationMs > 0
      ? Date.now() + this.credentialPropagationMs
      : undefined
  }

  /** Replaces the credential of the same name (keeping its id), or adds it; throws like add. */
  putFederatedCredential(
    clientId: string,
    credential: FederatedCredential,
    options: { readonly propagate?: boolean } = {}
  ): StoredFederatedCredential {
    const application = this.applicationByClientId(clientId)
    if (!application) throw new Error(`unknown application ${clientId}`)
    const credentials = application.federatedCredentials
    const index = credentials.findIndex((fic) => fic.name === credential.name)
    const current = credentials[index]
    if (!current) return this.addFederatedCredential(clientId, credential, options)
    const problem = credentialProblem(credentials, credential, {
      replacing: credential.name,
      flexibleIssuers: this.flexibleIssuers
    })
    if (problem) throw new Error(describeCredentialProblem(problem, credential.name))
    const stored = storedCopy(credential, current.id, this.visibleFrom(options))
    credentials[index] = stored
    return stored
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

/** A deep copy, so callers cannot change what is stored. */
function storedCopy(
  credential: FederatedCredential,
  id: string,
  visibleFrom: number | undefined
): StoredFederatedCredential {
  const { claimsMatchingExpression } = credential
  return {
    ...credential,
    id,
    ...(visibleFrom === undefined ? {} : { visibleFrom }),
    audiences: [...credential.audiences],
    ...(claimsMatchingExpression
      ? { claimsMatchingExpression: { ...claimsMatchingExpression } }
      : {})
  }
}

/** Resource ids compare without a trailing slash and with a lower-case scheme and host. */
function normalizeResource(uri: string): string {
  const trimmed = uri.replace(/\/+$/, '')
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]+)(.*)$/i.exec(trimmed)
  return match ? `${match[1]?.toLowerCase()}${match[2]}` : trimmed
}
