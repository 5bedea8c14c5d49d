import {
  CreateEnvironmentInput,
  Environment,
  UpdateEnvironmentInput,
  environmentSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/**
 * Environments of a project (`/api/v2/projects/:project/environments`).
 * Writes provision synchronously; a 500 after a write means "row persisted,
 * provisioning failed".
 *
 * @public
 */
export interface CloudPiEnvironmentsApi {
  list(project: string): Promise<Environment[]>;
  create(project: string, input: CreateEnvironmentInput): Promise<Environment>;
  /** Only `cpu`, `gpu`, `memory` and `autosync` can change (all required). */
  update(
    project: string,
    environmentId: string,
    input: UpdateEnvironmentInput,
  ): Promise<Environment>;
  delete(project: string, environmentId: string): Promise<void>;
}

/** Implementation of {@link CloudPiEnvironmentsApi}. */
export class EnvironmentsResource implements CloudPiEnvironmentsApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(project: string): Promise<Environment[]> {
    return this.requester.call(
      'GET',
      endpoint`/api/v2/projects/${project}/environments`,
      z.array(environmentSchema),
    );
  }

  async create(
    project: string,
    input: CreateEnvironmentInput,
  ): Promise<Environment> {
    return this.requester.call(
      'POST',
      endpoint`/api/v2/projects/${project}/environments`,
      environmentSchema,
      { body: input, provisioning: true },
    );
  }

  async update(
    project: string,
    environmentId: string,
    input: UpdateEnvironmentInput,
  ): Promise<Environment> {
    return this.requester.call(
      'PUT',
      endpoint`/api/v2/projects/${project}/environments/${environmentId}`,
      environmentSchema,
      { body: input, provisioning: true },
    );
  }

  async delete(project: string, environmentId: string): Promise<void> {
    return this.requester.callWithoutResult(
      'DELETE',
      endpoint`/api/v2/projects/${project}/environments/${environmentId}`,
      { provisioning: true },
    );
  }
}
