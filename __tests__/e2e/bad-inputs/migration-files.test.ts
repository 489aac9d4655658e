/** End to end: bad migration files, each refused before any write (see harness.ts). */
import { describeCorpus } from './harness.js'
import { MIGRATIONS } from './cases/migration-files.js'

describeCorpus('migration files', MIGRATIONS)
