import { LoggerService } from '@backstage/backend-plugin-api';
import { AuthenticationError } from '@backstage/errors';
import { z } from 'zod';
import { CloudPiArgoCdAuth } from '../config/types';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUTS } from '../http/defaults';
import { endpoint } from '../http/endpoint';
import {
  CloudPiTimeoutOptions,
  HttpRequest,
  HttpTransport,
} from '../http/HttpTransport';
import { CloudPiRequestObserver } from '../http/observer';
import { SecretRedactor } from '../http/redaction';
import { CloudPiRetryOptions } from '../http/retryPolicy';
import { ArgoCdSession } from './ArgoCdSession';
import {
  ArgoCdApplication,
  applicationListSchema,
  argoCdApplicationSchema,
  argoCdErrorMessage,
  sessionSchema,
} from './schemas';

/** Options of {@link ArgoCdClient.create}. @public */
export interface ArgoCdClientOptions {
  baseUrl: string;
  auth: CloudPiArgoCdAuth;
  timeouts?: Partial<CloudPiTimeoutOptions>;
  retries?: Partial<CloudPiRetryOptions>;
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  fetch?: typeof fetch;
  /** Clock used for session expiry (tests). */
  now?: () => number;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

/** Static token, or a session renewed by logging in again. */
interface TokenSource {
  token(): Promise<string>;
  invalidate?(rejected: string): void;
}

/** Filters of an application list; all optional. @public */
export interface ArgoCdApplicationQuery {
  /** Label selector, e.g. `dso/project.slug=demo,dso/environment=dev`. */
  selector?: string;
  /** Argo CD projects (AppProjects) to restrict to. */
  projects?: string[];
  appNamespace?: string;
}

/**
 * Client of one zone's Argo CD API: reads, and the refresh, sync and
 * rollback operations. With username/password it
 * opens a session once, reuses it until shortly before it expires, and logs
 * in again once if Argo CD rejects it.
 *
 * @public
 */
export class ArgoCdClient {
  static create(options: ArgoCdClientOptions): ArgoCdClient {
    const { auth } = options;
    const transport = new HttpTransport({
      upstream: 'argocd',
      baseUrl: options.baseUrl,
      timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
      retries: { ...DEFAULT_RETRIES, ...options.retries },
      redactor: new SecretRedactor([
        auth.type === 'token' ? auth.token : auth.password,
        ...(options.secrets ?? []),
      ]),
      errorMessage: argoCdErrorMessage,
      arrayQueryFormat: 'repeat',
      logger: options.logger,
      onRequest: options.onRequest,
      fetch: options.fetch,
    });
    const tokens: TokenSource =
      auth.type === 'token'
        ? { token: async () => auth.token }
        : new ArgoCdSession(
            async () =>
              (
                await transport.json(
                  {
                    method: 'POST',
                    path: '/api/v1/session',
                    body: { username: auth.username, password: auth.password },
                  },
                  sessionSchema,
                )
              ).token,
            { now: options.now },
          );
    return new ArgoCdClient(transport, tokens);
  }

  private constructor(
    private readonly transport: HttpTransport,
    private readonly tokens: TokenSource,
  ) {}

  /** `GET /api/v1/applications`. */
  async listApplications(
    query: ArgoCdApplicationQuery = {},
  ): Promise<ArgoCdApplication[]> {
    const { items } = await this.authorized(
      {
        method: 'GET',
        path: '/api/v1/applications',
        query: { ...query },
      },
      applicationListSchema,
    );
    return items;
  }

  /** `GET /api/v1/applications/:name`. */
  async getApplication(
    name: string,
    options: { appNamespace?: string; project?: string } = {},
  ): Promise<ArgoCdApplication> {
    return this.authorized(
      {
        method: 'GET',
        path: endpoint`/api/v1/applications/${name}`,
        query: {
          appNamespace: options.appNamespace,
          projects: options.project ? [options.project] : undefined,
        },
      },
      argoCdApplicationSchema,
    );
  }

  /**
   * `GET /api/v1/applications/:name?refresh=normal`: makes Argo CD compare
   * the application with its sources now. `project` (the AppProject it
   * must belong to) makes Argo CD answer 404 for an application of
   * another project.
   */
  async refreshApplication(
    name: string,
    options: { project: string; hard?: boolean },
  ): Promise<ArgoCdApplication> {
    return this.authorized(
      {
        method: 'GET',
        path: endpoint`/api/v1/applications/${name}`,
        query: {
          refresh: options.hard ? 'hard' : 'normal',
          project: [options.project],
        },
      },
      argoCdApplicationSchema,
    );
  }

  /** `POST /api/v1/applications/:name/sync` (to the target revision), restricted to `project`. */
  async syncApplication(
    name: string,
    options: { project: string; prune?: boolean },
  ): Promise<ArgoCdApplication> {
    return this.authorized(
      {
        method: 'POST',
        path: endpoint`/api/v1/applications/${name}/sync`,
        body: { name, project: options.project, prune: options.prune ?? false },
      },
      argoCdApplicationSchema,
    );
  }

  /**
   * `POST /api/v1/applications/:name/rollback` to the deployment `id` of
   * `status.history`, restricted to `project`. Argo CD refuses it while
   * automated sync is on.
   */
  async rollbackApplication(
    name: string,
    options: { project: string; id: number; prune?: boolean },
  ): Promise<ArgoCdApplication> {
    return this.authorized(
      {
        method: 'POST',
        path: endpoint`/api/v1/applications/${name}/rollback`,
        body: {
          name,
          project: options.project,
          id: options.id,
          prune: options.prune ?? false,
        },
      },
      argoCdApplicationSchema,
    );
  }

  private async authorized<T>(
    request: HttpRequest,
    schema: z.ZodType<T>,
  ): Promise<T> {
    const token = await this.tokens.token();
    try {
      return await this.transport.json(withBearer(request, token), schema);
    } catch (error) {
      if (!(error instanceof AuthenticationError) || !this.tokens.invalidate) {
        throw error;
      }
      // The session expired or was revoked server-side: log in once more.
      this.tokens.invalidate(token);
      const renewed = await this.tokens.token();
      return this.transport.json(withBearer(request, renewed), schema);
    }
  }
}

function withBearer(request: HttpRequest, token: string): HttpRequest {
  return {
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${token}` },
  };
}
