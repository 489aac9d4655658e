/**
 * One peak-memory measurement for bench/memory.ts, in a process of its own so that both ways start
 * from the same state: `tsx bench/seed-memory.ts streamed|whole FILE COUNT CONTAINER` seeds an
 * NDJSON file into CONTAINER of the local cloud's `bench` database, either the action's way
 * (seedContainers: checked in a first pass, then streamed in bulk calls) or the plain way (the
 * file read whole, every line parsed, one executeBulkOperations call), and prints the peak
 * resident memory above what the process held once connected, in MiB, as JSON. The cloud runs in
 * the parent: BENCH_COSMOS_ENDPOINT and BENCH_COSMOS_TOKEN (an access token for it) reach it;
 * NODE_EXTRA_CA_CERTS trusts its certificate.
 */
import type { OperationInput } from '@azure/cosmos'
import { readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8'
import { seedContainers, type SeedFile } from '../src/seed/index.js'
import { childClient } from './child.js'
import { quiet } from './stats.js'

const [mode, path, count, container] = process.argv.slice(2)
if ((mode !== 'streamed' && mode !== 'whole') || !path || !count || !container) {
  throw new Error('usage: tsx bench/seed-memory.ts streamed|whole FILE COUNT CONTAINER')
}

const { client, endpoint } = childClient()
// Connected before the baseline: both ways pay for the client and the container's metadata.
await client.database('bench').container(container).read()

const baseline = process.memoryUsage().rss
// Linux keeps the peak resident memory (VmHWM), and resets it to the current figure on request:
// then it sees peaks no timer would (the plain way parses the whole file in one synchronous go).
const kernelPeak = resetPeak() ? (): number | undefined => peakSinceReset() : () => undefined
let peak = baseline
/** Where the memory is at the peaks: V8's heap, and memory outside it (Buffers, the TLS layer). */
const parts = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 }
/** V8's heap spaces when the resident memory peaked: committed (used), in MiB. */
const spaces = (): Record<string, string> =>
  Object.fromEntries(
    getHeapSpaceStatistics().map((space) => [
      space.space_name,
      `${(space.space_size / 2 ** 20).toFixed(0)} (${(space.space_used_size / 2 ** 20).toFixed(0)})`
    ])
  )
let atPeak = spaces()
const sampler = setInterval(() => {
  const usage = process.memoryUsage()
  if (usage.rss > peak) atPeak = spaces()
  peak = Math.max(peak, usage.rss)
  for (const part of Object.keys(parts) as (keyof typeof parts)[])
    parts[part] = Math.max(parts[part], usage[part])
}, 10)
// BENCH_MEMORY_LIVE (with --expose-gc): twice a second a full collection, then the heap still
// in use: the live set, without the garbage V8 lets pile up before it collects (it perturbs the
// peak, so it is a separate run). BENCH_MEMORY_SNAPSHOT: a heap snapshot there at the live peak.
let live = 0
const gc = (globalThis as { gc?: () => void }).gc
const liveSampler =
  process.env['BENCH_MEMORY_LIVE'] && gc
    ? setInterval(() => {
        gc()
        const used = process.memoryUsage().heapUsed
        const snapshot = process.env['BENCH_MEMORY_SNAPSHOT']
        if (snapshot && used > live + 2 * 1024 * 1024) writeHeapSnapshot(snapshot)
        live = Math.max(live, used)
      }, 500)
    : undefined
let written = 0
let checkPeak = baseline
const started = performance.now()
if (mode === 'streamed') {
  const file: SeedFile = { path, container, format: 'ndjson' }
  const result = await seedContainers({
    client,
    database: 'bench',
    files: [file],
    mode: 'upsert',
    ruPerSecond: 0,
    dryRun: false,
    // The first pass ends where the file's "Checked" line is logged: its peak is told apart.
    log: {
      ...quiet,
      info: (message) => {
        if (message.startsWith('Checked')) checkPeak = Math.max(peak, process.memoryUsage().rss)
      }
    },
    sleep: (ms) => new Promise<void>((done) => setTimeout(done, ms)),
    errorContext: {
      endpoint,
      database: 'bench',
      accountName: 'localcloud',
      resourceGroup: undefined,
      principalId: undefined
    }
  })
  written = result.counts[container]?.created ?? 0
} else {
  const operations: OperationInput[] = (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const document = JSON.parse(line) as { id: string }
      return { operationType: 'Upsert', resourceBody: document, partitionKey: document.id }
    })
  // What the local cloud throttles past the SDK's own retries goes again, as a script would.
  let pending = operations
  for (let round = 0; round < 5 && pending.length > 0; round++) {
    const results = await client
      .database('bench')
      .container(container)
      .items.executeBulkOperations(pending)
    written += results.filter((result) => result.error === undefined).length
    pending = results.flatMap((result) => (result.error ? [result.operationInput] : []))
  }
}
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)
clearInterval(liveSampler)
peak = Math.max(peak, process.memoryUsage().rss, kernelPeak() ?? 0)
if (written !== Number(count)) throw new Error(`wrote ${written} of ${count} documents`)
const mib = (bytes: number): number => bytes / (1024 * 1024)
console.log(
  JSON.stringify({
    mib: mib(peak - baseline),
    checkMiB: mib(checkPeak - baseline),
    docsPerSecond: Number(count) / seconds,
    atPeak,
    peaks: Object.fromEntries(
      Object.entries({ ...parts, live }).map(([part, bytes]) => [part, mib(bytes)])
    )
  })
)

/** Resets the kernel's peak-resident-memory mark of this process; false where it cannot. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** The peak resident memory since the last reset, in bytes (Linux). */
function peakSinceReset(): number | undefined {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
  return match ? Number(match[1]) * 1024 : undefined
}
