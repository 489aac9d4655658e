/** End to end: bad smoke files, each refused before any write (see harness.ts). */
import { describeCorpus } from './harness.js'
import { SMOKE_FILES } from './cases/smoke-files.js'

describeCorpus('smoke files', SMOKE_FILES)
