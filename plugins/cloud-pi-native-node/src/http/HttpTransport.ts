import { LoggerService } from '@backstage/backend-plugin-api';
import { z } from 'zod';
import {
  CloudPiNativeInvalidResponseError,
  CloudPiNativeTimeoutError,
  CloudPiRequestTarget,
  errorFromStatus,
  networkErrorReason,
  unreachableError,
} from './errors';
import { CloudPiRequestObserver, notifyObserver } from './observer';
import { SecretRedactor } from './redaction';
import {
  CloudPiRetryOptions,
  backoffDelay,
  isRetryableMethod,
  isRetryableStatus,
  retryAfterDelay,
} from './retryPolicy';
import { CloudPiUpstream, upstreamTitle } from './upstreams';

/** HTTP methods the clients use. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A query value; `undefined` entries and empty arrays are left out. */
export type QueryValue = string | number | boolean | string[] | undefined;

/** Timeouts of an upstream, in milliseconds. @public */
export interface CloudPiTimeoutOptions {
  /** Reads and quick writes. */
  requestMs: number;
  /** Mutations the console answers only after synchronous provisioning. */
  provisioningMs: number;
}

/** One request, described independently of the transport. */
export interface HttpRequest {
  method: HttpMethod;
  /** Path below the base URL, already encoded (see `endpoint`). */
  path: string;
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** `provisioning` selects the long timeout. Defaults to `request`. */
  timeout?: 'request' | 'provisioning';
}

/** Options of {@link HttpTransport}. */
export interface HttpTransportOptions {
  upstream: CloudPiUpstream;
  baseUrl: string;
  timeouts: CloudPiTimeoutOptions;
  retries: CloudPiRetryOptions;
  redactor: SecretRedactor;
  /** Extracts the human message from an upstream error body. */
  errorMessage: (body: unknown) => string | undefined;
  /** How array query values are sent: `a=1,2` or `a=1&a=2`. */
  arrayQueryFormat?: 'csv' | 'repeat';
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  /** Defaults to the global `fetch`, looked up on every call. */
  fetch?: typeof fetch;
  random?: () => number;
}

/**
 * The one place where upstream HTTP calls happen: per-attempt timeouts,
 * retries of idempotent reads, status-to-error mapping and redaction of
 * every text that comes back from upstream.
 */
export class HttpTransport {
  constructor(private readonly options: HttpTransportOptions) {}

  /** The same transport, also reporting to `onRequest`. */
  withObserver(onRequest: CloudPiRequestObserver | undefined): HttpTransport {
    return new HttpTransport({ ...this.options, onRequest });
  }

  /** Sends a request and validates its JSON body against `schema`. */
  async json<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<T> {
    const target = this.target(request);
    const text = await this.execute(request, target);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new CloudPiNativeInvalidResponseError(
        target,
        'the body is not JSON',
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new CloudPiNativeInvalidResponseError(
        target,
        this.options.redactor.redact(describeIssues(parsed.error)),
      );
    }
    return parsed.data;
  }

  /** Sends a request whose response body is not needed. */
  async send(request: HttpRequest): Promise<void> {
    await this.execute(request, this.target(request));
  }

  private target(request: HttpRequest): CloudPiRequestTarget {
    return {
      upstream: this.options.upstream,
      method: request.method,
      path: this.options.redactor.redact(request.path),
    };
  }

  private async execute(
    request: HttpRequest,
    target: CloudPiRequestTarget,
  ): Promise<string> {
    const { retries, timeouts } = this.options;
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...request.headers,
    };
    let body: string | undefined;
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const redactor = this.options.redactor.forRequest(headers, request.body);
    const timeoutMs =
      request.timeout === 'provisioning'
        ? timeouts.provisioningMs
        : timeouts.requestMs;
    const maxAttempts = isRetryableMethod(request.method) ? retries.max + 1 : 1;
    const url = this.url(request);

    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let response: Response;
      let text: string;
      try {
        response = await (this.options.fetch ?? fetch)(url, {
          method: request.method,
          headers,
          body,
          signal: controller.signal,
        });
        // The timer also covers a body that trickles in.
        text = await response.text();
      } catch (error) {
        this.report(target, undefined, started, attempt);
        if (controller.signal.aborted) {
          throw new CloudPiNativeTimeoutError({ ...target, timeoutMs });
        }
        const reason = networkErrorReason(error);
        if (attempt < maxAttempts) {
          await this.pause(
            target,
            backoffDelay(attempt, retries, this.options.random),
            reason ?? 'network error',
            attempt,
            maxAttempts,
          );
          continue;
        }
        throw unreachableError(target, reason);
      } finally {
        clearTimeout(timer);
      }

      this.report(target, response.status, started, attempt);
      if (response.ok) return text;

      if (isRetryableStatus(response.status) && attempt < maxAttempts) {
        const delay =
          retryAfterDelay(
            response.headers.get('retry-after'),
            retries.maxDelayMs,
          ) ?? backoffDelay(attempt, retries, this.options.random);
        await this.pause(
          target,
          delay,
          String(response.status),
          attempt,
          maxAttempts,
        );
        continue;
      }

      const message = this.errorMessage(text);
      throw errorFromStatus(
        target,
        response.status,
        message === undefined ? undefined : redactor.redact(message),
      );
    }
  }

  private errorMessage(text: string): string | undefined {
    if (text === '') return undefined;
    try {
      return this.options.errorMessage(JSON.parse(text));
    } catch {
      // Proxies answer with HTML pages: never echo them.
      return undefined;
    }
  }

  private report(
    target: CloudPiRequestTarget,
    status: number | undefined,
    started: number,
    attempt: number,
  ): void {
    const durationMs = Date.now() - started;
    this.options.logger?.debug(
      `${target.method} ${target.path} -> ${status ?? 'no response'}`,
      { ...target, status, durationMs, attempt },
    );
    notifyObserver(this.options.onRequest, {
      ...target,
      status,
      durationMs,
      attempt,
    });
  }

  private async pause(
    target: CloudPiRequestTarget,
    delayMs: number,
    reason: string,
    attempt: number,
    maxAttempts: number,
  ): Promise<void> {
    this.options.logger?.warn(
      `${upstreamTitle(target.upstream)} ${target.method} ${
        target.path
      } failed (${reason}); retrying in ${delayMs} ms (attempt ${
        attempt + 1
      }/${maxAttempts})`,
      { ...target, reason, delayMs, attempt },
    );
    await new Promise(resolve => setTimeout(resolve, delayMs));
  }

  private url(request: HttpRequest): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value === undefined) continue;
      if (!Array.isArray(value)) {
        params.set(key, String(value));
      } else if (this.options.arrayQueryFormat === 'repeat') {
        value.forEach(item => params.append(key, item));
      } else if (value.length > 0) {
        params.set(key, value.join(','));
      }
    }
    const query = params.toString();
    return `${this.options.baseUrl.replace(/\/+$/, '')}${request.path}${
      query ? `?${query}` : ''
    }`;
  }
}

function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 5).map(issue => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - issues.length;
  return issues.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
