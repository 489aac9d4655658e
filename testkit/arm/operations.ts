import { randomUUID } from 'node:crypto'
import type { ArmError } from './auth.js'

/** What an operation status URL answers; core-lro treats anything but the last two as running. */
export type ArmOperationStatus = 'InProgress' | 'Succeeded' | 'Failed'

/** How long new operations stay InProgress: both bounds must pass before one completes. */
export interface OperationLatency {
  /** Polls answered InProgress first (default 1, so a client that never polls is caught). */
  polls: number
  /** Milliseconds since the request before completing (default 0). */
  ms: number
}

/** One long-running operation as the stand-in ran it. */
export interface ArmOperationRecord {
  id: string
  method: 'PUT' | 'DELETE'
  /** The resource id (container, role assignment or definition), as requested. */
  resourceId: string
  principalId: string
  status: ArmOperationStatus
  /** What each poll of the status or result URL answered, in order. */
  answers: ArmOperationStatus[]
  error?: { code: string; message: string }
}

/** A new operation: `run` does the work when the operation completes and names any failure. */
export interface OperationStart {
  method: 'PUT' | 'DELETE'
  resourceId: string
  principalId: string
  run: () => Promise<ArmError | undefined>
}

interface Operation extends ArmOperationRecord {
  startedAt: number
  endedAt?: number
  latency: OperationLatency
  run: () => Promise<ArmError | undefined>
  /** Failure status for the result URL (the error's HTTP status). */
  failureStatus?: number
  completing?: Promise<void>
}

/**
 * Long-running operations. They advance only when polled, never on a timer: the work (creating
 * or dropping the container, writing a role) happens on the poll that completes them, so a client that skips
 * polling finds nothing done, as it could on Azure while the operation is still running.
 */
export class OperationStore {
  private latency: OperationLatency = { polls: 1, ms: 0 }
  private readonly operations = new Map<string, Operation>()

  setLatency(latency: Partial<OperationLatency>): void {
    this.latency = { ...this.latency, ...latency }
  }

  start(start: OperationStart): ArmOperationRecord {
    const operation: Operation = {
      id: randomUUID(),
      method: start.method,
      resourceId: start.resourceId,
      principalId: start.principalId,
      status: 'InProgress',
      answers: [],
      startedAt: Date.now(),
      latency: { ...this.latency },
      run: start.run
    }
    this.operations.set(operation.id, operation)
    return recordOf(operation)
  }

  /** Advances the operation by one poll; undefined when the id is unknown. */
  async poll(id: string): Promise<PolledOperation | undefined> {
    const operation = this.operations.get(id.toLowerCase())
    if (!operation) return undefined
    if (operation.status === 'InProgress' && isDue(operation)) {
      // Concurrent polls share one completion, so the work runs once.
      operation.completing ??= complete(operation)
      await operation.completing
    }
    operation.answers.push(operation.status)
    return {
      ...recordOf(operation),
      startTime: new Date(operation.startedAt).toISOString(),
      ...(operation.endedAt ? { endTime: new Date(operation.endedAt).toISOString() } : {}),
      ...(operation.failureStatus ? { failureStatus: operation.failureStatus } : {})
    }
  }

  list(): ArmOperationRecord[] {
    return [...this.operations.values()].map(recordOf)
  }
}

/** An operation as one poll saw it. */
export interface PolledOperation extends ArmOperationRecord {
  startTime: string
  endTime?: string
  failureStatus?: number
}

function isDue(operation: Operation): boolean {
  return (
    operation.answers.length >= operation.latency.polls &&
    Date.now() - operation.startedAt >= operation.latency.ms
  )
}

async function complete(operation: Operation): Promise<void> {
  const failure = await operation.run().catch((error: unknown): ArmError => ({
    status: 500,
    code: 'InternalServerError',
    message: String(error)
  }))
  operation.endedAt = Date.now()
  if (failure) {
    operation.status = 'Failed'
    operation.error = { code: failure.code, message: failure.message }
    operation.failureStatus = failure.status
  } else {
    operation.status = 'Succeeded'
  }
}

function recordOf(operation: Operation): ArmOperationRecord {
  return {
    id: operation.id,
    method: operation.method,
    resourceId: operation.resourceId,
    principalId: operation.principalId,
    status: operation.status,
    answers: [...operation.answers],
    ...(operation.error ? { error: { ...operation.error } } : {})
  }
}
