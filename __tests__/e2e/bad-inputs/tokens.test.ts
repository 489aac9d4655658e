/** End to end: bad claims and tokens, each refused before any write (see harness.ts). */
import { describeCorpus } from './harness.js'
import { TOKENS } from './cases/tokens.js'

describeCorpus('claims and tokens', TOKENS)
