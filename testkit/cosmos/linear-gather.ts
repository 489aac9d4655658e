/**
 * The emulator's general query path in linear time. @zeit/cosmosdb-query compiles each query to
 * JavaScript that gathers the container's documents with
 * `$c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])`, which copies the
 * array once per document: a filtered query over 20,000 documents took about 3.5 s a page, 10,000
 * documents patched through `WHERE c.half = 0` in pages of 500 over a minute. Cosmos DB answers
 * from its index, in time that grows with what a query reads (learn.microsoft.com, "Indexing in
 * Azure Cosmos DB"), so a local cloud that grows with the square of the container would make
 * every filtered scan look broken. The same gathering, as a filter and a map, gives the same
 * items in the same order.
 *
 * Only that exact shape (one FROM alias, the library's own generated text) is rewritten; any
 * other code, joins included, is left as the library wrote it. query-shortcuts.ts still answers
 * the shapes it knows without compiling anything.
 */
import queryModule from '@zeit/cosmosdb-query'

const GATHER =
  /\$c\.reduce\(\(\$, (\w+)\) => typeof \1 !== "undefined" \? \[\.\.\.\$, \{\s*(\w+): \1\s*\}\] : \$, \[\]\)/g

/** The generated code with its quadratic gathering made linear. */
export function linearGather(code: string): string {
  return code.replace(
    GATHER,
    (_, alias: string, key: string) =>
      `$c.filter((${alias}) => typeof ${alias} !== "undefined").map((${alias}) => ({ ${key}: ${alias} }))`
  )
}

let installed = false

/** Rewrites every query the emulator compiles in this process from now on (once). */
export function installLinearGather(): void {
  if (installed) return
  installed = true
  // A CommonJS module: its default export is `exports.default`, however it is imported.
  const create = (
    typeof queryModule === 'function' ? queryModule : (queryModule as { default: unknown }).default
  ) as (query: string) => object
  const prototype = Object.getPrototypeOf(create('SELECT * FROM c')) as object
  const original = Object.getOwnPropertyDescriptor(prototype, 'code')?.get
  if (original === undefined) throw new Error('@zeit/cosmosdb-query: no code getter to wrap')
  Object.defineProperty(prototype, 'code', {
    configurable: true,
    get(this: { _code: string | null }) {
      if (this._code === null) this._code = linearGather(String(original.call(this)))
      return this._code
    }
  })
}
