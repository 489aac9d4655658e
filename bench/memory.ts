/**
 * Peak memory of seeding small NDJSON documents (`{"id":"m-N","n":N,"tags":["a","b"],...}`) at
 * 100,000, 500,000 and 1,000,000 lines: our seed (checked in a first pass, then streamed in bulk
 * calls) must stay flat, at most 150 MiB at 500,000 lines and within 10% of that at the other
 * sizes. The raw baseline, at 500,000 lines: the file read whole, every line parsed, one
 * executeBulkOperations call. Each measurement runs in a process of its own
 * (bench/seed-memory.ts) writing to the local cloud started here, so every one starts from the
 * same state and the cloud's own memory is not counted. BENCH_MEMORY_SIZES overrides the sizes
 * (comma separated); BENCH_MEMORY_NODE_FLAGS adds Node flags to the measured processes
 * (--max-old-space-size=64, say, to see how much of the peak is the heap's growth policy).
 *
 * A peak moves by up to a quarter from one process to the next at the same size (where V8's young
 * generation happens to be when seeding starts): each size is measured ROUNDS times, the sizes
 * taking turns so that a slow spell of the machine falls on all of them, and its median is its
 * figure. BENCH_MEMORY_ROUNDS overrides the count.
 */
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { startLocalCloud, trustTestCaInProcess } from '../testkit/index.js'
import { setUpRepository } from '../testkit/scenario.js'
import { childEnvironment } from './child.js'
import { printTable, quantile, recordRows } from './stats.js'

const SIZES = (process.env['BENCH_MEMORY_SIZES'] ?? '100000,500000,1000000').split(',').map(Number)
/** The size the goal is set at, and the raw baseline measured at. */
const REFERENCE = 500_000
const GOAL_MIB = 150
const ROUNDS = Number(process.env['BENCH_MEMORY_ROUNDS'] ?? 3)
const NODE_FLAGS = (process.env['BENCH_MEMORY_NODE_FLAGS'] ?? '').split(' ').filter(Boolean)
const execFileAsync = promisify(execFile)

interface Peak {
  /** Peak resident memory above what the process held once connected. */
  mib: number
  /** Peaks of process.memoryUsage()'s parts, in MiB. */
  peaks: Record<string, number>
}

async function ndjson(path: string, count: number): Promise<void> {
  const out = createWriteStream(path)
  for (let i = 0; i < count; i++) {
    const line = JSON.stringify({ id: `m-${i}`, n: i, tags: ['a', 'b'], note: 'memory' })
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

/** Peak memory of seeding `path` one way, in a process of its own. */
async function peakMemory(
  mode: 'streamed' | 'whole',
  path: string,
  count: number,
  container: string,
  env: NodeJS.ProcessEnv
): Promise<Peak> {
  const script = resolve(import.meta.dirname, 'seed-memory.ts')
  const { stdout } = await execFileAsync(
    process.execPath,
    [...NODE_FLAGS, '--import', 'tsx', script, mode, path, String(count), container],
    { encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 }
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Peak
}

const dir = await mkdtemp(join(tmpdir(), 'bench-memory-'))
trustTestCaInProcess()
const cloud = await startLocalCloud()
const setup = await setUpRepository(cloud, {
  repository: 'octo-org/bench-memory',
  database: 'bench',
  containers: [{ id: 'raw', partitionKey: { paths: ['/id'] } }],
  role: 'contributor'
})
const env = await childEnvironment(cloud, setup)
/** Each size's peaks, one a round. */
const runs = new Map<number, Peak[]>(SIZES.map((size) => [size, []]))
let whole: Peak | undefined
const pathOf = (size: number): string => join(dir, `${size}.ndjson`)
try {
  for (const size of SIZES) await ndjson(pathOf(size), size)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const size of SIZES) {
      // A container of its own, dropped after: the cloud keeps no more than one seed's documents.
      const container = `ours-${size}-${round}`
      await cloud.cosmos.createContainer('bench', {
        id: container,
        partitionKey: { paths: ['/id'] }
      })
      const peak = await peakMemory('streamed', pathOf(size), size, container, env)
      await cloud.cosmos.deleteContainer('bench', container)
      runs.get(size)?.push(peak)
      console.log(`ours at ${size} lines, round ${round}: ${JSON.stringify(peak)}`)
    }
  }
  if (SIZES.includes(REFERENCE)) {
    whole = await peakMemory('whole', pathOf(REFERENCE), REFERENCE, 'raw', env)
    console.log(`raw at ${REFERENCE} lines: ${JSON.stringify(whole)}`)
  }
} finally {
  await cloud.close()
  await rm(dir, { recursive: true, force: true })
}

/** Each size's figure: the run whose peak is the median. */
const ours = new Map<number, Peak>(
  [...runs].map(([size, peaks]) => {
    const median = quantile(
      peaks.map((peak) => peak.mib),
      0.5
    )
    return [size, peaks.find((peak) => peak.mib === median) as Peak]
  })
)

const count = (n: number): string => n.toLocaleString('en-US')
const figure = (mib: number | undefined): string => (mib === undefined ? '' : mib.toFixed(0))
console.log(
  `\nNode ${process.version}; peak memory above the connected process, in MiB; ours the median of ${ROUNDS} runs (${SIZES.map((size) => `${count(size)}: ${(runs.get(size) ?? []).map((peak) => figure(peak.mib)).join(', ')}`).join('; ')})\n`
)
printTable(
  ['seeding', 'lines', 'peak RSS', 'heapUsed', 'heapTotal', 'external', 'arrayBuffers'],
  [
    ...SIZES.map((size) => ['ours', size, ours.get(size)] as const),
    ...(whole ? [['raw: read whole, one bulk call', REFERENCE, whole] as const] : [])
  ].map(([way, size, peak]) => [
    way,
    count(size),
    figure(peak?.mib),
    ...['heapUsed', 'heapTotal', 'external', 'arrayBuffers'].map((part) =>
      figure(peak?.peaks[part])
    )
  ])
)
const reference = ours.get(REFERENCE)?.mib
if (reference !== undefined) {
  console.log(
    `\nGoal: at most ${GOAL_MIB} MiB at ${count(REFERENCE)} lines (${reference <= GOAL_MIB ? 'met' : 'missed'}), the others within 10% of it.`
  )
}
recordRows([
  ...(whole && reference !== undefined
    ? [
        {
          bench: 'memory',
          measure: `peak memory seeding a ${count(REFERENCE)}-line NDJSON file (ours: median of ${ROUNDS})`,
          unit: 'MiB' as const,
          raw: whole.mib,
          ours: reference,
          better: 'lower' as const,
          baseline:
            'the file read whole, every line parsed, one executeBulkOperations call (each way in a process of its own)',
          goal: 'ours <= 150 MiB'
        }
      ]
    : []),
  // Flat memory: the other sizes against ours at the reference size, so the ratio is the growth.
  ...SIZES.filter((size) => size !== REFERENCE && reference !== undefined).map((size) => ({
    bench: 'memory',
    measure: `peak memory seeding ${count(size)} lines, against ours at ${count(REFERENCE)} (medians of ${ROUNDS})`,
    unit: 'MiB' as const,
    raw: reference as number,
    ours: ours.get(size)?.mib ?? Number.NaN,
    better: 'lower' as const,
    baseline: `not the raw SDK: our own peak at ${count(REFERENCE)} lines (flat memory: within 10%)`,
    goal: '0.90 to 1.10'
  }))
])
