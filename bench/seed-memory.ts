/**
 * One peak-memory measurement for bench/seed.ts, in a process of its own so that both ways start
 * from the same state: `tsx bench/seed-memory.ts streamed|whole FILE COUNT` reads an NDJSON seed
 * file either the action's way (streamed, every document checked) or the plain way (read whole,
 * every line parsed), and prints the peak resident memory above what the process held before, in
 * MiB, as JSON.
 */
import { readFile } from 'node:fs/promises'
import { checkId, readDocuments, type SeedFile } from '../src/seed/index.js'

const [mode, path, count] = process.argv.slice(2)
if ((mode !== 'streamed' && mode !== 'whole') || !path || !count) {
  throw new Error('usage: tsx bench/seed-memory.ts streamed|whole FILE COUNT')
}
const file: SeedFile = { path, container: 'memory', format: 'ndjson' }

const baseline = process.memoryUsage().rss
const maxBefore = process.resourceUsage().maxRSS * 1024
let peak = baseline
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
let documents = 0
if (mode === 'streamed') {
  for await (const document of readDocuments(file)) {
    checkId(file, document)
    documents++
  }
} else {
  const parsed = (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  documents = parsed.length
}
clearInterval(sampler)
// The kernel's high-water mark, when the work raised it, catches a peak between two samples.
const maxAfter = process.resourceUsage().maxRSS * 1024
peak = Math.max(peak, process.memoryUsage().rss, maxAfter > maxBefore ? maxAfter : 0)
if (documents !== Number(count)) throw new Error(`read ${documents} of ${count} documents`)
console.log(JSON.stringify({ mib: (peak - baseline) / (1024 * 1024) }))
