import type { IncomingMessage, ServerResponse } from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { loadTlsMaterial } from '../tls.js'

/** A request handler; a thrown error becomes a 500 so one bad request never kills the cloud. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

/** One HTTPS service of the local cloud, listening on 127.0.0.1 with a random port. */
export interface LocalHttpsServer {
  /** `https://localhost:PORT`: the certificate names localhost, not the IP. */
  origin: string
  port: number
  close(): Promise<void>
}

/** Starts an HTTPS server with the test certificate on 127.0.0.1 and a random port. */
export async function startHttpsServer(
  name: string,
  handler: RequestHandler,
  log: (line: string) => void
): Promise<LocalHttpsServer> {
  const { cert, key } = loadTlsMaterial()
  const server = https.createServer({ cert, key, keepAlive: true }, (req, res) => {
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        log(`[${name}] internal error on ${req.method} ${req.url}: ${String(error)}`)
        if (!res.headersSent) sendJson(res, 500, { error: 'internal', message: String(error) })
        else res.destroy()
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `https://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets would otherwise hold the server (and jest) open.
        server.closeAllConnections()
      })
  }
}

/** Reads the whole request body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Answers with a JSON body. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

/** The bearer token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  return match?.[1]
}

/** Parses the request URL (the host is irrelevant: every service is on loopback). */
export function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'https://localhost')
}

/**
 * Calls `onHead` as soon as the response head is written. Request logs use this rather than the
 * 'finish' event, which can fire after an in-process client has already read the response.
 */
export function watchResponseHead(res: ServerResponse, onHead: () => void): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const result = writeHead(...args)
    onHead()
    return result
  }) as ServerResponse['writeHead']
}
