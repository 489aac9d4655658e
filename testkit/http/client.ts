import https from 'node:https'

/**
 * GETs a JSON document over HTTPS trusting the given CA. Used by the Entra stand-in to fetch an
 * assertion issuer's discovery document and JWKS, as Entra does.
 */
export async function fetchJsonOverHttps(
  url: string,
  ca: string,
  timeoutMs = 5000
): Promise<unknown> {
  const target = new URL(url)
  if (target.protocol !== 'https:') throw new Error(`refusing non-https URL ${url}`)
  return new Promise((resolve, reject) => {
    const req = https.get(target, { ca, timeout: timeoutMs, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        if ((res.statusCode ?? 0) >= 400) {
          reject(new Error(`GET ${url} answered ${res.statusCode}`))
          return
        }
        try {
          resolve(JSON.parse(text))
        } catch {
          reject(new Error(`GET ${url} did not answer JSON`))
        }
      })
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)))
    req.on('error', reject)
  })
}
