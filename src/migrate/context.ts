import type {
  Container,
  Database,
  ItemDefinition,
  PatchOperation,
  SqlQuerySpec
} from '@azure/cosmos'
import { createContainer, dropContainer } from './containers.js'
import { deleteWhere } from './delete-where.js'
import { patchWhere } from './patch-where.js'
import { HelperScope, type MigrationContextParameters, type MigrationStats } from './scope.js'
import { updateWhere } from './update-where.js'
import { upsertMany } from './upsert-many.js'

export type { MigrationContextParameters, MigrationStats } from './scope.js'

/**
 * What a migration's `up(ctx)` gets: the database, and helpers that make idempotent bulk work
 * natural. Every helper skips documents already in the wanted state, works with If-Match so a
 * concurrent change is re-read rather than overwritten, rides out throttling, and in a dry run
 * counts what it would change without writing. Each helper lives in its own file; this class
 * is the face migration scripts see.
 */
export class MigrationContext {
  readonly stats: MigrationStats = { documentsTouched: 0, requestCharge: 0 }
  private readonly scope: HelperScope

  constructor(parameters: MigrationContextParameters) {
    this.scope = new HelperScope(parameters, this.stats)
  }

  /** The database, as the job's data work reaches it (at the `priority` input's priority). */
  get database(): Database {
    return this.scope.parameters.work?.reads ?? this.scope.parameters.database
  }

  get dryRun(): boolean {
    return this.scope.parameters.dryRun
  }

  /** Logs a line under the migration's name. */
  log(message: string): void {
    this.scope.parameters.log(message)
  }

  container(name: string): Container {
    return this.scope.container(name)
  }

  /** Every document a query returns, page by page (memory stays bounded). */
  query<T extends ItemDefinition = ItemDefinition>(
    container: string,
    query: string | SqlQuerySpec
  ): AsyncGenerator<T> {
    return this.scope.query<T>(container, query)
  }

  /** Calls `each` for every document a query returns. Returns how many there were. */
  async queryEach<T extends ItemDefinition = ItemDefinition>(
    container: string,
    query: string | SqlQuerySpec,
    each: (document: T) => Promise<void> | void
  ): Promise<number> {
    let count = 0
    for await (const document of this.query<T>(container, query)) {
      await each(document)
      count++
    }
    return count
  }

  /**
   * Rewrites every document matching `where` (a SQL condition on `c`, or all documents) with
   * `change`, which returns the new document or undefined to leave it. Unchanged documents are
   * not written. Returns how many were (or, in a dry run, would be) written.
   */
  updateWhere(
    container: string,
    where: string | undefined,
    change: (document: Record<string, unknown>) => Record<string, unknown> | undefined
  ): Promise<number> {
    return updateWhere(this.scope, container, where, change)
  }

  /**
   * Applies patch operations (set, add, remove, incr...) to every matching document, with
   * If-Match: a document changed meanwhile is read again and patched again; one deleted meanwhile
   * is skipped. More than ten operations go in several requests (the service takes ten at most).
   * `condition` (`FROM c WHERE ...`) is checked by the service on each document, with its first
   * request: a document that does not meet it is left alone (and not counted); one that does gets
   * every operation, the later requests held to the version the previous one wrote. A dry run
   * counts every matching document: the condition is the service's to check.
   */
  patchWhere(
    container: string,
    where: string | undefined,
    operations: PatchOperation[],
    options: { readonly condition?: string } = {}
  ): Promise<number> {
    return patchWhere(this.scope, container, where, operations, options.condition)
  }

  /** Upserts documents through the SDK's bulk path. Returns how many were written. */
  upsertMany(
    container: string,
    documents: ReadonlyArray<Record<string, unknown>>
  ): Promise<number> {
    return upsertMany(this.scope, container, documents)
  }

  /**
   * Deletes every document matching `where`. Without a condition, or past `maxDeletes`
   * documents in the migration, it is refused unless the migration is declared destructive and
   * the run allows it. Under the limit, the documents are listed first and exactly those are
   * deleted: documents written meanwhile cannot take a migration past it.
   */
  deleteWhere(container: string, where: string | undefined): Promise<number> {
    return deleteWhere(this.scope, container, where)
  }

  /**
   * Creates a container through Azure Resource Manager when it does not exist yet; an existing
   * one is left exactly as it is (its indexing policy and TTL included).
   */
  createContainer(id: string, partitionKeyPaths: readonly string[]): Promise<void> {
    return createContainer(this.scope, id, partitionKeyPaths)
  }

  /** Drops a container through ARM: destructive, so only in a migration declared so and allowed. */
  dropContainer(id: string): Promise<void> {
    return dropContainer(this.scope, id)
  }
}
