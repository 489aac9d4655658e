/** End to end: bad seed files, each refused before any write (see harness.ts). */
import { describeCorpus } from './harness.js'
import { SEED_FILES } from './cases/seed-files.js'

describeCorpus('seed files', SEED_FILES)
