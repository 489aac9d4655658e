import { spawn } from 'node:child_process'
import { fileTimes, staleness } from './freshness.js'

export interface EnsureBuiltOptions {
  /** The repository's root. */
  readonly root: string
  /** Shows the build's own output as it runs (otherwise only when it fails). */
  readonly verbose: boolean
  /** Prints one line of progress. */
  readonly say: (line: string) => void
}

/**
 * Builds dist/ with `npm run build` when a source is newer than a bundle, saying so first (the
 * build takes most of a minute, and silence that long looks like a hang). Returns whether it
 * built; throws with the build's output when the build fails.
 */
export async function ensureBuilt(options: EnsureBuiltOptions): Promise<boolean> {
  const { sources, bundles } = fileTimes(options.root)
  const reason = staleness(sources, bundles)
  if (reason === undefined) return false
  options.say(`Building the action (${reason})…`)
  const started = Date.now()
  const { code, output } = await run('npm', ['run', 'build'], options)
  if (code !== 0) throw new Error(`npm run build failed (exit code ${code}):\n${output}`)
  options.say(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)
  return true
}

function run(
  command: string,
  args: readonly string[],
  options: EnsureBuiltOptions
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.root,
      stdio: ['ignore', options.verbose ? 'inherit' : 'pipe', options.verbose ? 'inherit' : 'pipe']
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, output }))
  })
}
