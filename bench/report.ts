/**
 * The one table of `npm run bench`. The run starts with `tsx bench/report.ts start` (the machine
 * and its load, an empty results file), each script then adds its rows (our path and its raw SDK
 * baseline, both measured in that script's run), and `tsx bench/report.ts` prints them all.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { printTable, resultsFile, type ReportRow } from './stats.js'

interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  platform: string
  load: number[]
  startedAt: number
}

const loadText = (load: readonly number[]): string =>
  `${load.map((value) => value.toFixed(2)).join(', ')} (1, 5, 15 min)`

function machineLine(machine: Machine): string {
  return (
    `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB.toFixed(1)} GiB memory, ` +
    `Node ${machine.node} (${machine.platform}); load average at start ${loadText(machine.load)}`
  )
}

if (process.argv[2] === 'start') {
  const processors = cpus()
  const machine: Machine = {
    cpu: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg(),
    startedAt: Date.now()
  }
  writeFileSync(resultsFile(), `${JSON.stringify({ machine })}\n`)
  console.log(machineLine(machine))
} else {
  const records = readFileSync(resultsFile(), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { machine?: Machine; row?: ReportRow })
  const machine = records.find((record) => record.machine)?.machine
  const rows = records.flatMap((record) => (record.row ? [record.row] : []))

  const figure = (value: number, unit: ReportRow['unit']): string => {
    switch (unit) {
      case 'ms':
        return `${value.toFixed(1)} ms`
      case 'docs/s':
        return `${Math.round(value).toLocaleString('en-US')} docs/s`
      case 'MiB':
        return `${Math.round(value).toLocaleString('en-US')} MiB`
      case 's':
        return `${value.toFixed(1)} s`
    }
  }
  console.log('\n=== cosmos-oidc-action against the raw SDK, one run, local cloud ===\n')
  if (machine) console.log(machineLine(machine))
  console.log(`Load average at the end ${loadText(loadavg())}`)
  if (machine) {
    const seconds = Math.round((Date.now() - machine.startedAt) / 1000)
    console.log(
      `Benchmarks took ${Math.floor(seconds / 60)} min ${seconds % 60} s (build excluded)`
    )
  }
  console.log('')
  printTable(
    ['measure', 'baseline', 'cosmos-oidc-action', 'ours/baseline', 'better', 'goal'],
    rows.map((row) => [
      row.measure,
      figure(row.raw, row.unit),
      figure(row.ours, row.unit),
      (row.ours / row.raw).toFixed(2),
      row.better === 'lower' ? 'lower' : 'higher',
      row.goal ?? '-'
    ])
  )
  console.log(
    '\nours/baseline divides our figure by the baseline\'s (the best raw SDK path, or the ideal a provisioned throughput allows); "better" says which way is better for the row\'s figures and for its ratio.'
  )
  console.log('Baselines:')
  for (const row of rows) console.log(`  ${row.measure}: ${row.baseline}`)
  const missing = ['login', 'migrate', 'seed', 'throughput', 'memory'].filter(
    (bench) => !rows.some((row) => row.bench === bench)
  )
  if (missing.length > 0) {
    console.log(`\nNo rows from: ${missing.map((bench) => `bench/${bench}.ts`).join(', ')}`)
    process.exitCode = 1
  }
}
