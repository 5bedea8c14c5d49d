import {
  AdminAuthorized,
  DEFAULT_EVERYONE_PERMS,
  DEFAULT_PROJECT_ROLES,
  allocateSlug,
  parsePerms,
  type CreateProjectInput,
  type Project,
  CONSOLE_LOG_ACTIONS,
} from '@cpin/plugin-cloud-pi-native-common';
import type { Requestor } from '../auth/requestor';
import { badRequest, forbidden } from '../errors';
import type { EventOrigin } from '../provisioning';
import type { ProjectRecord } from '../store/records';
import type { ListProjectsQuery, UpdateProjectInput } from '../schemas';
import { originalSlug, projectView } from '../views';
import { nowIso, type ConsoleDeps } from './deps';

/** Messages of an owner transfer (console 9.24 `ProjectService`). */
export const OWNER_MESSAGES = {
  notMember:
    'Le nouveau propriétaire doit faire partie des membres actuels du projet',
  notHuman: 'Seuls les comptes humains peuvent être propriétaire de projets',
} as const;

/** A locked project only accepts being unlocked. */
export const UPDATE_LOCKED_MESSAGE =
  'Veuillez déverrouiller le projet pour le mettre à jour';

const BUDGET_KEYS = [
  'hprodCpu',
  'hprodGpu',
  'hprodMemory',
  'prodCpu',
  'prodGpu',
  'prodMemory',
] as const;

/** Project lifecycle: create, list, update, replay, archive. */
export class ProjectService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** `GET /projects` filtering (the `filter=all` permission is checked by the route). */
  list(requestor: Requestor, query: ListProjectsQuery): ProjectRecord[] {
    const { store, settings } = this.#deps;
    const userId = requestor.user.id;
    const memberOf = new Set(
      store.members.findGroup('user', userId).map(m => m.projectId),
    );
    const statusIn = csv(query.statusIn);
    const statusNotIn = csv(query.statusNotIn);
    const search = query.search?.toLowerCase();

    return store.projects.all().filter(project => {
      if (query.filter === 'owned' && project.ownerId !== userId) return false;
      if (
        query.filter === 'member' &&
        project.ownerId !== userId &&
        !memberOf.has(project.id)
      ) {
        return false;
      }
      if (query.id && project.id !== query.id) return false;
      if (query.name && project.name !== query.name) return false;
      if (query.status && project.status !== query.status) return false;
      if (statusIn && !statusIn.includes(project.status)) return false;
      if (statusNotIn && statusNotIn.includes(project.status)) return false;
      if (query.locked !== undefined && project.locked !== query.locked) {
        return false;
      }
      if (
        query.description &&
        !project.description.includes(query.description)
      ) {
        return false;
      }
      const version = query.lastSuccessProvisionningVersion;
      if (version === 'last') {
        if (
          project.lastSuccessProvisionningVersion !== settings.consoleVersion
        ) {
          return false;
        }
      } else if (version === 'outdated') {
        if (
          project.lastSuccessProvisionningVersion === settings.consoleVersion
        ) {
          return false;
        }
      } else if (
        version !== undefined &&
        project.lastSuccessProvisionningVersion !== version
      ) {
        return false;
      }
      if (search) {
        const owner = store.users.get(project.ownerId);
        if (
          !project.name.toLowerCase().includes(search) &&
          !owner?.email.toLowerCase().includes(search)
        ) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * Inserts the project (status `created`, unlocked, default roles, caller as
   * owner), then provisions it. Returns the pre-provisioning view, as the
   * console does, and the row (whose status provisioning may have changed).
   */
  async create(
    requestor: Requestor,
    input: CreateProjectInput,
    origin: EventOrigin,
  ): Promise<{ view: Project; project: ProjectRecord }> {
    const { store, provisioning } = this.#deps;
    const taken = store.projects
      .all()
      .map(p => p.slug)
      .filter(slug => slug.startsWith(input.name));
    const slug = allocateSlug(input.name, taken);
    const now = nowIso();
    const project = store.projects.insert({
      id: store.newId('project', slug),
      name: input.name,
      slug,
      description: input.description ?? '',
      status: 'created',
      locked: false,
      ownerId: requestor.user.id,
      everyonePerms: DEFAULT_EVERYONE_PERMS,
      limitless: input.limitless,
      hprodCpu: input.hprodCpu,
      hprodGpu: input.hprodGpu,
      hprodMemory: input.hprodMemory,
      prodCpu: input.prodCpu,
      prodGpu: input.prodGpu,
      prodMemory: input.prodMemory,
      lastSuccessProvisionningVersion: null,
      createdAt: now,
      updatedAt: now,
    });
    DEFAULT_PROJECT_ROLES.forEach((role, position) => {
      store.projectRoles.insert({
        id: store.newId('project-role', `${slug}/${role.name}`),
        projectId: project.id,
        name: role.name,
        permissions: role.permissions,
        position,
        oidcGroup: `/${slug}${role.oidcGroupSuffix}`,
        type: 'system:managed',
      });
    });
    const view = projectView(store, project);
    await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.createProject,
      { input },
      origin,
    );
    return { view, project: store.projects.get(project.id)! };
  }

  /**
   * `PUT /projects/:id`: `locked` only for platform managers, `ownerId` for
   * them or the owner; a locked project only accepts an admin unlocking it.
   */
  async update(
    requestor: Requestor,
    project: ProjectRecord,
    input: UpdateProjectInput,
    origin: EventOrigin,
  ): Promise<ProjectRecord> {
    const { store, provisioning } = this.#deps;
    const isManager = AdminAuthorized.Manage(requestor.adminPermissions);
    const locked = isManager ? input.locked : undefined;
    if (project.locked && !(isManager && locked === false)) {
      throw forbidden(UPDATE_LOCKED_MESSAGE);
    }

    let newOwnerId: string | undefined;
    // Only the owner or a platform manager may transfer: others' `ownerId` is stripped.
    const mayTransfer = isManager || requestor.user.id === project.ownerId;
    if (
      mayTransfer &&
      input.ownerId !== undefined &&
      input.ownerId !== project.ownerId
    ) {
      const member = store.members
        .findGroup('project', project.id)
        .find(m => m.userId === input.ownerId);
      if (!member) throw badRequest(OWNER_MESSAGES.notMember);
      if (store.users.get(member.userId)?.type !== 'human') {
        throw badRequest(OWNER_MESSAGES.notHuman);
      }
      newOwnerId = input.ownerId;
    }

    if (newOwnerId) {
      const previousOwnerId = project.ownerId;
      const member = store.members
        .findGroup('project', project.id)
        .find(m => m.userId === newOwnerId)!;
      store.members.delete(member.id);
      store.members.insert({
        id: store.newId('member', `${project.slug}/${previousOwnerId}`),
        projectId: project.id,
        userId: previousOwnerId,
        roleIds: [],
      });
    }

    store.projects.update(project.id, p => {
      if (input.description !== undefined) p.description = input.description;
      if (input.everyonePerms !== undefined) {
        p.everyonePerms = parsePerms(input.everyonePerms);
      }
      if (locked !== undefined) p.locked = locked;
      if (newOwnerId) p.ownerId = newOwnerId;
      if (input.limitless !== undefined) p.limitless = input.limitless;
      for (const key of BUDGET_KEYS) {
        const value = input[key];
        if (value !== undefined) p[key] = value;
      }
      p.updatedAt = nowIso();
    });
    await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.updateProject,
      { input },
      origin,
    );
    return store.projects.get(project.id)!;
  }

  /** `PUT /projects/:id/hooks`: reprovisions; failures only show in the status. */
  async replay(project: ProjectRecord, origin: EventOrigin): Promise<void> {
    await this.#deps.provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.replayHooks,
      {},
      origin,
    );
  }

  /**
   * `DELETE /projects/:id`: renames name and slug with `_<epoch>_archived`,
   * sets `archived` + locked, then runs `project.delete` with the
   * pre-archive snapshot (original slug).
   */
  async archive(project: ProjectRecord, origin: EventOrigin): Promise<void> {
    const { store, provisioning } = this.#deps;
    const snapshot = provisioning.snapshot(project.id);
    const suffix = `_${Date.now()}_archived`;
    store.projects.update(project.id, p => {
      p.name = `${p.name}${suffix}`;
      p.slug = `${originalSlug(p.slug)}${suffix}`;
      p.status = 'archived';
      p.locked = true;
      p.updatedAt = nowIso();
    });
    await provisioning.delete(
      project.id,
      snapshot,
      CONSOLE_LOG_ACTIONS.deleteProjectResources,
      origin,
    );
  }

  /** `GET /projects/data`: a light CSV inventory (platform managers). */
  csv(): string {
    const { store } = this.#deps;
    const header = [
      'nom',
      'slug',
      'description',
      'statut',
      'créé le',
      'mis à jour le',
      'environnements',
      'propriétaire',
    ];
    const rows = store.projects.all().map(project => {
      const environments = store.environments
        .findGroup('project', project.id)
        .map(env => {
          const stage = store.stages.get(env.stageId)?.name ?? '';
          const cluster = store.clusters.get(env.clusterId)?.label ?? '';
          return `${env.name} (${stage}, ${cluster})`;
        })
        .join(' / ');
      return [
        project.name,
        project.slug,
        project.description,
        project.status,
        project.createdAt,
        project.updatedAt,
        environments,
        store.users.get(project.ownerId)?.email ?? '',
      ];
    });
    return [header, ...rows].map(row => row.map(csvCell).join(',')).join('\n');
  }
}

function csv(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map(v => v.trim())
    .filter(Boolean);
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
