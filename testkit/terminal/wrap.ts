import { displayWidth } from './style.js'

/** How a long line is folded. */
export interface WrapOptions {
  /** Added after the line's own indentation on every line but the first (default two spaces). */
  readonly hangingIndent?: string
  /** Appended to every line but the last, e.g. ` \` so a shell command stays one command. */
  readonly continuation?: string
  /** Cut words longer than a line (table cells must fit); otherwise such a word overflows. */
  readonly breakLongWords?: boolean
}

/**
 * Folds one line at spaces to at most `width` columns. The line's leading spaces are kept on
 * every piece, so an indented block stays indented; escape codes take no width.
 */
export function wrapLine(line: string, width: number, options: WrapOptions = {}): string[] {
  const continuation = options.continuation ?? ''
  if (displayWidth(line) <= width) return [line]
  const lead = /^ */.exec(line)?.[0] ?? ''
  const next = lead + (options.hangingIndent ?? '  ')
  const words = line.slice(lead.length).split(/ +/)
  const lines: string[] = []
  let current = lead
  const place = (word: string): void => {
    let rest = word
    // A word wider than a whole line: cut it where it must be cut.
    while (options.breakLongWords === true && displayWidth(current + rest) > width) {
      const room = width - displayWidth(current) - displayWidth(continuation)
      const [head, tail] = cut(rest, Math.max(1, room))
      lines.push(current + head + continuation)
      current = next
      rest = tail
    }
    current += rest
  }
  place(words[0] ?? '')
  for (const word of words.slice(1)) {
    if (displayWidth(`${current} ${word}${continuation}`) <= width) {
      current = `${current} ${word}`
      continue
    }
    lines.push(current + continuation)
    current = next
    place(word)
  }
  lines.push(current)
  return lines
}

/** Folds every line of a text; see {@link wrapLine}. */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  return text.split('\n').flatMap((line) => wrapLine(line, width, options))
}

/** The first `columns` columns of a word and the rest, escape codes kept whole. */
function cut(word: string, columns: number): [string, string] {
  // eslint-disable-next-line no-control-regex -- an escape code is one piece of no width
  const pieces = word.match(/\u001b\[[0-9;]*m|[\s\S]/gu) ?? []
  let head = ''
  let at = 0
  for (const piece of pieces) {
    if (displayWidth(head + piece) > columns && displayWidth(head) > 0) break
    head += piece
    at += piece.length
  }
  return [head, word.slice(at)]
}
