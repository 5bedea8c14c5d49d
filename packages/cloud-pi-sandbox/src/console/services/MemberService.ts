import { CONSOLE_LOG_ACTIONS } from '@cpin/plugin-cloud-pi-native-common';
import type { Member } from '@cpin/plugin-cloud-pi-native-common';
import type { z } from 'zod';
import { badRequest, notFound } from '../errors';
import type { EventOrigin } from '../provisioning';
import type { addMemberInputSchema, patchMembersInputSchema } from '../schemas';
import type { ProjectRecord, UserRecord } from '../store/records';
import { membersView } from '../views';
import { nowIso, type ConsoleDeps } from './deps';

/** Messages of the member routes. */
export const MEMBER_MESSAGES = {
  userNotFound: 'Utilisateur introuvable',
  ownerCannotBeMember: 'Le owner ne peut pas être ajouté en tant que membre.',
  alreadyMember: "L'utilisateur est déjà membre du projet.",
  memberNotFound: 'Membre introuvable',
  unknownRole: 'Rôle introuvable',
} as const;

/**
 * Project members. NestJS emits `projectMember.*` events that no tool
 * listens to: changes are only logged and reach the tools on the next
 * `project.upsert`.
 */
export class MemberService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** Members in the clean form (owner excluded). */
  list(project: ProjectRecord): Member[] {
    return membersView(this.#deps.store, project.id);
  }

  /**
   * Adds a member by e-mail or id. An e-mail unknown to the console but known
   * to the identity provider creates the user, as NestJS does with Keycloak.
   */
  add(
    project: ProjectRecord,
    input: z.infer<typeof addMemberInputSchema>,
    origin: EventOrigin,
  ): Member[] {
    const { store } = this.#deps;
    const user =
      'email' in input
        ? this.#findOrImportByEmail(input.email)
        : store.users.get(input.userId);
    if (!user) throw notFound(MEMBER_MESSAGES.userNotFound);
    if (user.id === project.ownerId) {
      throw badRequest(MEMBER_MESSAGES.ownerCannotBeMember);
    }
    if (this.#member(project, user.id)) {
      throw badRequest(MEMBER_MESSAGES.alreadyMember);
    }
    store.members.insert({
      id: store.newId('member', `${project.slug}/${user.id}`),
      projectId: project.id,
      userId: user.id,
      roleIds: [],
    });
    this.#deps.provisioning.record(
      project.id,
      CONSOLE_LOG_ACTIONS.addProjectMember,
      { userId: user.id },
      origin,
    );
    return this.list(project);
  }

  /** Replaces the roles of the given members. */
  patch(
    project: ProjectRecord,
    input: z.infer<typeof patchMembersInputSchema>,
    origin: EventOrigin,
  ): Member[] {
    const { store } = this.#deps;
    const roleIds = new Set(
      store.projectRoles.findGroup('project', project.id).map(r => r.id),
    );
    const members = input.map(change => {
      const member = this.#member(project, change.userId);
      if (!member) throw notFound(MEMBER_MESSAGES.memberNotFound);
      if (change.roles.some(id => !roleIds.has(id))) {
        throw badRequest(MEMBER_MESSAGES.unknownRole);
      }
      return { member, roles: [...new Set(change.roles)] };
    });
    for (const { member, roles } of members) {
      store.members.update(member.id, m => {
        m.roleIds = roles;
      });
    }
    this.#deps.provisioning.record(
      project.id,
      CONSOLE_LOG_ACTIONS.updateProjectMember,
      { members: input },
      origin,
    );
    return this.list(project);
  }

  /** Removes a member (NestJS answers 200 with the remaining members). */
  remove(
    project: ProjectRecord,
    userId: string,
    origin: EventOrigin,
  ): Member[] {
    const member = this.#member(project, userId);
    if (!member) throw notFound(MEMBER_MESSAGES.memberNotFound);
    this.#deps.store.members.delete(member.id);
    this.#deps.provisioning.record(
      project.id,
      CONSOLE_LOG_ACTIONS.removeProjectMember,
      { userId },
      origin,
    );
    return this.list(project);
  }

  #member(project: ProjectRecord, userId: string) {
    return this.#deps.store.members
      .findGroup('project', project.id)
      .find(m => m.userId === userId);
  }

  #findOrImportByEmail(email: string): UserRecord | undefined {
    const { store, people } = this.#deps;
    const known = store.users.findUnique('email', email.toLowerCase());
    if (known) return known;
    const person = people?.findByEmail(email);
    if (!person) return undefined;
    const now = nowIso();
    return store.users.insert({
      id: person.id,
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      type: 'human',
      adminRoleIds: [],
      lastLogin: null,
      createdAt: now,
      updatedAt: now,
    });
  }
}
