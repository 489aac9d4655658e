import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseInputs } from '../../testkit/action-inputs.js'
import {
  readSession,
  removeSession,
  runnerCommand,
  runnerFiles,
  sessionDirectory,
  writeSession
} from '../../testkit/cloud-session.js'

describe('runnerCommand', () => {
  const command = runnerCommand({
    node: '/repo/.node24/bin/node',
    script: '/repo/dist/index.js',
    env: {
      GITHUB_OUTPUT: '/repo/.demo/runner/output',
      GITHUB_STEP_SUMMARY: '/repo/.demo/runner/summary.md',
      'INPUT_CLIENT-ID': '1111',
      INPUT_NOTE: "it's here"
    }
  })

  it('runs the given Node, not whichever node comes first on PATH, with the runner’s files', () => {
    expect(command.split('\n')).toEqual([
      'env \\',
      '  GITHUB_OUTPUT=/repo/.demo/runner/output \\',
      '  GITHUB_STEP_SUMMARY=/repo/.demo/runner/summary.md \\',
      '  INPUT_CLIENT-ID=1111 \\',
      "  'INPUT_NOTE=it'\\''s here' \\",
      '  /repo/.node24/bin/node /repo/dist/index.js'
    ])
  })
})

describe('the session of a running cloud', () => {
  let directory: string
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'cloud-session-'))
  })
  afterEach(() => rmSync(directory, { recursive: true, force: true }))

  it('lives in .demo unless LOCAL_CLOUD_DIR says otherwise', () => {
    expect(sessionDirectory('/repo', {})).toBe('/repo/.demo')
    expect(sessionDirectory('/repo', { LOCAL_CLOUD_DIR: '/tmp/x' })).toBe('/tmp/x')
  })

  it('is read back while its process runs, privately, and not once removed or dead', () => {
    const session = { pid: process.pid, inputs: { database: 'inventory' }, env: {}, caFile: '/ca' }
    writeSession(directory, session)
    expect(readSession(directory)).toEqual(session)
    expect(statSync(join(directory, 'cloud.json')).mode & 0o077).toBe(0)
    removeSession(directory)
    expect(readSession(directory)).toBeUndefined()
    writeSession(directory, { ...session, pid: 2 ** 22 + 1 })
    expect(readSession(directory)).toBeUndefined()
  })

  it('gives the runner’s files, created empty', () => {
    const files = runnerFiles(directory)
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE'])
      expect(readFileSync(files[name] as string, 'utf8')).toBe('')
    expect(existsSync(files['RUNNER_TEMP'] as string)).toBe(true)
  })
})

describe('parseInputs', () => {
  it('reads name=value pairs, the value keeping any further =', () => {
    expect(parseInputs(['seed=examples/seed', 'note=a=b'])).toEqual({
      seed: 'examples/seed',
      note: 'a=b'
    })
  })

  it('refuses a pair without a name', () => {
    expect(() => parseInputs(['examples/seed'])).toThrow(
      '--input examples/seed: expected name=value'
    )
  })
})
