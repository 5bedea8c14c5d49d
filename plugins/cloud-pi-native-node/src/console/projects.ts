import {
  CreateProjectInput,
  Project,
  ProjectSecrets,
  ProjectStatus,
  projectSchema,
  projectSecretsSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/** Filters of `GET /api/v1/projects`; all are optional. @public */
export interface ListProjectsQuery {
  /** `member` (console default), `owned`, or `all` (needs the MANAGE admin bit). */
  filter?: 'owned' | 'member' | 'all';
  id?: string;
  /** Exact name. */
  name?: string;
  status?: ProjectStatus;
  statusIn?: ProjectStatus[];
  /** E.g. `['archived']`: archived projects are listed unless excluded. */
  statusNotIn?: ProjectStatus[];
  locked?: boolean;
  /** Description contains. */
  description?: string;
  /** Exact version, or the console's magic values `outdated` / `last`. */
  lastSuccessProvisionningVersion?: string;
  /** Name contains, or owner e-mail contains. */
  search?: string;
}

/** Body of `PUT /api/v1/projects/:id`; only the given fields change. @public */
export interface UpdateProjectInput {
  description?: string;
  /** Baseline permissions of every member, as a decimal bigint string. */
  everyonePerms?: string;
  /** Honoured for platform admins only. */
  locked?: boolean;
  /** Must be a human member; the former owner becomes a member. */
  ownerId?: string;
  limitless?: boolean;
  hprodCpu?: number;
  hprodGpu?: number;
  hprodMemory?: number;
  prodCpu?: number;
  prodGpu?: number;
  prodMemory?: number;
}

/**
 * Projects (`/api/v1/projects`). Every `project` argument accepts the UUID
 * or the slug. Create, update, replay and archive provision synchronously:
 * re-read the project afterwards to learn its real `status`.
 *
 * @public
 */
export interface CloudPiProjectsApi {
  list(query?: ListProjectsQuery): Promise<Project[]>;
  /** 404 for archived projects; needs membership or the MANAGE admin bit. */
  get(project: string): Promise<Project>;
  /** The caller becomes the owner: call as the user, not as an admin token. */
  create(input: CreateProjectInput): Promise<Project>;
  update(project: string, input: UpdateProjectInput): Promise<Project>;
  /** Archives the project and deletes its resources in every tool. */
  archive(project: string): Promise<void>;
  /** Re-runs provisioning (pushes member and role changes to the tools). */
  replayHooks(project: string): Promise<void>;
  /** Needs SEE_SECRETS; never cache the result. */
  getSecrets(project: string): Promise<ProjectSecrets>;
}

/** Implementation of {@link CloudPiProjectsApi}. */
export class ProjectsResource implements CloudPiProjectsApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(query: ListProjectsQuery = {}): Promise<Project[]> {
    return this.requester.call(
      'GET',
      '/api/v1/projects',
      z.array(projectSchema),
      { query: { ...query } },
    );
  }

  async get(project: string): Promise<Project> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}`,
      projectSchema,
    );
  }

  async create(input: CreateProjectInput): Promise<Project> {
    return this.requester.call('POST', '/api/v1/projects', projectSchema, {
      body: input,
      provisioning: true,
    });
  }

  async update(project: string, input: UpdateProjectInput): Promise<Project> {
    return this.requester.call(
      'PUT',
      endpoint`/api/v1/projects/${project}`,
      projectSchema,
      { body: input, provisioning: true },
    );
  }

  async archive(project: string): Promise<void> {
    return this.requester.callWithoutResult(
      'DELETE',
      endpoint`/api/v1/projects/${project}`,
      { provisioning: true },
    );
  }

  async replayHooks(project: string): Promise<void> {
    return this.requester.callWithoutResult(
      'PUT',
      endpoint`/api/v1/projects/${project}/hooks`,
      { provisioning: true },
    );
  }

  async getSecrets(project: string): Promise<ProjectSecrets> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}/secrets`,
      projectSecretsSchema,
    );
  }
}
