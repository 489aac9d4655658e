import type { Styles } from './style.js'
import { wrapLine } from './wrap.js'

/**
 * The runner's workflow commands (`::error::`, `::group::`, ...) made readable, as the run page
 * shows them rather than as the raw protocol: see
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
 */

/** One workflow command read from a line of a step's stdout. */
export interface WorkflowCommand {
  readonly name: string
  readonly properties: Readonly<Record<string, string>>
  readonly message: string
}

const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/

/** The command on a line, its message and properties decoded; undefined for a plain line. */
export function parseCommand(line: string): WorkflowCommand | undefined {
  const match = COMMAND.exec(line)
  if (match === null) return undefined
  const properties: Record<string, string> = {}
  for (const pair of (match[2] ?? '').split(',')) {
    const at = pair.indexOf('=')
    if (at > 0) properties[pair.slice(0, at).trim()] = decode(pair.slice(at + 1), true)
  }
  return { name: match[1] as string, properties, message: decode(match[3] ?? '', false) }
}

/** Undoes @actions/core's escaping of a command's message (and, more, of its properties). */
function decode(text: string, property: boolean): string {
  const decoded = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  const more = property ? decoded.replace(/%3A/g, ':').replace(/%2C/g, ',') : decoded
  return more.replace(/%25/g, '%').replace(/\r\n?/g, '\n')
}

export interface ReadableLogOptions {
  readonly width: number
  /** Show `::debug::` lines (as `debug:` lines); hidden as on the run page by default. */
  readonly verbose: boolean
  /** false: an annotation's first line only (unless verbose), for a log shown with its summary. */
  readonly annotationsInFull?: boolean
  readonly styles: Styles
}

const ANNOTATIONS: Readonly<Record<string, string>> = {
  error: 'Error',
  warning: 'Warning',
  notice: 'Notice'
}

/**
 * A step's stdout as a person reads it on the run page: groups as headings with their lines
 * indented, annotations as `Error:` / `Warning:` blocks with their lines restored, debug lines
 * only when asked, the protocol's own commands (masks, outputs, state) left out; every line
 * folded to the width.
 */
export function readableLog(stdout: string, options: ReadableLogOptions): string[] {
  const { styles, width } = options
  const lines: string[] = []
  let indent = ''
  const add = (text: string, style: (line: string) => string = (line) => line): void => {
    for (const line of text.split('\n'))
      lines.push(...wrapLine(indent + line, width).map((piece) => style(piece)))
  }
  for (const raw of stdout.replace(/\n$/, '').split('\n')) {
    const command = parseCommand(raw)
    if (command === undefined) add(raw)
    else if (command.name === 'group') {
      indent = ''
      add(`▸ ${command.message}`, styles.bold)
      indent = '  '
    } else if (command.name === 'endgroup') indent = ''
    else if (command.name === 'debug') {
      if (options.verbose) add(`debug: ${command.message}`, styles.dim)
    } else if (command.name in ANNOTATIONS) {
      const colour = command.name === 'error' ? styles.red : styles.yellow
      const where = command.properties['file']
        ? ` (${command.properties['file']}${command.properties['line'] ? `:${command.properties['line']}` : ''})`
        : ''
      const [first = '', ...rest] = command.message.split('\n')
      add(`${ANNOTATIONS[command.name]}${where}: ${first}`, colour)
      // The action's failure is also the job summary's first block: said once unless asked.
      if (rest.length > 0 && (options.verbose || options.annotationsInFull !== false))
        add(rest.map((line) => `  ${line}`).join('\n'), colour)
      else if (rest.length > 0)
        add(`  (${rest.length} more lines; --verbose shows them here)`, styles.dim)
    }
    // add-mask, set-output, save-state, echo, stop-commands: the runner's business, not the log's.
  }
  return lines
}
