import type { ChargeKind } from './operations.js'

const kilobytes = (bytes: number): number => bytes / 1024

/** Cosmos DB's charges are small decimals; two places is what the service shows. */
const round = (value: number): number => Math.round(value * 100) / 100

/** Rough write cost per KB with default indexing (reference: 1 KB write ~5-6 RU, more indexed). */
const writePerKb = 5.71

/**
 * A plausible request charge in RU. The backend answers a constant 1, which would make RU-based
 * logic (budgets, throughput estimates) untestable: about 1 RU per KB read, 5.71+ per KB written,
 * 2.5+ for a query, the sum of the operations for a batch.
 */
export function estimateRequestCharge(
  kind: ChargeKind,
  status: number,
  requestBytes: number,
  responseBytes: number,
  batchOperations = 0
): number {
  if (status === 429) return 0
  if (status >= 400) return 1
  switch (kind) {
    case 'metadata':
      return 1
    case 'read':
    case 'feed':
      return round(Math.max(1, kilobytes(responseBytes)))
    case 'write':
      return round(writePerKb * Math.max(1, kilobytes(requestBytes)))
    case 'query':
      return round(2.5 + kilobytes(responseBytes))
    case 'batch': {
      const perOperation = kilobytes(requestBytes) / Math.max(1, batchOperations)
      return round(batchOperations * writePerKb * Math.max(1, perOperation))
    }
  }
}
