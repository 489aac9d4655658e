import { startArm, type ArmStandIn } from './arm/server.js'
import { startCosmosGateway, type CosmosGateway } from './cosmos/gateway.js'
import { startEntra, type EntraStandIn } from './entra/server.js'
import { startGitHubIssuer, type GitHubIssuer } from './github/issuer.js'
import { startGraph, type GraphStandIn } from './graph/server.js'
import { capturedPlaces, findSecrets } from './hygiene.js'
import { caFile } from './tls.js'

export type {
  ArmOperationRecord,
  ArmOperationStatus,
  ArmRequestRecord,
  ArmStandIn,
  OperationLatency,
  UserAssignedIdentityInfo
} from './arm/server.js'
export type { ContainerDefinition, StoredContainer } from './cosmos/backend.js'
export type { CosmosRequestInfo, FaultKind, FaultOptions } from './cosmos/faults.js'
export type { CosmosGateway, CosmosRequestRecord } from './cosmos/gateway.js'
export type { RbacMessageShape } from './cosmos/errors.js'
export type {
  PriorityLevel,
  ProvisionedThroughput,
  ThroughputBuckets,
  ThroughputControls
} from './cosmos/throughput.js'
export {
  maxRuOverWindow,
  throttledOperations,
  throttledShare,
  type MeteredRecord
} from './cosmos/throughput-records.js'
export {
  builtInRoles,
  dataActions,
  type AssignRoleOptions,
  type DefineRoleOptions,
  type RoleAssignment,
  type RoleDefinition
} from './cosmos/rbac.js'
export type { AccessTokenClaims } from './entra/access-token.js'
export type {
  ApplicationOptions,
  ClaimsMatchingExpression,
  FederatedCredential,
  IdentityKind,
  StoredFederatedCredential
} from './entra/directory.js'
export type { EntraRequestRecord, EntraStandIn, RegisteredApplication } from './entra/server.js'
export { subjectFor, type JobOptions } from './github/claims.js'
export type { GitHubIssuer, SimulatedJob } from './github/issuer.js'
export type { RepositoryOptions, RepositoryRecord } from './github/api.js'
export type { GraphRequestRecord, GraphStandIn } from './graph/server.js'
export { caFile, trustTestCaInProcess } from './tls.js'

interface Closable {
  close(): Promise<void>
}

/** Every service of the local cloud, on loopback HTTPS with the test CA. */
export interface LocalCloud {
  github: GitHubIssuer
  entra: EntraStandIn
  cosmos: CosmosGateway
  arm: ArmStandIn
  graph: GraphStandIn
  /** Absolute path of the test CA: NODE_EXTRA_CA_CERTS for child processes. */
  caFile: string
  /** Every JWT, request token and access token issued so far (for leak scans). */
  secrets(): string[]
  /** Closes every server and connection, so the process (or jest) can exit. */
  close(): Promise<void>
}

export interface LocalCloudOptions {
  /** Receives one line per notable event (issued tokens, AADSTS failures, injected faults). */
  log?: (line: string) => void
}

/** Starts the GitHub OIDC issuer, Entra ID, the Cosmos DB gateway, ARM and Microsoft Graph. */
export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const log = options.log ?? (() => {})
  const started: Closable[] = []
  const track = <T extends Closable>(starting: Promise<T>): Promise<T> =>
    starting.then((service) => {
      started.push(service)
      return service
    })
  const first = [track(startGitHubIssuer(log)), track(startEntra(log))] as const
  try {
    const [github, entra] = await Promise.all(first)
    // The local issuer plays github.com's part, the one flexible credentials are documented for.
    entra.directory.flexibleIssuers.add(github.issuer)
    const cosmos = await track(startCosmosGateway({ entra, log }))
    // Databases exist only through this API (Cosmos DB refuses them on the data plane with
    // Entra tokens): the hygiene scan at close reads every one of them.
    const databases = new Set<string>()
    const createDatabase = cosmos.createDatabase.bind(cosmos)
    cosmos.createDatabase = async (id) => {
      databases.add(id)
      await createDatabase(id)
    }
    const arm = await track(startArm(entra, cosmos, log))
    const graph = await track(startGraph(entra, log))
    log(
      `[cloud] github ${github.issuer}, entra ${entra.authorityHost}, ` +
        `cosmos ${cosmos.endpoint}, arm ${arm.endpoint}, graph ${graph.endpoint}`
    )
    return {
      github,
      entra,
      cosmos,
      arm,
      graph,
      caFile,
      secrets: () => [
        ...github.requestTokens(),
        ...github.apiTokens(),
        ...github.issuedTokens(),
        ...entra.issuedTokens()
      ],
      close: async () => {
        // Every token the cloud issued, searched for in every captured run and stored document.
        const secrets = [
          ...github.requestTokens(),
          ...github.apiTokens(),
          ...github.issuedTokens(),
          ...entra.issuedTokens()
        ]
        const places = [...capturedPlaces()]
        for (const database of databases) {
          for (const container of await cosmos.listContainers(database).catch(() => [])) {
            const documents = await cosmos.readItems(database, container.id).catch(() => [])
            places.push({
              source: `documents of ${database}/${container.id}`,
              text: JSON.stringify(documents)
            })
          }
        }
        await Promise.all(started.map((service) => service.close()))
        const leaks = findSecrets(secrets, places)
        if (leaks.length > 0) throw new Error(`Token hygiene: ${[...new Set(leaks)].join('; ')}`)
      }
    }
  } catch (error) {
    // Promise.all rejects early: let every start settle, then close whatever did start.
    await Promise.allSettled(first)
    await Promise.allSettled(started.map((service) => service.close()))
    throw error
  }
}
