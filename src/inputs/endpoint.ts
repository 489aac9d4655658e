import type { Field } from './readers.js'
import { KEY_MATERIAL, RULE } from './problems.js'

/**
 * Validates an https base URL and returns it as `https://host[:port]/`, or records a problem.
 * Values that hold a key or a password are never echoed, and the problem says to rotate them.
 */
export function parseEndpoint(field: Field): string | undefined {
  const { name, value } = field
  if (KEY_MATERIAL.test(value)) {
    field.report(
      `'${name}' looks like a connection string with an account key. This action needs no key: ` +
        'give the account endpoint (https://<account>.documents.azure.com:443/) and remove the key ' +
        'from the workflow, then rotate it, since it has been exposed.'
    )
    return undefined
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    field.problem(`is not a URL; it ${RULE.httpsUrl}`)
    return undefined
  }
  const refused = refusal(name, url)
  if (refused !== undefined) {
    field.report(refused)
    return undefined
  }
  if (url.protocol !== 'https:') {
    field.problem(`${RULE.httpsUrl}; Entra tokens are only ever sent over https`)
    return undefined
  }
  if (url.search !== '' || url.hash !== '' || url.pathname !== '/') {
    field.problem(RULE.httpsUrl)
    return undefined
  }
  return `${url.origin}/`
}

/** Problems worded in full because the value must not be shown: it holds a secret. */
function refusal(name: string, url: URL): string | undefined {
  if (/^mongodb(\+srv)?:$/.test(url.protocol))
    // A MongoDB connection string holds the account key.
    return (
      `'${name}' is a MongoDB connection string (not shown here): this action speaks the Cosmos DB NoSQL API only, with no key; ` +
      'give the endpoint of a NoSQL account (https://<account>.documents.azure.com:443/). If the string held a key, rotate it, since it has been exposed.'
    )
  if (url.protocol === 'https:' && (url.username !== '' || url.password !== ''))
    return (
      `'${name}' holds credentials (user:password@host), not shown here: it ${RULE.httpsUrl}. ` +
      'Remove them from the workflow, then rotate the password, since it has been exposed.'
    )
  return undefined
}
