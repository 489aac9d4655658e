import type { Container, CosmosClient } from '@azure/cosmos'
import type { Logger } from '../runtime.js'
import type { SeedCounts } from './counts.js'
import type { SeedDocument } from './document.js'
import { bytesHash, changedChunks, fingerprintFile, type FileFingerprint } from './fingerprint.js'
import { keyOf } from './keys.js'
import type { Charge } from './lookups.js'
import { changesSince, documentCount, positionNow } from './proof.js'
import { SeedRecords, type SeedRecord } from './record.js'
import { ContainerProgress } from './resume.js'
import type { RequestContext } from './requests.js'
import type { SeedFile } from './seed-file.js'

export interface SeedMemoryParameters extends RequestContext {
  readonly client: CosmosClient
  readonly database: string
  /** The ledger container the records are kept in; undefined: none are kept or read. */
  readonly ledgerContainer?: string | undefined
  readonly dryRun: boolean
  readonly log: Logger
  /** Who runs the seed (a workflow run's address), recorded with it. */
  readonly runBy?: string | undefined
  readonly now: () => number
}

/** How to seed one container, decided once before its first file. */
export interface ContainerPlan {
  /** Why, for the log. */
  readonly reason: string
  /** Nothing to read or write: every document of the files is counted unchanged. */
  readonly skip: boolean
  /** Which documents to compare (by file, position, key); undefined: every one. */
  readonly include: ((file: string, position: number, key: string) => boolean) | undefined
  readonly fingerprints: ReadonlyMap<string, FileFingerprint>
  /** Before the first write: where the change feed was, and the document count. */
  readonly start: { readonly position: string; readonly count: number } | undefined
  /**
   * A skipped container's record, to write again with the files' new bytes when they differ
   * from the record's but hold the same documents (a reformatted file): the next seed then
   * skips it before any check.
   */
  readonly refresh?: SeedRecord | undefined
}

/**
 * What re-seeding remembers: per container, what the files held and a proof that the container
 * has not changed since (memory: the records; proof.ts: the change feed and the count). Unchanged
 * files over an unchanged container are skipped; otherwise only what changed is compared.
 */
export class SeedMemory {
  /** Every write of the seed, by the etag its answer carried: its own changes in the feed. */
  readonly ownEtags = new Set<string>()

  private constructor(
    private readonly parameters: SeedMemoryParameters,
    private readonly records: SeedRecords
  ) {}

  /** The memory, or undefined (said once in the log) when there is no ledger container. */
  static async open(parameters: SeedMemoryParameters): Promise<SeedMemory | undefined> {
    const { ledgerContainer, client, database, log } = parameters
    const records =
      ledgerContainer === undefined
        ? undefined
        : await SeedRecords.open(parameters, client, database, ledgerContainer)
    if (records !== undefined) return new SeedMemory(parameters, records)
    log.info(
      `Re-seeding reads and compares every document: to skip unchanged containers, create the ledger container '${ledgerContainer ?? 'migrations'}' (partition key /id) and set 'seed-record: true'; seeding then records what it wrote there (see docs/seeding.md).`
    )
    return undefined
  }

  /** A container's progress through its files, as a seed that stopped left it (resume.ts). */
  progressOf(container: string): Promise<ContainerProgress> {
    return ContainerProgress.open(this.records.progress(), container, this.parameters.now)
  }

  /**
   * The plan of a container to skip before any file is checked or parsed: when each of its files
   * is byte for byte what the last seed recorded, and the proof (change feed, count) holds.
   * Undefined when anything differs: the container then goes through check and plan.
   */
  async unchanged(
    container: Container,
    files: readonly SeedFile[],
    modeOf: (file: SeedFile) => string,
    charge: Charge
  ): Promise<ContainerPlan | undefined> {
    const record = await this.records.read(container.id)
    if (record === undefined || record.files.length !== files.length) return undefined
    const recorded = new Map(record.files.map((file) => [file.path, file]))
    for (const file of files) {
      const before = recorded.get(file.path)
      if (before?.bytes !== (await bytesHash(file, modeOf(file), record.paths))) return undefined
    }
    const proof = await this.prove(container, record, record.paths, charge)
    if (typeof proof === 'string' || proof.size > 0) return undefined
    return {
      reason: `unchanged since the last seed at ${record.seededAt}${record.runBy ? ` by ${record.runBy}` : ''}`,
      skip: true,
      include: undefined,
      fingerprints: recorded,
      start: undefined
    }
  }

  /** Decides how to seed a container from its files (mode: each file's seed mode). */
  async plan(
    container: Container,
    files: readonly SeedFile[],
    modeOf: (file: SeedFile) => string,
    paths: readonly string[],
    charge: Charge
  ): Promise<ContainerPlan> {
    const fingerprints = new Map<string, FileFingerprint>()
    for (const file of files)
      fingerprints.set(file.path, await fingerprintFile(file, modeOf(file), paths))
    const record = await this.records.read(container.id)
    const proof = await this.prove(container, record, paths, charge)
    if (typeof proof === 'string' || record === undefined)
      return this.comparing(container, fingerprints, charge, proof as string, undefined)
    const recorded = new Map(record.files.map((file) => [file.path, file]))
    const tests = new Map(
      [...fingerprints.values()].map((now) => [
        now.path,
        changedChunks(now, recorded.get(now.path))
      ])
    )
    const filesChanged = [...tests.values()].some((chunks) => chunks.any)
    if (!filesChanged && proof.size === 0) {
      const reason = `unchanged since the last seed at ${record.seededAt}${record.runBy ? ` by ${record.runBy}` : ''}`
      const refresh = [...fingerprints.values()].some(
        (file) => file.bytes !== recorded.get(file.path)?.bytes
      )
      return {
        reason,
        skip: true,
        include: undefined,
        fingerprints,
        start: undefined,
        refresh: refresh ? record : undefined
      }
    }
    const include = (file: string, position: number, key: string): boolean =>
      proof.has(key) || tests.get(file)?.at(position) === true
    const reason = `${proof.size} document(s) changed in the container and ${filesChanged ? 'some' : 'no'} file chunk(s) changed since the last seed: comparing only those`
    return this.comparing(container, fingerprints, charge, reason, include)
  }

  /** The keys changed since the record, or why the container must be compared in full. */
  /** Each container's proof, made once (the shortcut before the check, then the plan). */
  private readonly proofs = new Map<string, Promise<Set<string> | string>>()

  private prove(
    container: Container,
    record: SeedRecord | undefined,
    paths: readonly string[],
    charge: Charge
  ): Promise<Set<string> | string> {
    const key = `${container.id}\n${JSON.stringify(paths)}`
    let proof = this.proofs.get(key)
    if (proof === undefined) {
      proof = this.proveNow(container, record, paths, charge)
      this.proofs.set(key, proof)
    }
    return proof
  }

  private async proveNow(
    container: Container,
    record: SeedRecord | undefined,
    paths: readonly string[],
    charge: Charge
  ): Promise<Set<string> | string> {
    if (record === undefined) return 'no record of an earlier seed: comparing every document'
    if (record.position === null)
      return 'the last seed could not prove it saw every change: comparing every document'
    if (JSON.stringify(record.paths) !== JSON.stringify(paths))
      return 'the partition key changed: comparing every document'
    const changes = await changesSince(this.parameters, container, record.position, paths, charge)
    if (changes === undefined) return 'many documents changed: comparing every document'
    const count = await documentCount(this.parameters, container, charge)
    if (count !== record.count)
      return `the container holds ${count} document(s), ${record.count} when last seeded (a delete, or an add): comparing every document`
    return changes.keys
  }

  private async comparing(
    container: Container,
    fingerprints: Map<string, FileFingerprint>,
    charge: Charge,
    reason: string,
    include: ContainerPlan['include']
  ): Promise<ContainerPlan> {
    const start = this.parameters.dryRun
      ? undefined
      : {
          position: await positionNow(this.parameters, container, charge),
          count: await documentCount(this.parameters, container, charge)
        }
    return { reason, skip: false, include, fingerprints, start }
  }

  /**
   * Records a seeded container. The position is the one after the seed's writes only when every
   * change since its start was its own (by etag) and the count adds up: a write by someone else
   * during the seed is then not hidden; otherwise the next seed compares in full.
   */
  async remember(
    container: Container,
    plan: ContainerPlan,
    paths: readonly string[],
    count: SeedCounts,
    charge: Charge
  ): Promise<void> {
    if (this.parameters.dryRun) return
    if (plan.skip && plan.refresh !== undefined) {
      const {
        container,
        seededAt,
        runBy,
        paths: recorded,
        position,
        count: documents
      } = plan.refresh
      await this.records.write({
        container,
        seededAt,
        runBy,
        paths: recorded,
        position,
        count: documents,
        files: [...plan.fingerprints.values()]
      })
    }
    if (plan.skip || plan.start === undefined) return
    const endCount = await documentCount(this.parameters, container, charge)
    const changes = await changesSince(
      this.parameters,
      container,
      plan.start.position,
      paths,
      charge,
      Number.POSITIVE_INFINITY
    )
    const proven =
      changes !== undefined &&
      [...changes.etags.values()].every((etag) => this.ownEtags.has(etag)) &&
      endCount === plan.start.count + count.created
    await this.records.write({
      container: container.id,
      seededAt: new Date(this.parameters.now()).toISOString(),
      runBy: this.parameters.runBy ?? null,
      paths,
      position: proven ? (changes?.position ?? null) : null,
      count: endCount,
      files: [...plan.fingerprints.values()]
    })
    if (!proven)
      this.parameters.log.info(
        `  '${container.id}' changed during the seed by another writer: the next seed compares it in full.`
      )
  }
}

/** The documents a plan compares; the others are counted unchanged as they go by. */
export async function* planned(
  plan: ContainerPlan,
  file: SeedFile,
  documents: AsyncIterable<SeedDocument>,
  paths: readonly string[],
  count: SeedCounts
): AsyncGenerator<SeedDocument> {
  let position = 0
  for await (const document of documents) {
    if (
      plan.include === undefined ||
      plan.include(file.path, position, keyOf(document.body, paths))
    )
      yield document
    else count.unchanged++
    position++
  }
}
