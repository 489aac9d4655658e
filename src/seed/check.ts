import { createHash } from 'node:crypto'
import { explainCosmosError } from '../cosmos/index.js'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { ActionError } from '../errors.js'
import { Problems } from '../problems.js'
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
 * size, no id and partition key twice) before anything is written. A file's first problem ends
 * its check, and the other files are checked still, so that the failure names a problem in each
 * bad file. Returns each container's partition key paths.
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
  const problems = new Problems()
  for (const [index, file] of parameters.files.entries()) {
    await problems.check(async () => {
      const paths = await containerKeyPaths(parameters, file)
      keyPaths.set(file.container, paths)
      const seen = firstLines.get(file.container) ?? new KeyedLines()
      firstLines.set(file.container, seen)
      const count = await checkFile(parameters, index, file, paths, seen)
      parameters.log.info(`Checked ${file.path}: ${count} document(s) for '${file.container}'.`)
    })
  }
  problems.throwIfAny()
  return keyPaths
}

/** One file's documents, checked; returns how many it holds. */
async function checkFile(
  parameters: SeedParameters,
  index: number,
  file: SeedFile,
  paths: readonly string[],
  seen: KeyedLines
): Promise<number> {
  let count = 0
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
  return count
}

/**
 * What can be checked of seed files without the account (encoding, syntax, ids, sizes): when
 * the plan already fails, their problems are reported with the others, not in a later run.
 */
export async function checkSeedFilesOffline(files: readonly SeedFile[]): Promise<void> {
  const problems = new Problems()
  for (const file of files) {
    await problems.check(async () => {
      for await (const document of readDocuments(file)) checkId(file, document)
    })
  }
  problems.throwIfAny()
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
