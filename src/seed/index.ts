/** Seeding: files of documents streamed into containers, checked in full before any write. */
export { checkSeedFilesOffline } from './check.js'
export { discoverSeedFiles } from './files.js'
export { checkId } from './ids.js'
export type { SeedFile } from './seed-file.js'
export type { SeedDocument } from './document.js'
export { readDocuments, MAX_DOCUMENT_BYTES } from './read.js'
export { seedContainers, type SeedMode, type SeedResult } from './seed.js'
export type { SeedCounts } from './counts.js'
