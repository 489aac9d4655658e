/** Seeding: files of documents streamed into containers, checked in full before any write. */
export { checkId, discoverSeedFiles, type SeedDocument, type SeedFile } from './files.js'
export { readDocuments, MAX_DOCUMENT_BYTES } from './read.js'
export { seedContainers, type SeedCounts, type SeedMode, type SeedResult } from './seed.js'
