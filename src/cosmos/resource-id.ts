/** Control characters: never part of a name, and unreadable in a log when they are. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/**
 * True when a value can name a Cosmos DB database, container or document in a request path:
 * no `/ \ ? #`, no control characters, and not `.` or `..`, which a URL resolves as a path
 * (a container `..` would send its writes to the database itself).
 */
export function isResourceId(value: string): boolean {
  return (
    !/[/\\?#]/.test(value) && !CONTROL_CHARACTERS.test(value) && value !== '.' && value !== '..'
  )
}

/** A value for an error message: control characters escaped, at most `max` characters. */
export function shown(value: string, max = 80): string {
  const text = CONTROL_CHARACTERS.test(value) ? JSON.stringify(value).slice(1, -1) : value
  return text.length > max ? `${text.slice(0, max)}… (${value.length} characters)` : text
}
