/** The command line's two output streams, as a Console that survives a reader going away. */
import type { Writable } from 'node:stream'
import type { Console } from './setup.js'

/**
 * Lines to standard output and error. A reader that leaves early (`setup … | head`) closes the
 * pipe, and the next write fails with EPIPE: that stream is then written no more, and the command
 * carries on (an `--apply` half done would be worse than output nobody reads). Other stream errors
 * are left to Node, as before.
 */
export function terminalConsole(stdout: Writable, stderr: Writable): Console {
  const line = (stream: Writable): ((text: string) => void) => {
    let open = true
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
      open = false
    })
    return (text) => {
      if (open && !stream.destroyed) stream.write(`${text}\n`)
    }
  }
  return { out: line(stdout), err: line(stderr) }
}
