/**
 * A Terraform (HCL) string literal. Besides `\` and `"`, HCL reads `${` as an interpolation and
 * `%{` as a template directive: doubling the first character makes each literal.
 */
export function hclString(value: string): string {
  return `"${value
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('${', () => '$${')
    .replaceAll('%{', '%%{')}"`
}
