/** Pacing the job's bulk work to the throughput the container serves, and running it. */
export { ThroughputGovernor, type Admission, type GovernorOptions } from './governor.js'
export { runBulk, type BulkWork, type Settle } from './bulk.js'
export { provisionedThroughput } from './provisioned.js'
