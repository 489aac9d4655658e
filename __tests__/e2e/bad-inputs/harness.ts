/**
 * The harness of the bad-input corpus: each case runs the built action against a local cloud and
 * one repository. Whatever is wrong (an action input, a seed file or its manifest, a migration, a
 * smoke file, the job's token), the run must fail quickly, before any write, with an error naming
 * the input, or the file and the line (with an annotation on that line), and without letting out a
 * token. One corpus a file, in `cases/`; each `*.test.ts` beside this runs one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { leakedSecrets, runAction } from '../../../testkit/runner.js'
import { startLocalCloud, type LocalCloud } from '../../../testkit/index.js'
import { setUpRepository, type RepositorySetup } from '../../../testkit/scenario.js'

export const REPOSITORY = 'octo-org/bad-inputs'
/**
 * A run refused by its checks takes under a second here (the step and the post step, each a
 * Node start-up of a 4 MB bundle); this leaves room for a machine loaded twenty times over. What
 * it is there to catch stays well above it: a bad input treated as a credential still
 * propagating (5 s, then 10 s, ... up to 'propagation-wait', 300 s), as a lock held by another
 * run ('lock-timeout', 300 s) or as a transient fault retried on the Cosmos DB ladder.
 */
const QUICKLY_MS = 20_000

/** The corpus's cloud and repository, set before its cases arrange themselves. */
export let cloud: LocalCloud
export let setup: RepositorySetup
const directories: string[] = []

async function startCloud(): Promise<void> {
  cloud = await startLocalCloud()
  // Everything a bad input could reach if it slipped through: a data-plane contributor that may
  // also create containers through ARM, so a missed check would show as a write, not a 403.
  setup = await setUpRepository(cloud, {
    repository: REPOSITORY,
    database: 'badinputs',
    containers: [
      { id: 'products', partitionKey: { paths: ['/id'] } },
      { id: 'orders', partitionKey: { paths: ['/customer/id'] } },
      { id: 'events', partitionKey: { paths: ['/tenant', '/day'], kind: 'MultiHash', version: 2 } },
      { id: 'items', partitionKey: { paths: ['/id'] } }
    ],
    role: 'contributor',
    controlPlaneWrite: true
  })
}

async function stopCloud(): Promise<void> {
  await Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true })))
  await cloud.close()
}

/** What a case runs with, and what its error must point at. */
export interface Arranged {
  /** Inputs over the repository's working ones. */
  readonly inputs: Readonly<Record<string, string>>
  /** The job's variables, when not the repository's job. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The file the error must name; with `line`, the error says `file:line:` and annotates it. */
  readonly file?: string
  readonly line?: number
  /** The problem is the whole file (its size): annotated on `line`, named without it. */
  readonly wholeFile?: boolean
  /** The job's workspace, when not the test's working directory. */
  readonly workspace?: string
  /** Values that must appear nowhere the runner shows (an account key, a password). */
  readonly hidden?: readonly string[]
}

export interface BadInput {
  readonly name: string
  /**
   * offline: refused before any request to GitHub, Entra or Cosmos DB (inputs and local files);
   * login: refused at the token exchange, before any request to Cosmos DB;
   * checks: refused by the checks that need the account (seed documents), before any write.
   */
  readonly stage: 'offline' | 'login' | 'checks'
  /** What the error must say, besides the file and line. */
  readonly says: string | RegExp
  readonly arrange: () => Arranged | Promise<Arranged>
}

export async function directory(prefix: string, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  directories.push(dir)
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

/** A seed directory; `at` names the file (and line) the error must name. */
export async function seeding(
  files: Record<string, string>,
  at?: { file: string; line?: number }
): Promise<Arranged> {
  const dir = await directory('bad-seed-', files)
  return { inputs: { seed: dir }, ...located(dir, at) }
}

/** A migrations directory; `at` names the file (and line) the error must name. */
export async function migrating(
  files: Record<string, string>,
  at?: { file: string; line?: number }
): Promise<Arranged> {
  const dir = await directory('bad-migrations-', files)
  return { inputs: { migrations: dir }, ...located(dir, at) }
}

/** A smoke file; the error must name it and `line`. */
export async function smoking(text: string, line: number, wholeFile = false): Promise<Arranged> {
  const dir = await directory('bad-smoke-', { 'smoke.yml': text })
  const file = join(dir, 'smoke.yml')
  return { inputs: { smoke: file }, file, line, ...(wholeFile ? { wholeFile } : {}) }
}

function located(dir: string, at: { file: string; line?: number } | undefined) {
  if (at === undefined) return {}
  return { file: join(dir, at.file), ...(at.line === undefined ? {} : { line: at.line }) }
}

/**
 * A job whose workspace sits two levels inside a temporary directory that also holds `etc/` (a
 * file like /etc's), so `../../etc` leads to the same place on every machine.
 */
export async function escaping(inputs: Record<string, string>): Promise<Arranged> {
  const root = await directory('bad-escape-', {})
  const workspace = join(root, 'home', 'work')
  await mkdir(workspace, { recursive: true })
  await mkdir(join(root, 'etc'))
  await writeFile(join(root, 'etc', 'hosts'), '127.0.0.1 localhost\n')
  return { inputs, workspace }
}

/** One NDJSON line a document. */
export function ndjson(...documents: unknown[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

/** A job of the same repository, with the claims changed. */
export function job(options: Parameters<LocalCloud['github']['startJob']>[0]): Arranged {
  return { inputs: {}, env: cloud.github.startJob(options).env }
}

export const ACCOUNT_KEY = 'c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5c2VjcmV0a2V5PT0='
export const PASSWORD = 'hunter2-not-for-logs'
export const TWO_MB = 2 * 1024 * 1024
/** Cosmos DB requests that change something: anything but reads and queries. */
function writes(requests: ReturnType<LocalCloud['cosmos']['requests']>) {
  return requests.filter(
    (r) => r.method !== 'GET' && !r.actions.some((a) => a.endsWith('/executeQuery'))
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Runs one corpus against its own cloud: every case must fail as described, and at the end every
 * container is as it was.
 */
export function describeCorpus(kind: string, cases: readonly BadInput[]): void {
  beforeAll(startCloud)
  afterAll(stopCloud)

  describe(`bad ${kind}`, () => {
    it.each(cases)('$name', runCase)
  })

  it('left every container as it was', async () => {
    for (const container of ['products', 'orders', 'events', 'items'])
      expect(await cloud.cosmos.readItems('badinputs', container)).toEqual([])
    expect(await cloud.cosmos.readContainer('badinputs', 'migrations')).toBeUndefined()
  })
}

async function runCase(bad: BadInput): Promise<void> {
  const arranged = await bad.arrange()
  const cosmosBefore = cloud.cosmos.requests().length
  const armBefore = cloud.arm.requests().length
  const githubBefore = cloud.github.issueCount()
  const entraBefore = cloud.entra.issuedTokens().length
  const started = Date.now()
  const run = await runAction({
    inputs: { ...setup.inputs, ...arranged.inputs },
    env: arranged.env ?? setup.job.env,
    caFile: cloud.caFile,
    ...(arranged.workspace === undefined ? {} : { workspace: arranged.workspace })
  })
  const elapsed = Date.now() - started
  const cosmos = cloud.cosmos.requests().slice(cosmosBefore)

  // Fails, quickly, with one explained error.
  expect(run.exitCode).toBe(1)
  expect(elapsed).toBeLessThan(QUICKLY_MS)
  expect(run.stderr).toBe('')
  const error = run.errors.join('\n')
  if (typeof bad.says === 'string') expect(error).toContain(bad.says)
  else expect(error).toMatch(bad.says)
  // Long values are never echoed whole.
  expect(error.length).toBeLessThan(4000)

  // Names the file, and the line with an annotation on it.
  if (arranged.file !== undefined) {
    expect(error).toContain(
      arranged.line === undefined || arranged.wholeFile
        ? `${arranged.file}: `
        : `${arranged.file}:${arranged.line}: `
    )
  }
  if (arranged.line !== undefined) {
    const annotated = relative(process.cwd(), arranged.file ?? '')
    expect(run.log).toMatch(
      new RegExp(`^::error file=${escapeRegExp(annotated)},line=${arranged.line}::`, 'm')
    )
  }

  // Nothing written: not a document, not a container, not a ledger entry or lock.
  expect(writes(cosmos)).toEqual([])
  expect(
    cloud.arm
      .requests()
      .slice(armBefore)
      .filter((r) => r.method !== 'GET')
  ).toEqual([])
  if (bad.stage !== 'checks') expect(cosmos).toEqual([])
  if (bad.stage === 'offline') {
    expect(cloud.github.issueCount()).toBe(githubBefore)
    expect(cloud.entra.issuedTokens().length).toBe(entraBefore)
  }

  // No token, and nothing the input held in secret, anywhere the runner shows.
  expect(leakedSecrets(run, cloud.secrets())).toEqual([])
  const shown = [run.stdout, run.stderr, run.summary, run.outputFile].join('\n')
  for (const secret of arranged.hidden ?? []) expect(shown).not.toContain(secret)
  // An input cannot smuggle a workflow command into the log.
  expect(run.stdout).not.toMatch(/^::error::injected/m)
}
