import { createHash } from 'node:crypto'
import { explainCosmosError } from '../cosmos/index.js'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { ActionError } from '../errors.js'
import type { SeedDocument } from './document.js'
import { checkId } from './ids.js'
import { KeyedLines, keyOf } from './keys.js'
import { readDocuments } from './read.js'
import { scopeOf } from './requests.js'
import { seedError, type SeedFile } from './seed-file.js'
import type { SeedParameters } from './seed.js'

/** Lines a seed file may have, for packing a file's index and a line into one number. */
const LINES = 2 ** 32

/**
 * The first pass: streams every file and checks every document (JSON, id, partition key value,
 * size, no id and partition key twice) before anything is written. Returns each container's
 * partition key paths.
 */
export async function checkSeedFiles(
  parameters: SeedParameters
): Promise<Map<string, readonly string[]>> {
  const keyPaths = new Map<string, readonly string[]>()
  /**
   * Per container, where each id and partition key was first seen: 96 bits of its hash (a short
   * string V8 stores flat) to the file's index and the line, packed in one number. About 60
   * bytes a document.
   */
  const firstLines = new Map<string, KeyedLines>()
  for (const [index, file] of parameters.files.entries()) {
    const paths = await containerKeyPaths(parameters, file)
    keyPaths.set(file.container, paths)
    let count = 0
    const seen = firstLines.get(file.container) ?? new KeyedLines()
    firstLines.set(file.container, seen)
    for await (const document of readDocuments(file)) {
      checkDocument(file, document, paths)
      // Two documents with one id and partition key would race each other: which wins is chance.
      const key = createHash('sha1')
        .update(keyOf(document.body, paths))
        .digest()
        .toString('latin1', 0, 12)
      const first = seen.get(key)
      if (first !== undefined) {
        const firstFile = parameters.files[Math.floor(first / LINES)]?.path
        throw seedError(
          file,
          document.line,
          `repeats id '${String(document.body['id'])}' with the same partition key (first at ${firstFile}:${first % LINES})`
        )
      }
      seen.set(key, index * LINES + document.line)
      count++
    }
    parameters.log.info(`Checked ${file.path}: ${count} document(s) for '${file.container}'.`)
  }
  return keyPaths
}

async function containerKeyPaths(
  parameters: SeedParameters,
  file: SeedFile
): Promise<readonly string[]> {
  const container = parameters.client.database(parameters.database).container(file.container)
  const definition = await container.read().catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 404) {
      throw new ActionError(
        `${file.path}: container '${file.container}' does not exist in database '${parameters.database}'. Create it through Azure Resource Manager (Bicep, Terraform, az cosmosdb sql container create) or in a migration (ctx.createContainer): Cosmos DB refuses container creation with Entra tokens. Nothing was written.`
      )
    }
    throw explainCosmosError(error, parameters.errorContext, scopeOf(container))
  })
  return definition.resource?.partitionKey?.paths ?? ['/id']
}

function checkDocument(file: SeedFile, document: SeedDocument, paths: readonly string[]): void {
  checkId(file, document)
  const key = partitionKeyOf(document.body, paths)
  const values = paths.length > 1 && Array.isArray(key) ? key : [key]
  if (
    key === undefined ||
    values.some((value) => !['string', 'number', 'boolean'].includes(typeof value))
  ) {
    throw seedError(
      file,
      document.line,
      `has no string, number or boolean value for the partition key ${paths.join(', ')}`
    )
  }
}
