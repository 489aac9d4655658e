import { displayWidth, type Styles } from './style.js'
import { wrapText } from './wrap.js'

/**
 * Column widths that fit `available` columns. Each column first gets its longest word (so words
 * are not cut when they need not be), then the room left makes the columns nearest their
 * natural width whole and is shared equally by the others. When even the longest words do not fit, narrow columns keep
 * their natural width and the wide ones share the rest equally, cutting words.
 */
export function fitColumns(
  natural: readonly number[],
  available: number,
  longestWord: readonly number[] = natural
): number[] {
  if (natural.reduce((sum, width) => sum + width, 0) <= available) return [...natural]
  const widths = natural.map((width, index) => Math.min(width, longestWord[index] ?? width))
  let room = available - widths.reduce((sum, width) => sum + width, 0)
  if (room < 0) return shareEqually(natural, available)
  // Water-filling: the columns short of their natural width by least are made whole first.
  const short = widths
    .map((width, index) => ({ index, deficit: (natural[index] ?? 0) - width }))
    .filter(({ deficit }) => deficit > 0)
    .sort((a, b) => a.deficit - b.deficit)
  short.forEach(({ index, deficit }, rank) => {
    const give = Math.min(deficit, Math.floor(room / (short.length - rank)))
    widths[index] = (widths[index] ?? 0) + give
    room -= give
  })
  return widths
}

/** Narrow columns keep their width; the room left is shared equally by the wide ones. */
function shareEqually(natural: readonly number[], available: number): number[] {
  const widths = [...natural]
  const byWidth = natural
    .map((width, index) => ({ width, index }))
    .sort((a, b) => a.width - b.width)
  let room = available
  byWidth.forEach(({ width, index }, rank) => {
    const share = Math.floor(room / (byWidth.length - rank))
    widths[index] = Math.max(1, Math.min(width, share))
    room -= widths[index] as number
  })
  return widths
}

/**
 * A table drawn with box characters in at most `width` columns, cells wrapped (at spaces, or
 * anywhere in a word that is wider than its column). Rows are separated by a rule only when some
 * row takes more than one line, so short tables stay short.
 */
export function drawTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  width: number,
  styles: Pick<Styles, 'bold' | 'dim'>
): string[] {
  const all = [header, ...rows]
  const columns = header.length
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(1, ...all.flatMap((row) => (row[column] ?? '').split('\n').map(displayWidth)))
  )
  const longestWord = Array.from({ length: columns }, (_, column) =>
    Math.max(1, ...all.flatMap((row) => (row[column] ?? '').split(/\s+/).map(displayWidth)))
  )
  // Each column has a space either side and a bar to its left; one more bar closes the row.
  const widths = fitColumns(natural, width - (3 * columns + 1), longestWord)
  const cellLines = (row: readonly string[]): string[][] =>
    widths.map((w, column) =>
      wrapText(row[column] ?? '', w, { hangingIndent: '', breakLongWords: true })
    )
  const bar = styles.dim('│')
  const line = (row: readonly string[], bold: boolean): string[] => {
    const cells = cellLines(row)
    const height = Math.max(...cells.map((cell) => cell.length))
    return Array.from({ length: height }, (_, at) => {
      const parts = cells.map((cell, column) => {
        const text = cell[at] ?? ''
        const padded = text + ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(text)))
        return bold ? styles.bold(padded) : padded
      })
      return `${bar} ${parts.join(` ${bar} `)} ${bar}`
    })
  }
  const rule = (left: string, middle: string, right: string): string =>
    styles.dim(left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right)
  const body = rows.map((row) => line(row, false))
  const separated = body.some((rowLines) => rowLines.length > 1)
  // A table with an empty header row (a list of name and value) is drawn without one.
  const head = header.every((cell) => cell.trim() === '')
    ? []
    : [...line(header, true), rule('├', '┼', '┤')]
  return [
    rule('┌', '┬', '┐'),
    ...head,
    ...body.flatMap((rowLines, index) =>
      separated && index > 0 ? [rule('├', '┼', '┤'), ...rowLines] : rowLines
    ),
    rule('└', '┴', '┘')
  ]
}
