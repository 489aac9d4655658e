/** Small, pure builders for the job summary's Markdown. */

/** Escapes text for a Markdown table cell. */
export function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

/** Inline code that survives backticks inside the value. */
export function code(value: string): string {
  return value.includes('`') ? `<code>${value.replace(/</g, '&lt;')}</code>` : `\`${value}\``
}

/** A Markdown table from a header row and rows of cells (cells are escaped here). */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n')
}
