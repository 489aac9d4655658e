/** A word in single quotes for a POSIX shell, left bare when nothing in it needs quoting. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`
}
