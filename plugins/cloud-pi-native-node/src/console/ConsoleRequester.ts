import { z } from 'zod';
import { HttpMethod, HttpTransport, QueryValue } from '../http/HttpTransport';
import { CloudPiCredential, credentialHeaders } from './credentials';

/** Options of a console call. */
export interface ConsoleCallOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The route provisions synchronously: use the long timeout. */
  provisioning?: boolean;
}

/** Sends console calls as one credential; shared by every resource. */
export class ConsoleRequester {
  private readonly headers: Record<string, string>;

  constructor(
    private readonly transport: HttpTransport,
    credential: CloudPiCredential,
  ) {
    this.headers = credentialHeaders(credential);
  }

  call<T>(
    method: HttpMethod,
    path: string,
    schema: z.ZodType<T>,
    options: ConsoleCallOptions = {},
  ): Promise<T> {
    return this.transport.json(this.request(method, path, options), schema);
  }

  callWithoutResult(
    method: HttpMethod,
    path: string,
    options: ConsoleCallOptions = {},
  ): Promise<void> {
    return this.transport.send(this.request(method, path, options));
  }

  private request(
    method: HttpMethod,
    path: string,
    options: ConsoleCallOptions,
  ) {
    return {
      method,
      path,
      query: options.query,
      body: options.body,
      headers: this.headers,
      timeout: options.provisioning
        ? ('provisioning' as const)
        : ('request' as const),
    };
  }
}
