/**
 * A Bicep string literal. Bicep strings are single-quoted and interpolate `${`, so a backslash,
 * a quote and an interpolation opener are each escaped with a backslash.
 */
export function bicepString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('${', '\\${')}'`
}
