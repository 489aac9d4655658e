/**
 * Colour and width for what the demo and the local cloud's commands print. Colour only goes to
 * a terminal, and never when NO_COLOR is set (https://no-color.org): a log piped to a file or
 * read by another program must not carry escape codes.
 */

/** Whether to colour output: stdout is a terminal and NO_COLOR is unset or empty. */
export function useColour(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>
): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] ?? '') === ''
}

/** How wide to print: the terminal's width up to 100 columns, 100 when not a terminal. */
export function outputWidth(stream: {
  readonly isTTY?: boolean
  readonly columns?: number
}): number {
  // A terminal that reports no size (0 columns, as some pseudo-terminals do) counts as 100.
  const columns = stream.isTTY === true && stream.columns ? stream.columns : 100
  // Below 60 columns tables cannot be drawn legibly at all; wider than 100 reads badly.
  return Math.max(60, Math.min(100, columns))
}

/** Text styles that are the identity when colour is off. */
export interface Styles {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly green: (text: string) => string
  readonly cyan: (text: string) => string
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`

/** The styles for a stream: SGR escape codes when colouring, plain text otherwise. */
export function stylesFor(colour: boolean): Styles {
  const plain = (text: string): string => text
  if (!colour)
    return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39)
  }
}

// The escape character is the point of this pattern.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g

/** The text without SGR escape codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}

/**
 * Columns the text takes in a terminal: escape codes take none; emoji drawn as emoji (✅, ❌, 🔍,
 * or ⚠️ with its variation selector) two; variation selectors and combining marks none; the rest
 * one.
 */
export function displayWidth(text: string): number {
  const chars = [...stripAnsi(text)]
  let width = 0
  chars.forEach((char, index) => {
    if (/[\uFE00-\uFE0F\u200B-\u200D\p{Mn}]/u.test(char)) return
    const emoji =
      /\p{Emoji_Presentation}/u.test(char) ||
      (/\p{Extended_Pictographic}/u.test(char) && chars[index + 1] === '\uFE0F')
    width += emoji ? 2 : 1
  })
  return width
}
