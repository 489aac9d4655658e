import { renderMarkdown } from './render.js'
import { maskedLog, type ActionRun } from './runner.js'
import { displayWidth, type Styles } from './terminal/style.js'
import { readableLog } from './terminal/runner-log.js'
import { wrapLine } from './terminal/wrap.js'

/**
 * A run of the built action shown as the run page shows it: the log (masked, commands decoded),
 * the outputs, the job summary and the exit code; for `npm run demo` and `npm run action`.
 */

export interface ShowOptions {
  readonly width: number
  readonly styles: Styles
  /** Debug lines, the post step's log and every summary section. */
  readonly verbose: boolean
  /** Summary sections (by their `###` title) to leave out unless verbose. */
  readonly leaveOut?: readonly string[]
}

/** A rule with a title: `── title ──────`, as wide as the output. */
export function heading(title: string, width: number, styles: Styles): string {
  const text = `── ${title} `
  return styles.bold(text + '─'.repeat(Math.max(3, width - displayWidth(text))))
}

/**
 * The summary without the `###` sections titled in `titles` (their title followed by anything,
 * e.g. "Migrations (dry run…)"): the Markdown left and the titles it left out.
 */
export function withoutSections(
  markdown: string,
  titles: readonly string[]
): { markdown: string; left: string[] } {
  const left: string[] = []
  const kept = markdown.split(/^(?=### )/m).filter((section) => {
    const title = /^### (.*)/.exec(section)?.[1]?.trim()
    const leave =
      title !== undefined && titles.some((t) => title === t || title.startsWith(`${t} `))
    if (leave) left.push(title)
    return !leave
  })
  return { markdown: kept.join(''), left }
}

/** The lines that show a run: log, outputs, job summary and exit code. */
export function showRun(run: ActionRun, options: ShowOptions): string[] {
  const { width, styles, verbose } = options
  // The summary below repeats a failure in full, so the log gives its first line.
  const log = readableLog(maskedLog(run), { width, styles, verbose, annotationsInFull: false })
  const stderr = run.stderr.trim() === '' ? [] : run.stderr.trim().split('\n')
  const outputs = Object.entries(run.outputs).flatMap(([name, value]) =>
    wrapLine(`  ${name}=${value}`, width, { hangingIndent: '    ', breakLongWords: true })
  )
  const summary = withoutSections(run.summary, verbose ? [] : (options.leaveOut ?? []))
  const post = verbose && run.post !== undefined && run.post.log.trim() !== ''
  return [
    heading('log', width, styles),
    ...log,
    ...stderr.flatMap((line) => wrapLine(styles.red(line), width)),
    heading('outputs', width, styles),
    ...(outputs.length === 0 ? ['  (none)'] : outputs),
    heading('job summary, as GitHub renders it on the run page', width, styles),
    renderMarkdown(summary.markdown, { width, styles }),
    ...(summary.left.length === 0
      ? []
      : ['', styles.dim(`(sections left out: ${summary.left.join(', ')}; --verbose shows them)`)]),
    ...(post ? [heading('post step', width, styles), ...readableLog(run.post!.log, options)] : []),
    run.exitCode === 0
      ? styles.green(`Exit code 0.`)
      : styles.red(`Exit code ${run.exitCode ?? 'none (killed)'}.`)
  ]
}
