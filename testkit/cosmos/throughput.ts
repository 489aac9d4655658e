/**
 * Provisioned throughput of the local Cosmos DB account: per container an optional RU/s spread
 * evenly over its physical partitions, each a budget that refills continuously (token-bucket.ts).
 * An operation that does not fit is refused with the time until it would, and costs nothing.
 * Containers without provisioned throughput are unlimited.
 *
 * Facts modelled (learn.microsoft.com): "Partitioning and horizontal scaling" (provisioned RU/s
 * are divided evenly among physical partitions, each serving at most 10,000 RU/s);
 * "Troubleshoot request rate too large" (429, substatus 3200, `x-ms-retry-after-ms`);
 * "Priority-based execution" and its FAQ; "Throughput buckets (preview)" and its FAQ.
 */
import { TokenBucket } from './token-bucket.js'

/** A container's provisioned throughput. */
export interface ProvisionedThroughput {
  ruPerSecond: number
  /** How many physical partitions share it (Cosmos serves at most 10,000 RU/s from each). */
  physicalPartitions: number
}

export type PriorityLevel = 'High' | 'Low'

/** Throughput bucket id (1-5) to the largest share of the container's RU/s it may use, in %. */
export type ThroughputBuckets = Record<number, number>

/** What a request asks of the budget. */
export interface ChargeRequest {
  /** The container's scope, `/dbs/<db>/colls/<container>`. */
  scope: string
  /** The partition key as the SDK sends it (JSON); undefined: every partition pays a share. */
  partitionKey?: string | undefined
  charge: number
  priority?: PriorityLevel | undefined
  bucket?: number | undefined
}

/** 3200: the partition's RU/s are spent; 3212: the request's throughput bucket is (FAQ). */
export type ThrottleSubstatus = 3200 | 3212

export type Admission =
  | {
      admitted: true
      /** Charges what the operation really cost instead. */ settle(actual: number): void
    }
  | { admitted: false; retryAfterMs: number; substatus: ThrottleSubstatus }

/**
 * While high-priority requests are arriving at a partition, low-priority ones may not take its
 * budget below this share of a second's RU. Microsoft documents the outcome, not the algorithm:
 * over the RU/s, low priority is throttled first; no RU/s are reserved, and each level may use
 * all of them in the absence of the other (the .NET SDK's PriorityLevel remarks; the FAQ "Does
 * enabling priority based execution mean reserving a fraction of RU/s"). So the reserve applies
 * only within a second of a high-priority request to the same partition.
 */
export const LOW_PRIORITY_RESERVE = 0.5
const HIGH_PRIORITY_MEMORY_MS = 1000

interface ContainerBudget {
  partitions: TokenBucket[]
  /** Per throughput bucket id, one limiter per physical partition. */
  buckets: Map<number, TokenBucket[]>
  /** When each partition last saw a high-priority request. */
  lastHighAt: number[]
}

/** The account's throughput: budgets per container, priority-based execution, buckets. */
export class ThroughputModel {
  private readonly provisioned = new Map<string, ProvisionedThroughput>()
  private readonly bucketShares = new Map<string, ThroughputBuckets>()
  private readonly budgets = new Map<string, ContainerBudget>()
  private clock: () => number
  /** Off by default, as on an account; when off, Cosmos ignores the priority header. */
  priorityBasedExecution = false

  constructor(clock: () => number = () => performance.now()) {
    this.clock = clock
  }

  /** Uses `now` (milliseconds) from here on; budgets start full. */
  setClock(now: () => number): void {
    this.clock = now
    this.budgets.clear()
  }

  throughputOf(scope: string): ProvisionedThroughput | undefined {
    return this.provisioned.get(scope)
  }

  setThroughput(scope: string, throughput: ProvisionedThroughput | undefined): void {
    if (throughput === undefined) this.provisioned.delete(scope)
    else this.provisioned.set(scope, validated(throughput))
    this.budgets.delete(scope)
  }

  setBuckets(scope: string, buckets: ThroughputBuckets | undefined): void {
    if (buckets === undefined) this.bucketShares.delete(scope)
    else this.bucketShares.set(scope, { ...buckets })
    this.budgets.delete(scope)
  }

  /** Whether the container has provisioned throughput (otherwise nothing is ever refused). */
  isLimited(scope: string): boolean {
    return this.provisioned.has(scope)
  }

  /** The physical partition a partition key value hashes to (0 when unlimited). */
  partitionOf(scope: string, partitionKey: string): number {
    const count = this.provisioned.get(scope)?.physicalPartitions ?? 1
    return fnv1a(partitionKey) % count
  }

  /** Admits a request and takes its charge, or says how long until it would fit. */
  admit(request: ChargeRequest): Admission {
    const budget = this.budgetOf(request.scope)
    if (budget === undefined) return { admitted: true, settle: () => undefined }
    const targets =
      request.partitionKey === undefined
        ? budget.partitions.map((_, index) => index)
        : [this.partitionOf(request.scope, request.partitionKey)]
    const share = request.charge / targets.length
    const now = this.clock()
    const refusal = this.refusal(budget, targets, share, request, now)
    if (request.priority !== 'Low') targets.forEach((p) => (budget.lastHighAt[p] = now))
    if (refusal) return refusal
    const spend = (amount: number) =>
      targets.forEach((p) => {
        budget.partitions[p]!.spend(amount)
        if (request.bucket !== undefined) budget.buckets.get(request.bucket)?.[p]?.spend(amount)
      })
    spend(share)
    return { admitted: true, settle: (actual) => spend(actual / targets.length - share) }
  }

  private refusal(
    budget: ContainerBudget,
    targets: number[],
    share: number,
    request: ChargeRequest,
    now: number
  ): Admission | undefined {
    let wait = 0
    let substatus: ThrottleSubstatus = 3200
    for (const p of targets) {
      const partition = budget.partitions[p]!
      const reserved =
        this.priorityBasedExecution &&
        request.priority === 'Low' &&
        now - budget.lastHighAt[p]! < HIGH_PRIORITY_MEMORY_MS
      wait = Math.max(
        wait,
        partition.waitFor(share, reserved ? LOW_PRIORITY_RESERVE * partition.capacity : 0)
      )
      const limiter =
        request.bucket === undefined ? undefined : budget.buckets.get(request.bucket)?.[p]
      const bucketWait = limiter?.waitFor(share) ?? 0
      if (bucketWait > 0 && bucketWait >= wait) substatus = 3212
      wait = Math.max(wait, bucketWait)
    }
    return wait > 0 ? { admitted: false, retryAfterMs: wait, substatus } : undefined
  }

  private budgetOf(scope: string): ContainerBudget | undefined {
    const existing = this.budgets.get(scope)
    if (existing) return existing
    const throughput = this.provisioned.get(scope)
    if (throughput === undefined) return undefined
    const perPartition = throughput.ruPerSecond / throughput.physicalPartitions
    const limiters = (ruPerSecond: number) =>
      Array.from(
        { length: throughput.physicalPartitions },
        () => new TokenBucket(ruPerSecond, () => this.clock())
      )
    const buckets = new Map<number, TokenBucket[]>()
    for (const [id, percent] of Object.entries(this.bucketShares.get(scope) ?? {})) {
      buckets.set(Number(id), limiters((perPartition * percent) / 100))
    }
    const budget = {
      partitions: limiters(perPartition),
      buckets,
      lastHighAt: Array.from({ length: throughput.physicalPartitions }, () => -Infinity)
    }
    this.budgets.set(scope, budget)
    return budget
  }
}

function validated(throughput: ProvisionedThroughput): ProvisionedThroughput {
  const { ruPerSecond, physicalPartitions } = throughput
  if (!Number.isInteger(physicalPartitions) || physicalPartitions < 1)
    throw new Error(`physicalPartitions must be a positive integer, not ${physicalPartitions}`)
  if (!(ruPerSecond > 0) || ruPerSecond / physicalPartitions > 10_000)
    throw new Error(
      `ruPerSecond must be positive and at most 10,000 per physical partition, not ${ruPerSecond}`
    )
  return { ruPerSecond, physicalPartitions }
}

/**
 * Which physical partition serves a partition key. The SDK sees one partition key range from the
 * emulator, so the budget is split here by hashing the partition key value, as Cosmos does across
 * physical partitions (it hashes the value into the ranges the partitions own).
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The account's throughput settings, as the gateway offers them to tests and the bench. */
export interface ThroughputControls {
  /** Provisions a container's RU/s over its physical partitions; undefined: unlimited again. */
  setThroughput(
    databaseId: string,
    containerId: string,
    throughput: ProvisionedThroughput | undefined
  ): void
  /** Caps throughput buckets (ids 1-5) at a share (%) of the container's RU/s. */
  setThroughputBuckets(
    databaseId: string,
    containerId: string,
    buckets: ThroughputBuckets | undefined
  ): void
  /** A container's provisioned throughput; undefined when it has none (unlimited). */
  throughputOf(databaseId: string, containerId: string): ProvisionedThroughput | undefined
  /** The account's priority-based execution (off by default: the priority header is ignored). */
  setPriorityBasedExecution(enabled: boolean): void
  /** Reads time from `now` (milliseconds) from here on, so tests control refills. */
  setThroughputClock(now: () => number): void
}

/** The controls of `model`, for the gateway's face. */
export function throughputControls(model: ThroughputModel): ThroughputControls {
  const scope = (databaseId: string, containerId: string) =>
    `/dbs/${databaseId}/colls/${containerId}`
  return {
    setThroughput: (db, container, throughput) =>
      model.setThroughput(scope(db, container), throughput),
    setThroughputBuckets: (db, container, buckets) =>
      model.setBuckets(scope(db, container), buckets),
    throughputOf: (db, container) => model.throughputOf(scope(db, container)),
    setPriorityBasedExecution(enabled) {
      model.priorityBasedExecution = enabled
    },
    setThroughputClock: (now) => model.setClock(now)
  }
}
