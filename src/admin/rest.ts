import type { TokenCredential } from '@azure/identity'
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type Pipeline
} from '@azure/core-rest-pipeline'

/** A failed call to Microsoft Graph or Azure Resource Manager, with the service's code and words. */
export class RestApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serviceMessage: string,
    readonly method: string,
    readonly url: string
  ) {
    super(`${method} ${url}: ${status} ${code}: ${serviceMessage}`)
    this.name = 'RestApiError'
  }
}

/**
 * JSON over HTTPS to Graph or ARM with the Azure SDK's pipeline: bearer tokens for one scope from
 * the caller's credential, and its retries of throttling, 5xx and dropped connections.
 */
export class RestClient {
  private readonly pipeline: Pipeline
  private readonly http: HttpClient = createDefaultHttpClient()

  constructor(
    credential: TokenCredential,
    private readonly base: string,
    scope: string
  ) {
    this.pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 4 } })
    this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: scope }))
  }

  /** Sends a request; resolves with status and parsed body for 2xx, throws RestApiError otherwise. */
  async send<T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown
  ): Promise<{ status: number; body: T }> {
    const url = `${this.base.replace(/\/$/, '')}${path}`
    const request = createPipelineRequest({
      url,
      method,
      headers: createHttpHeaders({
        'content-type': 'application/json',
        accept: 'application/json'
      }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const response = await this.pipeline.sendRequest(this.http, request)
    const text = response.bodyAsText ?? ''
    let parsed: unknown
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {
      parsed = text
    }
    if (response.status >= 400) {
      const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error
      throw new RestApiError(
        response.status,
        error?.code ?? `HTTP ${response.status}`,
        error?.message ?? (typeof parsed === 'string' ? parsed.slice(0, 300) : ''),
        method,
        url
      )
    }
    return { status: response.status, body: parsed as T }
  }
}
