import { csv } from './csv.js'
import type { SeedFormat } from './format.js'
import { json } from './json.js'
import { ndjson } from './ndjson.js'

export type { SeedFormat } from './format.js'

/**
 * The seed file formats, in the order messages list them. Discovery, manifests and their
 * messages all derive from this list: a new format is a file in this folder, added here.
 */
export const SEED_FORMATS = [json, ndjson, csv] as const satisfies readonly SeedFormat[]

/** The `format` of a seed file: one of the names above. */
export type SeedFormatName = RegisteredFormat['name']

/** One of the formats above. */
export type RegisteredFormat = (typeof SEED_FORMATS)[number]

/** The format a file name ending names (without the dot, any case), if any. */
export function formatOfExtension(extension: string): RegisteredFormat | undefined {
  const wanted = extension.toLowerCase()
  return SEED_FORMATS.find((format) => (format.extensions as readonly string[]).includes(wanted))
}

/** The format of a seed file's `format` name. */
export function formatNamed(name: SeedFormatName): SeedFormat {
  return SEED_FORMATS.find((format) => format.name === name) as SeedFormat
}

/** Every file name ending a seed file may have, in the registry's order. */
export function seedExtensions(formats: readonly SeedFormat[] = SEED_FORMATS): string[] {
  return formats.flatMap((format) => format.extensions)
}

/**
 * The endings in words, as messages give them: `.json, .ndjson, .jsonl or .csv`, or with
 * `eachFormatOnce` only each format's own (`.json, .ndjson or .csv`).
 */
export function extensionsInWords(
  options: { readonly eachFormatOnce?: boolean } = {},
  formats: readonly SeedFormat[] = SEED_FORMATS
): string {
  const extensions = options.eachFormatOnce
    ? formats.flatMap((format) => format.extensions.slice(0, 1))
    : seedExtensions(formats)
  return inWords(extensions.map((extension) => `.${extension}`))
}

/** The formats a manifest may declare columns for, as messages name them (`CSV`). */
export function formatsWithColumnsInWords(formats: readonly SeedFormat[] = SEED_FORMATS): string {
  return inWords(formats.filter((format) => format.hasColumns).map((format) => format.label))
}

/** `a`, `a or b`, `a, b or c`. */
function inWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] as string}`
}
