import type {
  CosmosClient,
  OperationInput,
  PartitionKey,
  UpsertOperationInput
} from '@azure/cosmos'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { explainCosmosError, type CosmosErrorContext } from '../cosmos/index.js'
import { ActionError } from '../errors.js'
import type { Logger } from '../runtime.js'
import { readSeedFile, seedError, type SeedDocument, type SeedFile } from './files.js'

/** Per container: documents created, replaced, and left as they were. */
export interface SeedCounts {
  created: number
  updated: number
  unchanged: number
}

export interface SeedResult {
  readonly counts: Readonly<Record<string, SeedCounts>>
  readonly requestCharge: number
}

/** A file's documents, checked, with the partition key each will be written under. */
interface PreparedFile {
  readonly file: SeedFile
  readonly operations: OperationInput[]
  readonly documents: SeedDocument[]
}

/**
 * Seeds containers from files by upsert, through the SDK's bulk path. Every file is read and
 * every document checked (JSON, id, partition key value) before the first write, so bad input
 * anywhere writes nothing.
 */
export async function seedContainers(parameters: {
  readonly client: CosmosClient
  readonly database: string
  readonly files: readonly SeedFile[]
  readonly dryRun: boolean
  readonly log: Logger
  readonly errorContext: CosmosErrorContext
}): Promise<SeedResult> {
  const { client, database, log } = parameters
  const prepared: PreparedFile[] = []
  for (const file of parameters.files) {
    const container = client.database(database).container(file.container)
    const definition = await container.read().catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 404) {
        throw new ActionError(
          `${file.path}: container '${file.container}' does not exist in database '${database}'. Create it through Azure Resource Manager (Bicep, Terraform, az cosmosdb sql container create) or in a migration (ctx.createContainer): Cosmos DB refuses container creation with Entra tokens. Nothing was written.`
        )
      }
      throw explainCosmosError(error, parameters.errorContext)
    })
    const paths = definition.resource?.partitionKey?.paths ?? []
    const documents = await readSeedFile(file)
    const operations = documents.map((document): OperationInput => {
      const partitionKey = partitionKeyOf(document.body, paths)
      if (partitionKey === undefined) {
        throw seedError(
          file,
          document.line,
          `has no value for the partition key ${paths.join(', ')}`
        )
      }
      return {
        operationType: 'Upsert',
        resourceBody: document.body as UpsertOperationInput['resourceBody'],
        partitionKey: partitionKey as PartitionKey
      }
    })
    prepared.push({ file, operations, documents })
  }

  const counts: Record<string, SeedCounts> = {}
  let requestCharge = 0
  for (const { file, operations } of prepared) {
    const count = (counts[file.container] ??= { created: 0, updated: 0, unchanged: 0 })
    if (parameters.dryRun) {
      log.info(
        `Dry run: would upsert ${operations.length} document(s) from ${file.path} into '${file.container}'.`
      )
      continue
    }
    const container = client.database(database).container(file.container)
    const results = await container.items.executeBulkOperations(operations)
    for (const result of results) {
      if (result.error) throw explainCosmosError(result.error, parameters.errorContext)
      const status = result.response?.statusCode
      requestCharge += result.response?.requestCharge ?? 0
      if (status === 201) count.created++
      else if (status === 200) count.updated++
      else
        throw explainCosmosError(
          Object.assign(new Error(`upsert answered ${status}`), { code: status }),
          parameters.errorContext
        )
    }
    log.info(
      `Seeded '${file.container}' from ${file.path}: ${count.created} created, ${count.updated} updated.`
    )
  }
  return { counts, requestCharge }
}
