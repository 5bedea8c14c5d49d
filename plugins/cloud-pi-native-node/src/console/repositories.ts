import {
  CreateRepositoryInput,
  Repository,
  SyncRepositoryInput,
  repositorySchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/**
 * Body of `PUT …/repositories/:id`; only the given fields change. Without
 * `externalToken` the stored token is kept; `isPrivate: false` clears it.
 *
 * @public
 */
export interface UpdateRepositoryInput {
  externalRepoUrl?: string;
  isPrivate?: boolean;
  externalUserName?: string;
  /** Write-only: stored in Vault, never returned. */
  externalToken?: string;
  isInfra?: boolean;
  deployRevision?: string;
  deployPath?: string;
  helmValuesFiles?: string;
}

/**
 * Repositories of a project (`/api/v2/projects/:project/repositories`).
 * Writes are refused for bots (admin tokens): call them as the user. A 422
 * after a write means "row persisted, provisioning failed".
 *
 * @public
 */
export interface CloudPiRepositoriesApi {
  list(project: string): Promise<Repository[]>;
  create(project: string, input: CreateRepositoryInput): Promise<Repository>;
  update(
    project: string,
    repositoryId: string,
    input: UpdateRepositoryInput,
  ): Promise<Repository>;
  delete(project: string, repositoryId: string): Promise<void>;
  /** Triggers the mirror pipeline from the external repository. */
  sync(
    project: string,
    repositoryId: string,
    input: SyncRepositoryInput,
  ): Promise<void>;
}

/** Implementation of {@link CloudPiRepositoriesApi}. */
export class RepositoriesResource implements CloudPiRepositoriesApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(project: string): Promise<Repository[]> {
    return this.requester.call(
      'GET',
      endpoint`/api/v2/projects/${project}/repositories`,
      z.array(repositorySchema),
    );
  }

  async create(
    project: string,
    input: CreateRepositoryInput,
  ): Promise<Repository> {
    return this.requester.call(
      'POST',
      endpoint`/api/v2/projects/${project}/repositories`,
      repositorySchema,
      { body: input, provisioning: true },
    );
  }

  async update(
    project: string,
    repositoryId: string,
    input: UpdateRepositoryInput,
  ): Promise<Repository> {
    return this.requester.call(
      'PUT',
      endpoint`/api/v2/projects/${project}/repositories/${repositoryId}`,
      repositorySchema,
      { body: input, provisioning: true },
    );
  }

  async delete(project: string, repositoryId: string): Promise<void> {
    return this.requester.callWithoutResult(
      'DELETE',
      endpoint`/api/v2/projects/${project}/repositories/${repositoryId}`,
      { provisioning: true },
    );
  }

  async sync(
    project: string,
    repositoryId: string,
    input: SyncRepositoryInput,
  ): Promise<void> {
    return this.requester.callWithoutResult(
      'POST',
      endpoint`/api/v2/projects/${project}/repositories/${repositoryId}/sync`,
      { body: input, provisioning: true },
    );
  }
}
