/**
 * A Bicep or Terraform identifier from a credential name: both languages take letters, digits and
 * `_`, and neither takes a leading digit.
 */
export function resourceIdentifier(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_]/g, '_')
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`
}
