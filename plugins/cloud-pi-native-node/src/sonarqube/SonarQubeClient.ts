import { LoggerService } from '@backstage/backend-plugin-api';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUTS } from '../http/defaults';
import { CloudPiTimeoutOptions, HttpTransport } from '../http/HttpTransport';
import { CloudPiRequestObserver } from '../http/observer';
import { SecretRedactor } from '../http/redaction';
import { CloudPiRetryOptions } from '../http/retryPolicy';
import {
  SonarQubeAnalysis,
  SonarQubeCondition,
  SonarQubeNewCodePeriod,
  analysesResponseSchema,
  measuresResponseSchema,
  projectStatusResponseSchema,
  sonarQubeErrorMessage,
} from './schemas';

/** Options of {@link SonarQubeClient.create}. @public */
export interface SonarQubeClientOptions {
  baseUrl: string;
  /** User token allowed to browse the projects. */
  token: string;
  timeouts?: Partial<CloudPiTimeoutOptions>;
  retries?: Partial<CloudPiRetryOptions>;
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  fetch?: typeof fetch;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

/** Which code line to read; the main branch when omitted. @public */
export interface SonarQubeBranchOptions {
  branch?: string;
  pullRequest?: string;
}

/** Quality gate status of a project. @public */
export interface SonarQubeQualityGate {
  /** `NONE` when no analysis or gate applies yet. */
  status: 'OK' | 'WARN' | 'ERROR' | 'NONE';
  conditions: SonarQubeCondition[];
  newCodePeriod?: SonarQubeNewCodePeriod;
}

/** One metric, overall and on new code. Values are strings, as SonarQube sends them. @public */
export interface SonarQubeMeasure {
  /** Overall value; absent for `new_*` metrics. */
  value?: string;
  /** Value on new code (the "period" value). */
  newCodeValue?: string;
  bestValue?: boolean;
}

/** Measures of a project, keyed by metric key. Metrics without data are absent. @public */
export interface SonarQubeMeasures {
  projectKey: string;
  measures: Record<string, SonarQubeMeasure>;
  newCodePeriod?: SonarQubeNewCodePeriod;
}

/**
 * Read-only SonarQube Web API client for the quality data of the projects
 * the console provisions (keys from `sonarQubeProjectKey`).
 *
 * @public
 */
export class SonarQubeClient {
  static create(options: SonarQubeClientOptions): SonarQubeClient {
    // A token as the login of Basic auth works on every SonarQube version.
    const authorization = `Basic ${Buffer.from(`${options.token}:`).toString(
      'base64',
    )}`;
    return new SonarQubeClient(
      new HttpTransport({
        upstream: 'sonarqube',
        baseUrl: options.baseUrl,
        timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
        retries: { ...DEFAULT_RETRIES, ...options.retries },
        redactor: new SecretRedactor([
          options.token,
          authorization,
          ...(options.secrets ?? []),
        ]),
        errorMessage: sonarQubeErrorMessage,
        logger: options.logger,
        onRequest: options.onRequest,
        fetch: options.fetch,
      }),
      { authorization },
    );
  }

  private constructor(
    private readonly transport: HttpTransport,
    private readonly headers: Record<string, string>,
  ) {}

  /** `api/qualitygates/project_status`. */
  async getQualityGateStatus(
    projectKey: string,
    options: SonarQubeBranchOptions = {},
  ): Promise<SonarQubeQualityGate> {
    const { projectStatus } = await this.transport.json(
      {
        method: 'GET',
        path: '/api/qualitygates/project_status',
        query: { projectKey, ...options },
        headers: this.headers,
      },
      projectStatusResponseSchema,
    );
    return {
      status: projectStatus.status,
      conditions: projectStatus.conditions,
      newCodePeriod: projectStatus.period ?? projectStatus.periods?.[0],
    };
  }

  /** `api/measures/component`, including new-code values (`new_*` metrics). */
  async getMeasures(
    projectKey: string,
    metricKeys: string[],
    options: SonarQubeBranchOptions = {},
  ): Promise<SonarQubeMeasures> {
    const response = await this.transport.json(
      {
        method: 'GET',
        path: '/api/measures/component',
        query: {
          component: projectKey,
          metricKeys,
          additionalFields: 'period',
          ...options,
        },
        headers: this.headers,
      },
      measuresResponseSchema,
    );
    const measures: Record<string, SonarQubeMeasure> = {};
    for (const measure of response.component.measures) {
      const newCode = measure.period ?? measure.periods?.[0];
      measures[measure.metric] = {
        value: measure.value,
        newCodeValue: newCode?.value,
        bestValue: measure.bestValue ?? newCode?.bestValue,
      };
    }
    return {
      projectKey: response.component.key,
      measures,
      newCodePeriod: response.period ?? response.periods?.[0],
    };
  }

  /** The latest analyses, newest first (`api/project_analyses/search`). */
  async getLastAnalyses(
    projectKey: string,
    options: SonarQubeBranchOptions & { limit?: number } = {},
  ): Promise<SonarQubeAnalysis[]> {
    const { limit = 10, ...branch } = options;
    const { analyses } = await this.transport.json(
      {
        method: 'GET',
        path: '/api/project_analyses/search',
        query: { project: projectKey, ps: limit, ...branch },
        headers: this.headers,
      },
      analysesResponseSchema,
    );
    return analyses;
  }
}
