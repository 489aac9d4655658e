import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'

/**
 * The release job's scripts, run as the runner runs them (bash -eo pipefail) in a clone of a
 * repository whose origin is a local bare one: the tag made by a run by hand, the release's
 * pre-release flag (`gh` is a stand-in that records its arguments), and the major tag moved.
 */
const run = promisify(execFile)

interface Step {
  name?: string
  run?: string
}

async function releaseSteps(): Promise<Map<string, string>> {
  const workflow = parse(await readFile('.github/workflows/release.yml', 'utf8')) as {
    jobs: { release: { steps: Step[] } }
  }
  return new Map(
    workflow.jobs.release.steps.flatMap((step) =>
      step.name && step.run ? [[step.name, step.run]] : []
    )
  )
}

describe('the release workflow', () => {
  let dir: string
  let steps: Map<string, string>
  const git = async (cwd: string, ...args: string[]): Promise<string> =>
    (await run('git', args, { cwd, env: { ...process.env, ...IDENTITY } })).stdout.trim()
  const IDENTITY = {
    GIT_AUTHOR_NAME: 'Release',
    GIT_AUTHOR_EMAIL: 'release@example.invalid',
    GIT_COMMITTER_NAME: 'Release',
    GIT_COMMITTER_EMAIL: 'release@example.invalid'
  }

  /** Runs the step named `name` in the clone, with `env`; its exit code and output. */
  async function step(
    name: string,
    env: Record<string, string>
  ): Promise<{ code: number; output: string }> {
    const script = steps.get(name)
    if (!script) throw new Error(`release.yml has no step '${name}' with a script`)
    try {
      const { stdout, stderr } = await run(
        'bash',
        ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
        {
          cwd: join(dir, 'clone'),
          env: {
            ...process.env,
            ...IDENTITY,
            PATH: `${join(dir, 'bin')}:${process.env['PATH'] ?? ''}`,
            RUNNER_TEMP: dir,
            ...env
          }
        }
      )
      return { code: 0, output: stdout + stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, output: failed.stdout + failed.stderr }
    }
  }

  beforeEach(async () => {
    steps = await releaseSteps()
    dir = await mkdtemp(join(tmpdir(), 'release-workflow-'))
    await run('git', ['init', '--bare', '--quiet', join(dir, 'origin.git')])
    await run('git', ['clone', '--quiet', join(dir, 'origin.git'), join(dir, 'clone')])
    await writeFile(join(dir, 'clone', 'file.txt'), 'one\n')
    await git(join(dir, 'clone'), 'add', '.')
    await git(join(dir, 'clone'), 'commit', '--quiet', '-m', 'one')
    await git(join(dir, 'clone'), 'push', '--quiet', 'origin', 'HEAD')
    // gh: records how it was called.
    await mkdir(join(dir, 'bin'))
    await writeFile(
      join(dir, 'bin', 'gh'),
      `#!/usr/bin/env bash\necho "$@" >> "${join(dir, 'gh.log')}"\n`
    )
    await chmod(join(dir, 'bin', 'gh'), 0o755)
    await writeFile(join(dir, 'notes.md'), 'The notes.\n')
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const remoteTag = async (tag: string): Promise<string> =>
    git(dir, '--git-dir', join(dir, 'origin.git'), 'rev-parse', `refs/tags/${tag}^{commit}`)

  it('tags the checked commit when run by hand, and refuses a version tagged already', async () => {
    const sha = await git(join(dir, 'clone'), 'rev-parse', 'HEAD')
    const tagging = await step('Tag the commit (run by hand)', { TAG: 'v0.2.0', GITHUB_SHA: sha })
    expect(tagging.code).toBe(0)
    expect(await remoteTag('v0.2.0')).toBe(sha)

    const again = await step('Tag the commit (run by hand)', { TAG: 'v0.2.0', GITHUB_SHA: sha })
    expect(again.code).toBe(1)
    expect(again.output).toContain('v0.2.0 exists already: pick the next version.')
  })

  it('publishes a pre-release as one, and a release with its notes', async () => {
    const publish = 'Publish the GitHub release'
    expect((await step(publish, { TAG: 'v0.2.0-rc.1', PRERELEASE: 'true' })).code).toBe(0)
    expect((await step(publish, { TAG: 'v0.2.0', PRERELEASE: 'false' })).code).toBe(0)
    expect((await readFile(join(dir, 'gh.log'), 'utf8')).trim().split('\n')).toEqual([
      `release create v0.2.0-rc.1 --verify-tag --title v0.2.0-rc.1 --notes-file ${join(dir, 'notes.md')} --prerelease`,
      `release create v0.2.0 --verify-tag --title v0.2.0 --notes-file ${join(dir, 'notes.md')}`
    ])
  })

  it('moves the major tag to each release', async () => {
    const clone = join(dir, 'clone')
    const first = await git(clone, 'rev-parse', 'HEAD')
    await git(clone, 'tag', 'v0.2.0')
    expect((await step('Move the major tag', { TAG: 'v0.2.0', MAJOR: 'v0' })).code).toBe(0)
    expect(await remoteTag('v0')).toBe(first)

    await writeFile(join(clone, 'file.txt'), 'two\n')
    await git(clone, 'commit', '--quiet', '-am', 'two')
    const second = await git(clone, 'rev-parse', 'HEAD')
    await git(clone, 'tag', '-a', 'v0.2.1', '-m', 'v0.2.1')
    expect((await step('Move the major tag', { TAG: 'v0.2.1', MAJOR: 'v0' })).code).toBe(0)
    expect(await remoteTag('v0')).toBe(second)
  })
})
