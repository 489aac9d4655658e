/** End to end: bad action inputs, each refused before any write (see harness.ts). */
import { describeCorpus } from './harness.js'
import { ACTION_INPUTS } from './cases/action-inputs.js'

describeCorpus('action inputs', ACTION_INPUTS)
