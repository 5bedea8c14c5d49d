import { LoggerService } from '@backstage/backend-plugin-api';
import { z } from 'zod';
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
import {
  HarborArtifact,
  HarborProject,
  HarborRepository,
  harborArtifactSchema,
  harborErrorMessage,
  harborProjectSchema,
  harborRepositorySchema,
} from './schemas';

/** Options of {@link HarborClient.create}. @public */
export interface HarborClientOptions {
  baseUrl: string;
  username: string;
  password: string;
  timeouts?: Partial<CloudPiTimeoutOptions>;
  retries?: Partial<CloudPiRetryOptions>;
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  fetch?: typeof fetch;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

/** Harbor's largest page. */
const MAX_PAGE_SIZE = 100;

/** What every artifact read includes: tags, signatures (accessories), scan overview. */
const ARTIFACT_DETAILS = {
  with_tag: true,
  with_scan_overview: true,
  with_accessory: true,
  with_label: false,
};

/**
 * Harbor wants a repository name containing `/` encoded twice
 * (`a/b` → `a%252Fb`); `endpoint` encodes it once more.
 */
function doubleEncoded(repository: string): string {
  return repository.includes('/') ? encodeURIComponent(repository) : repository;
}

/**
 * Read-only client of the Harbor v2.0 API (`/api/v2.0`), with basic
 * authentication.
 *
 * @public
 */
export class HarborClient {
  static create(options: HarborClientOptions): HarborClient {
    const authorization = `Basic ${Buffer.from(
      `${options.username}:${options.password}`,
    ).toString('base64')}`;
    const transport = new HttpTransport({
      upstream: 'harbor',
      baseUrl: options.baseUrl,
      timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
      retries: { ...DEFAULT_RETRIES, ...options.retries },
      redactor: new SecretRedactor([
        options.password,
        authorization,
        ...(options.secrets ?? []),
      ]),
      errorMessage: harborErrorMessage,
      arrayQueryFormat: 'csv',
      logger: options.logger,
      onRequest: options.onRequest,
      fetch: options.fetch,
    });
    return new HarborClient(transport, authorization);
  }

  private constructor(
    private readonly transport: HttpTransport,
    private readonly authorization: string,
  ) {}

  /** `GET /projects/{project_name_or_id}`, by name. */
  async getProject(name: string): Promise<HarborProject> {
    return this.get(
      {
        method: 'GET',
        path: endpoint`/api/v2.0/projects/${name}`,
        headers: { 'X-Is-Resource-Name': 'true' },
      },
      harborProjectSchema,
    );
  }

  /** `GET /projects/{project_name}/repositories`: the newest first, one page. */
  async listRepositories(
    project: string,
    options: { pageSize?: number } = {},
  ): Promise<HarborRepository[]> {
    return this.get(
      {
        method: 'GET',
        path: endpoint`/api/v2.0/projects/${project}/repositories`,
        query: {
          page: 1,
          page_size: Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE),
          sort: '-update_time',
        },
      },
      z.array(harborRepositorySchema),
    );
  }

  /**
   * `GET /projects/{project_name}/repositories/{repository_name}/artifacts`,
   * newest push first, with tags, accessories (signatures) and the scan
   * overview. `repository` is the name inside the project (`<image>`).
   */
  async listArtifacts(
    project: string,
    repository: string,
    options: { pageSize?: number } = {},
  ): Promise<HarborArtifact[]> {
    return this.get(
      {
        method: 'GET',
        path: endpoint`/api/v2.0/projects/${project}/repositories/${doubleEncoded(
          repository,
        )}/artifacts`,
        query: {
          page: 1,
          page_size: Math.min(options.pageSize ?? 20, MAX_PAGE_SIZE),
          sort: '-push_time',
          ...ARTIFACT_DETAILS,
        },
      },
      z.array(harborArtifactSchema),
    );
  }

  /** `GET …/artifacts/{reference}` by tag or digest, with the same details as the list. */
  async getArtifact(
    project: string,
    repository: string,
    reference: string,
  ): Promise<HarborArtifact> {
    return this.get(
      {
        method: 'GET',
        path: endpoint`/api/v2.0/projects/${project}/repositories/${doubleEncoded(
          repository,
        )}/artifacts/${reference}`,
        query: ARTIFACT_DETAILS,
      },
      harborArtifactSchema,
    );
  }

  private get<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<T> {
    return this.transport.json(
      {
        ...request,
        headers: { ...request.headers, authorization: this.authorization },
      },
      schema,
    );
  }
}
