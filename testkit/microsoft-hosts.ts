import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadTlsMaterial } from './tls.js'

/**
 * Microsoft's own host names (login.microsoftonline.com, management.azure.com) answered by the
 * local cloud, for tools that cannot be pointed anywhere else: the az CLI's MSAL for Python
 * looks up any authority that is not a Microsoft host at login.microsoftonline.com first
 * (msal/authority.py, instance discovery), so az can only log in against an authority it
 * believes is Microsoft's. A proxy on loopback (given to the tool as HTTPS_PROXY) tunnels
 * CONNECTs for the mapped host names to a front server with a certificate for them, issued by a
 * throwaway CA made for the run; the front forwards each request to the local service. Every
 * other host is refused: nothing but loopback is ever contacted.
 */
export interface MicrosoftHosts {
  /** `http://127.0.0.1:PORT`: HTTPS_PROXY for the tool. */
  readonly proxy: string
  /** A CA bundle holding the test CA and the run's own CA: REQUESTS_CA_BUNDLE for the tool. */
  readonly caBundle: string
  /** Host names the proxy refused, in order: a test asserts what the tool tried to reach. */
  readonly refused: readonly string[]
  close(): Promise<void>
}

/** Maps each host name to the origin (`https://localhost:PORT`) that answers for it. */
export async function startMicrosoftHosts(
  origins: Readonly<Record<string, string>>
): Promise<MicrosoftHosts> {
  const dir = await mkdtemp(join(tmpdir(), 'microsoft-hosts-'))
  const { cert, key } = issueCertificate(dir, Object.keys(origins))
  const caBundle = join(dir, 'bundle.pem')
  await writeFile(caBundle, `${loadTlsMaterial().ca}\n${await readFile(join(dir, 'ca.pem'))}`)
  const front = https.createServer({ cert, key }, (req, res) => forward(origins, req, res))
  await listen(front)
  const refused: string[] = []
  const proxy = http.createServer((_, res) => res.writeHead(403).end())
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    const host = (req.url ?? '').replace(/:443$/, '')
    if (origins[host] === undefined) {
      refused.push(host)
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = net.connect(port(front), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client).pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await listen(proxy)
  return {
    proxy: `http://127.0.0.1:${port(proxy)}`,
    caBundle,
    refused,
    close: async () => {
      for (const server of [proxy, front]) {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** A CA for this run and a certificate it signs for the host names, made with openssl. */
function issueCertificate(dir: string, hosts: readonly string[]): { cert: Buffer; key: Buffer } {
  const file = (name: string): string => join(dir, name)
  const openssl = (...args: string[]): void =>
    void execFileSync('openssl', args, { stdio: 'ignore' })
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(
    ...['req', '-x509', ...newKey, '-keyout', file('ca.key'), '-out', file('ca.pem')],
    ...['-days', '1', '-subj', '/CN=local cloud, Microsoft host names (one run)'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']
  )
  openssl(
    ...['req', '-new', ...newKey, '-keyout', file('host.key'), '-out', file('host.csr')],
    ...['-subj', `/CN=${hosts[0] ?? 'localhost'}`]
  )
  writeFileSync(
    file('host.ext'),
    `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}\nextendedKeyUsage=serverAuth\n`
  )
  openssl(
    ...['x509', '-req', '-in', file('host.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key')],
    ...['-CAcreateserial', '-days', '1', '-extfile', file('host.ext'), '-out', file('host.pem')]
  )
  return { cert: readFileSync(file('host.pem')), key: readFileSync(file('host.key')) }
}

/** Sends the request on to the local service for its host name, and its answer back. */
function forward(
  origins: Readonly<Record<string, string>>,
  req: http.IncomingMessage,
  res: http.ServerResponse
): void {
  const origin = new URL(origins[(req.headers.host ?? '').replace(/:443$/, '')] ?? '')
  const upstream = https.request(
    {
      host: '127.0.0.1',
      port: origin.port,
      servername: origin.hostname,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: origin.host },
      ca: loadTlsMaterial().ca
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    }
  )
  upstream.on('error', () => res.destroy())
  req.pipe(upstream)
}

function listen(server: net.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
}

function port(server: net.Server): number {
  return (server.address() as net.AddressInfo).port
}
