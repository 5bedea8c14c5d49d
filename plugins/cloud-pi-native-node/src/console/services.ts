import {
  ProjectService,
  projectServiceSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/** Per-plugin store values: `{ [plugin]: { [key]: value } }`. @public */
export type ProjectServiceValues = Record<string, Record<string, string>>;

/**
 * Tools of a project with their URLs and configuration items
 * (`/api/v1/projects/:project/services`).
 *
 * @public
 */
export interface CloudPiServicesApi {
  /** `admin` needs the MANAGE admin bit and shows admin-only items. */
  list(
    project: string,
    options?: { permissionTarget?: 'user' | 'admin' },
  ): Promise<ProjectService[]>;
  /** Writes the project store; keys the caller may not write are dropped. */
  update(project: string, values: ProjectServiceValues): Promise<void>;
}

/** Implementation of {@link CloudPiServicesApi}. */
export class ServicesResource implements CloudPiServicesApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(
    project: string,
    options: { permissionTarget?: 'user' | 'admin' } = {},
  ): Promise<ProjectService[]> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}/services`,
      z.array(projectServiceSchema),
      { query: { permissionTarget: options.permissionTarget } },
    );
  }

  async update(project: string, values: ProjectServiceValues): Promise<void> {
    return this.requester.callWithoutResult(
      'POST',
      endpoint`/api/v1/projects/${project}/services`,
      { body: values },
    );
  }
}
