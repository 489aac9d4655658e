import { readFileSync } from 'node:fs'
import tls from 'node:tls'
import { fileURLToPath } from 'node:url'

/** The committed test CA, server certificate and key that every local service uses. */
export interface TlsMaterial {
  ca: string
  cert: string
  key: string
}

const tlsDir = fileURLToPath(new URL('./fixtures/tls/', import.meta.url))

/** Absolute path of the test CA (give it to child processes as NODE_EXTRA_CA_CERTS). */
export const caFile = `${tlsDir}ca.pem`

let cached: TlsMaterial | undefined

/** Reads the TLS fixtures once. */
export function loadTlsMaterial(): TlsMaterial {
  cached ??= {
    ca: readFileSync(caFile, 'utf8'),
    cert: readFileSync(`${tlsDir}server.pem`, 'utf8'),
    key: readFileSync(`${tlsDir}server.key`, 'utf8')
  }
  return cached
}

/**
 * Makes this process trust the test CA for every TLS client that uses the defaults (node:https,
 * global fetch, the Azure SDKs). NODE_EXTRA_CA_CERTS is read only at process start, so an
 * in-process test (jest) cannot rely on it; child processes should still get NODE_EXTRA_CA_CERTS.
 */
export function trustTestCaInProcess(): void {
  const { ca } = loadTlsMaterial()
  const current = tls.getCACertificates('default')
  if (current.some((pem) => pem.trim() === ca.trim())) return
  tls.setDefaultCACertificates([...current, ca])
}
