/** Seeding: files of documents upserted into containers, checked in full before any write. */
export { discoverSeedFiles, readSeedFile, type SeedFile } from './files.js'
export { seedContainers, type SeedCounts, type SeedResult } from './seed.js'
