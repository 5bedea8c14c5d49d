import { Member, memberSchema } from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/** Who to add: a known e-mail (looked up in Keycloak if needed) or a user id. @public */
export type AddMemberInput = { email: string } | { userId: string };

/** New role set of one member; it replaces the member's `roleIds`. @public */
export interface MemberRolesInput {
  userId: string;
  roles: string[];
}

/**
 * Members of a project (`/api/v1/projects/:project/members`). The owner is
 * not a member. Changes reach the tools only at the next provisioning: call
 * `projects.replayHooks` after them.
 *
 * @public
 */
export interface CloudPiMembersApi {
  list(project: string): Promise<Member[]>;
  /** Returns the members after the addition. */
  add(project: string, input: AddMemberInput): Promise<Member[]>;
  /** Returns the members after the change. */
  setRoles(project: string, changes: MemberRolesInput[]): Promise<Member[]>;
  remove(project: string, userId: string): Promise<void>;
}

/** Implementation of {@link CloudPiMembersApi}. */
export class MembersResource implements CloudPiMembersApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(project: string): Promise<Member[]> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}/members`,
      z.array(memberSchema),
    );
  }

  async add(project: string, input: AddMemberInput): Promise<Member[]> {
    return this.requester.call(
      'POST',
      endpoint`/api/v1/projects/${project}/members`,
      z.array(memberSchema),
      { body: input },
    );
  }

  async setRoles(
    project: string,
    changes: MemberRolesInput[],
  ): Promise<Member[]> {
    return this.requester.call(
      'PATCH',
      endpoint`/api/v1/projects/${project}/members`,
      z.array(memberSchema),
      { body: changes },
    );
  }

  async remove(project: string, userId: string): Promise<void> {
    // NestJS answers 200 with the remaining members, the contract says 204:
    // the body is ignored so both are accepted.
    return this.requester.callWithoutResult(
      'DELETE',
      endpoint`/api/v1/projects/${project}/members/${userId}`,
    );
  }
}
