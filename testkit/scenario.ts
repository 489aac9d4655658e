import type { ContainerDefinition } from './cosmos/backend.js'
import { builtInRoles } from './cosmos/rbac.js'
import type { IdentityKind } from './entra/directory.js'
import type { JobOptions } from './github/claims.js'
import type { SimulatedJob } from './github/issuer.js'
import type { EntraStandIn } from './entra/server.js'
import type { LocalCloud } from './index.js'

/** Entra's audience for GitHub tokens in the public cloud. */
export const entraTokenExchangeAudience = 'api://AzureADTokenExchange'

/** A repository wired to Azure as an operator would do it, described by its differences. */
export interface RepositorySetupOptions extends JobOptions {
  /** Tenant of the identity (created when unknown); default: the account's tenant. */
  tenantId?: string
  /** App registration (default) or user-assigned managed identity. */
  identityKind?: IdentityKind
  displayName?: string
  /** false: register the identity without any federated credential. */
  federatedCredential?: boolean
  /** Default: the subject this repository's job presents. */
  credentialSubject?: string
  /** Default: api://AzureADTokenExchange. */
  credentialAudience?: string
  /** Default: the local GitHub issuer. */
  credentialIssuer?: string
  /** Default 'appdb'. */
  database?: string
  /** Default: one container 'items' partitioned on /pk. */
  containers?: ContainerDefinition[]
  /** Data-plane role to assign (default 'contributor'), or any role definition id. */
  role?: 'reader' | 'contributor' | 'none' | { roleDefinitionId: string }
  /** Scope of the role assignment: `/`, `/dbs/<db>`, `/dbs/<db>/colls/<c>` (default `/`). */
  roleScope?: string
  /** Also let the identity list role assignments through ARM (default false). */
  controlPlaneRead?: boolean
  /** Also let the identity create and delete containers through ARM; implies read (default false). */
  controlPlaneWrite?: boolean
}

/** What a test needs to run the action for the repository. */
export interface RepositorySetup {
  clientId: string
  /** Object id of the service principal: the `oid` Cosmos DB and ARM see. */
  principalId: string
  tenantId: string
  /** The subject of the federated credential ('' when none was added). */
  credentialSubject: string
  job: SimulatedJob
  /** The action's inputs, keyed by input name. */
  inputs: Record<string, string>
}

/**
 * Registers an identity with a federated credential for the repository, creates the database and
 * containers, assigns a data-plane role and starts a job: every step overridable, so a test
 * states only how its scenario differs from a working setup.
 */
export async function setUpRepository(
  cloud: LocalCloud,
  options: RepositorySetupOptions
): Promise<RepositorySetup> {
  const { entra, cosmos, github, arm } = cloud
  const tenantId = ensureTenant(entra, options.tenantId ?? entra.defaultTenantId)
  const { clientId, objectId } = entra.registerApplication({
    tenantId,
    displayName: options.displayName ?? `github-${options.repository.replace('/', '-')}`,
    kind: options.identityKind ?? 'application'
  })

  let credentialSubject = ''
  if (options.federatedCredential !== false) {
    credentialSubject = options.credentialSubject ?? github.subjectFor(options)
    entra.addFederatedCredential(clientId, {
      name: 'github-actions',
      issuer: options.credentialIssuer ?? github.issuer,
      subject: credentialSubject,
      audiences: [options.credentialAudience ?? entraTokenExchangeAudience]
    })
  }

  const database = options.database ?? 'appdb'
  await cosmos.createDatabase(database)
  for (const container of options.containers ?? [
    { id: 'items', partitionKey: { paths: ['/pk'] } }
  ]) {
    await cosmos.createContainer(database, container)
  }

  const role = options.role ?? 'contributor'
  if (role !== 'none') {
    const roleDefinitionId =
      role === 'reader'
        ? builtInRoles.dataReader
        : role === 'contributor'
          ? builtInRoles.dataContributor
          : role.roleDefinitionId
    cosmos.assignRole({ principalId: objectId, roleDefinitionId, scope: options.roleScope ?? '/' })
  }
  if (options.controlPlaneRead) arm.grantControlPlaneRead(objectId)
  if (options.controlPlaneWrite) arm.grantControlPlaneWrite(objectId)

  return {
    clientId,
    principalId: objectId,
    tenantId,
    credentialSubject,
    job: github.startJob(options),
    inputs: {
      'client-id': clientId,
      'tenant-id': tenantId,
      endpoint: cosmos.endpoint,
      database,
      'authority-host': entra.authorityHost,
      'arm-endpoint': arm.endpoint,
      'subscription-id': cosmos.subscriptionId,
      'resource-group': cosmos.resourceGroup,
      'account-name': cosmos.accountName
    }
  }
}

/** Adds the tenant when it does not exist yet; returns its canonical id. */
function ensureTenant(entra: EntraStandIn, tenantId: string): string {
  return entra.tenantIdOf(tenantId) ?? entra.addTenant({ tenantId })
}

/** The environment a child process running the action needs: OIDC variables, CA and INPUT_*. */
export function actionEnvironment(
  cloud: LocalCloud,
  setup: RepositorySetup
): Record<string, string> {
  const env: Record<string, string> = { ...setup.job.env, NODE_EXTRA_CA_CERTS: cloud.caFile }
  for (const [name, value] of Object.entries(setup.inputs)) {
    // @actions/core reads input "client-id" from INPUT_CLIENT-ID (spaces become _, hyphens stay).
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}
