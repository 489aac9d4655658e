/** Pacing the job's bulk work to the throughput the container serves, and running it. */
export { ThroughputGovernor, type GovernorOptions } from './governor.js'
export { runBulk, type BulkWork, type Settle } from './bulk.js'
export { provisionedThroughput, provisionedThroughputOf } from './provisioned.js'
