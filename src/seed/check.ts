import { explainCosmosError } from '../cosmos/index.js'
import { partitionKeyOf } from '../cosmos/partition-key.js'
import { ActionError } from '../errors.js'
import { Problems } from '../problems.js'
import type { SeedDocument } from './document.js'
import { checkId } from './ids.js'
import { confirmRepeats, type FileCheck } from './duplicates.js'
import { withinHeapCeiling } from './heap.js'
import { FILTER_BITS, KeyFilter, keyHash } from './keys.js'
import { readDocuments } from './read.js'
import { scopeOf } from './requests.js'
import { seedError, type SeedFile } from './seed-file.js'
import type { SeedParameters } from './seed.js'

/**
 * The first pass: streams every file and checks every document (JSON, id, partition key value,
 * size, no id and partition key twice) before anything is written. A file's first problem ends
 * its check, and the other files are checked still, so that the failure names a problem in each
 * bad file. Returns each container's partition key paths.
 *
 * Repeated keys are found in fixed memory: a KeyFilter of every key, whose rare false alarms a
 * second, exact pass (confirmRepeats) sorts out, run only when the filter suspected a repeat.
 * `filterBits` sizes the filter (tests make it tiny to raise false alarms).
 */
export async function checkSeedFiles(
  parameters: SeedParameters,
  filterBits = FILTER_BITS
): Promise<Map<string, readonly string[]>> {
  const keyPaths = new Map<string, readonly string[]>()
  const filter = new KeyFilter(filterBits)
  const candidates = new Set<string>()
  const checks: FileCheck[] = []
  for (const file of parameters.files) {
    const check: FileCheck = { file, checked: 0, suspect: false }
    checks.push(check)
    try {
      check.paths = await containerKeyPaths(parameters, file)
      keyPaths.set(file.container, check.paths)
      await checkFile(file, check, check.paths, filter, candidates)
    } catch (error) {
      // Anything not explained is a fault of ours, not of the input: it stops the run as it is.
      if (!(error instanceof ActionError)) throw error
      check.problem = error
    }
  }
  if (candidates.size > 0) await confirmRepeats(checks, candidates)
  const problems = new Problems()
  for (const { file, problem, checked } of checks) {
    if (problem) problems.add(problem)
    else
      parameters.log.info(`Checked ${file.path}: ${checked} document(s) for '${file.container}'.`)
  }
  problems.throwIfAny()
  return keyPaths
}

/** One file's documents, checked and their keys added to the filter, counted in `check`. */
async function checkFile(
  file: SeedFile,
  check: FileCheck,
  paths: readonly string[],
  filter: KeyFilter,
  candidates: Set<string>
): Promise<void> {
  for await (const document of withinHeapCeiling(readDocuments(file))) {
    checkDocument(file, document, paths)
    // Two documents with one id and partition key would race each other: which wins is chance.
    const key = keyHash(file.container, document.body, paths)
    if (filter.add(key)) {
      candidates.add(key.text)
      check.suspect = true
    }
    check.checked++
  }
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
