import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readDocuments } from './read.js'
import type { SeedFile } from './seed-file.js'

/** Documents per chunk: a changed file is compared and written one changed chunk at a time. */
export const CHUNK_DOCUMENTS = 1000

/** What a file held when it was seeded: enough to tell which of its chunks changed since. */
export interface FileFingerprint {
  readonly path: string
  readonly documents: number
  /**
   * sha256 of the file's bytes with all that decides what is written (bytesHash): equal, the
   * file needs neither checking nor parsing again. Absent in records of earlier versions.
   */
  readonly bytes?: string
  /** sha256 of each run of CHUNK_DOCUMENTS documents, with all that decides what is written. */
  readonly chunks: readonly string[]
}

/**
 * A file's fingerprint. Its documents are hashed as parsed (compact JSON), not its bytes: the
 * parsed document is what is written, so reformatting a file changes nothing, while a changed
 * value, format, mode, column type or partition key path changes the chunk it is in. Chunks are
 * runs of documents by position, which keeps the record small (a hash per 1,000 documents); a
 * document inserted mid-file shifts those after it, and they are compared (not rewritten: the
 * comparison finds them equal).
 */
export async function fingerprintFile(
  file: SeedFile,
  mode: string,
  paths: readonly string[]
): Promise<FileFingerprint> {
  const context = contextOf(file, mode, paths)
  const chunks: string[] = []
  let hash = createHash('sha256').update(context)
  let documents = 0
  for await (const document of readDocuments(file)) {
    hash.update(JSON.stringify(document.body)).update('\n')
    documents++
    if (documents % CHUNK_DOCUMENTS === 0) {
      chunks.push(hash.digest('base64'))
      hash = createHash('sha256').update(context)
    }
  }
  if (documents % CHUNK_DOCUMENTS !== 0) chunks.push(hash.digest('base64'))
  return { path: file.path, documents, bytes: await bytesHash(file, mode, paths), chunks }
}

/**
 * sha256 of a file's bytes and what decides what is written from them: hashing streams the
 * bytes without parsing them, some ten times quicker than reading the documents.
 */
export async function bytesHash(
  file: SeedFile,
  mode: string,
  paths: readonly string[]
): Promise<string> {
  const hash = createHash('sha256').update(contextOf(file, mode, paths))
  for await (const chunk of createReadStream(file.path)) hash.update(chunk as Buffer)
  return hash.digest('base64')
}

function contextOf(file: SeedFile, mode: string, paths: readonly string[]): string {
  return JSON.stringify([file.format, mode, file.columns ?? null, paths])
}

/** The chunks of a file that differ from what was recorded (all of them when nothing was). */
export interface ChangedChunks {
  readonly any: boolean
  /** Whether the document at a position in the file is in a changed chunk. */
  at(position: number): boolean
}

export function changedChunks(
  now: FileFingerprint,
  recorded: FileFingerprint | undefined
): ChangedChunks {
  const changed = new Set<number>()
  now.chunks.forEach((chunk, index) => {
    if (recorded?.chunks[index] !== chunk) changed.add(index)
  })
  return {
    any: changed.size > 0,
    at: (position) => changed.has(Math.floor(position / CHUNK_DOCUMENTS))
  }
}
