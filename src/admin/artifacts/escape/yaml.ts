/** A YAML single-quoted scalar: nothing inside is special except the quote, written twice. */
export function yamlSingleQuoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/** A YAML flow sequence of single-quoted scalars, such as `['main', 'release']`. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlSingleQuoted).join(', ')}]`
}
