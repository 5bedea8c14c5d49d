import { LoggerService } from '@backstage/backend-plugin-api';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUTS } from '../http/defaults';
import { CloudPiTimeoutOptions, HttpTransport } from '../http/HttpTransport';
import { CloudPiRequestObserver } from '../http/observer';
import { SecretRedactor } from '../http/redaction';
import { CloudPiRetryOptions } from '../http/retryPolicy';
import { consoleErrorMessage } from './consoleErrorMessage';
import { ConsoleRequester } from './ConsoleRequester';
import { CloudPiCredential } from './credentials';
import { CloudPiDeploymentsApi, DeploymentsResource } from './deployments';
import { CloudPiEnvironmentsApi, EnvironmentsResource } from './environments';
import { CloudPiLogsApi, LogsResource } from './logs';
import { CloudPiMembersApi, MembersResource } from './members';
import { CloudPiPlatformApi, PlatformResource } from './platform';
import { CloudPiProjectsApi, ProjectsResource } from './projects';
import { CloudPiRepositoriesApi, RepositoriesResource } from './repositories';
import { CloudPiRolesApi, RolesResource } from './roles';
import { CloudPiServicesApi, ServicesResource } from './services';
import { CloudPiSystemApi, SystemResource } from './system';

/** Options of {@link CloudPiConsoleClient.create}. @public */
export interface CloudPiConsoleClientOptions {
  /** Console origin; the API lives under `/api/v1` and `/api/v2`. */
  baseUrl: string;
  credential: CloudPiCredential;
  timeouts?: Partial<CloudPiTimeoutOptions>;
  retries?: Partial<CloudPiRetryOptions>;
  logger?: LoggerService;
  /** Told about every request attempt (metrics, benchmarks). */
  onRequest?: CloudPiRequestObserver;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

/**
 * Typed client of the Cloud π Native console API. Responses are validated
 * with the common zod schemas; errors are `@backstage/errors` classes
 * carrying the console's message, and never a credential.
 *
 * @public
 */
export class CloudPiConsoleClient {
  readonly projects: CloudPiProjectsApi;
  readonly environments: CloudPiEnvironmentsApi;
  readonly repositories: CloudPiRepositoriesApi;
  readonly deployments: CloudPiDeploymentsApi;
  readonly members: CloudPiMembersApi;
  readonly roles: CloudPiRolesApi;
  readonly services: CloudPiServicesApi;
  readonly platform: CloudPiPlatformApi;
  readonly logs: CloudPiLogsApi;
  readonly system: CloudPiSystemApi;

  static create(options: CloudPiConsoleClientOptions): CloudPiConsoleClient {
    const transport = new HttpTransport({
      upstream: 'console',
      baseUrl: options.baseUrl,
      timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
      retries: { ...DEFAULT_RETRIES, ...options.retries },
      redactor: new SecretRedactor([
        options.credential.token,
        ...(options.secrets ?? []),
      ]),
      errorMessage: consoleErrorMessage,
      logger: options.logger,
      onRequest: options.onRequest,
      fetch: options.fetch,
    });
    return new CloudPiConsoleClient(transport, options.credential);
  }

  private constructor(
    private readonly transport: HttpTransport,
    private readonly credential: CloudPiCredential,
  ) {
    const requester = new ConsoleRequester(transport, credential);
    this.projects = new ProjectsResource(requester);
    this.environments = new EnvironmentsResource(requester);
    this.repositories = new RepositoriesResource(requester);
    this.deployments = new DeploymentsResource(requester);
    this.members = new MembersResource(requester);
    this.roles = new RolesResource(requester);
    this.services = new ServicesResource(requester);
    this.platform = new PlatformResource(requester);
    this.logs = new LogsResource(requester);
    this.system = new SystemResource(requester);
  }

  /**
   * A client acting as someone else (a user's OIDC token or PAT), sharing
   * the rest of the configuration. Use it for mutations: the console makes
   * the caller the owner and refuses repository writes from bots.
   */
  withCredential(credential: CloudPiCredential): CloudPiConsoleClient {
    return new CloudPiConsoleClient(this.transport, credential);
  }

  /** A client that also reports its requests to `onRequest`. */
  withObserver(onRequest: CloudPiRequestObserver): CloudPiConsoleClient {
    return new CloudPiConsoleClient(
      this.transport.withObserver(onRequest),
      this.credential,
    );
  }
}
