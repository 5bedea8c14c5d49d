import { Role, roleSchema } from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/** Body of a role creation. @public */
export interface CreateRoleInput {
  /** At most 30 characters. */
  name: string;
  /** Permission bits as a decimal bigint string. */
  permissions: string;
  /** Must start with `/` (stored under `/<slug>`). */
  oidcGroup?: string;
  /** `managed` (default), `external` or `global`; `system:*` is refused. */
  type?: string;
}

/** One role change of a batch patch; `system:*` roles are immutable. @public */
export interface PatchRoleInput {
  id: string;
  name?: string;
  permissions?: string;
  /** When one position is sent, every role must receive one. */
  position?: number;
  oidcGroup?: string;
  type?: string;
}

/**
 * Roles of a project (`/api/v1/projects/:project/roles`). Writes trigger a
 * provisioning run.
 *
 * @public
 */
export interface CloudPiRolesApi {
  /** Ordered by position. */
  list(project: string): Promise<Role[]>;
  /** Returns every role of the project after the creation. */
  create(project: string, input: CreateRoleInput): Promise<Role[]>;
  /** Returns every role of the project after the change. */
  patch(project: string, changes: PatchRoleInput[]): Promise<Role[]>;
  delete(project: string, roleId: string): Promise<void>;
  /** Number of members per role id. */
  memberCounts(project: string): Promise<Record<string, number>>;
}

const memberCountsSchema = z.record(z.string(), z.number());

/** Implementation of {@link CloudPiRolesApi}. */
export class RolesResource implements CloudPiRolesApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(project: string): Promise<Role[]> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}/roles`,
      z.array(roleSchema),
    );
  }

  async create(project: string, input: CreateRoleInput): Promise<Role[]> {
    return this.requester.call(
      'POST',
      endpoint`/api/v1/projects/${project}/roles`,
      z.array(roleSchema),
      { body: input, provisioning: true },
    );
  }

  async patch(project: string, changes: PatchRoleInput[]): Promise<Role[]> {
    return this.requester.call(
      'PATCH',
      endpoint`/api/v1/projects/${project}/roles`,
      z.array(roleSchema),
      { body: changes, provisioning: true },
    );
  }

  async delete(project: string, roleId: string): Promise<void> {
    return this.requester.callWithoutResult(
      'DELETE',
      endpoint`/api/v1/projects/${project}/roles/${roleId}`,
      { provisioning: true },
    );
  }

  async memberCounts(project: string): Promise<Record<string, number>> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}/roles/member-counts`,
      memberCountsSchema,
    );
  }
}
