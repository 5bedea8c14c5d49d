import type {
  CreateRepositoryInput,
  SyncRepositoryInput,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  vaultPlatformPath,
  CONSOLE_LOG_ACTIONS,
} from '@cpin/plugin-cloud-pi-native-common';
import { ConsoleError, badRequest, notFound, unprocessable } from '../errors';
import type { EventOrigin } from '../provisioning';
import type { UpdateRepositoryInput } from '../schemas';
import type { ProjectRecord, RepositoryRecord } from '../store/records';
import type { DeploymentService } from './DeploymentService';
import { nowIso, type ConsoleDeps } from './deps';

/** Messages of the v2 repository routes (console 9.24). */
export const REPOSITORY_MESSAGES = {
  notFound: 'Dépôt introuvable',
  createFailed: 'Echec des services lors de la création du dépôt',
  updateFailed: 'Echec des services à la mise à jour du dépôt',
  deleteFailed: 'Echec des services à la suppression du dépôt',
  syncFailed: 'Echec des services à la synchronisation du dépôt',
  nameTaken: (name: string) =>
    `Le nom du dépôt interne ${name} existe déjà en base pour ce projet`,
} as const;

/** Repositories of a project (v2 routes). */
export class RepositoryService {
  readonly #deps: ConsoleDeps;
  readonly #deployments: DeploymentService;

  constructor(deps: ConsoleDeps, deployments: DeploymentService) {
    this.#deps = deps;
    this.#deployments = deployments;
  }

  /** The project's repositories, by creation date. */
  list(project: ProjectRecord): RepositoryRecord[] {
    return this.#deps.store.repositories.findGroup('project', project.id);
  }

  /**
   * A repository of the project: 404 when it belongs to another project,
   * and the bare 500 of Prisma's `findUniqueOrThrow` when it does not exist.
   */
  get(project: ProjectRecord, repositoryId: string): RepositoryRecord {
    const repo = this.#deps.store.repositories.get(repositoryId);
    if (!repo) throw new ConsoleError(500, 'Internal server error');
    if (repo.projectId !== project.id) {
      throw notFound(REPOSITORY_MESSAGES.notFound);
    }
    return repo;
  }

  /**
   * Creates the row (v2 defaults `HEAD` and `.`), provisions (422 on
   * failure, the row stays), then mirrors an external source; that sync's
   * failure only shows in the logs.
   */
  async create(
    project: ProjectRecord,
    input: CreateRepositoryInput,
    origin: EventOrigin,
  ): Promise<RepositoryRecord> {
    const { store, provisioning } = this.#deps;
    if (
      this.list(project).some(
        r => r.internalRepoName === input.internalRepoName,
      )
    ) {
      throw badRequest(REPOSITORY_MESSAGES.nameTaken(input.internalRepoName));
    }
    const now = nowIso();
    const repo = store.repositories.insert({
      id: store.newId(
        'repository',
        `${project.slug}/${input.internalRepoName}`,
      ),
      projectId: project.id,
      internalRepoName: input.internalRepoName,
      externalRepoUrl: input.externalRepoUrl ?? '',
      externalUserName: input.isPrivate ? input.externalUserName ?? '' : '',
      isPrivate: input.isPrivate,
      isInfra: input.isInfra,
      deployRevision: input.deployRevision || 'HEAD',
      deployPath: input.deployPath || '.',
      helmValuesFiles: input.helmValuesFiles ?? '',
      createdAt: now,
      updatedAt: now,
    });
    await this.#storeToken(project, repo, input);
    const outcome = await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.createRepository,
      { repository: withoutToken(input) },
      origin,
    );
    if (!outcome.ok) throw unprocessable(REPOSITORY_MESSAGES.createFailed);
    if (repo.externalRepoUrl) {
      await provisioning.sync(
        project.id,
        repo.internalRepoName,
        { syncAllBranches: true },
        origin,
      );
    }
    return store.repositories.get(repo.id)!;
  }

  /**
   * Partial update: `isPrivate: false` clears the credentials, an absent
   * token keeps the stored one (tokens only live in Vault, never here).
   */
  async update(
    project: ProjectRecord,
    repositoryId: string,
    input: UpdateRepositoryInput,
    origin: EventOrigin,
  ): Promise<RepositoryRecord> {
    const { store, provisioning } = this.#deps;
    const repo = this.get(project, repositoryId);
    store.repositories.update(repo.id, r => {
      if (input.externalRepoUrl !== undefined) {
        r.externalRepoUrl = input.externalRepoUrl;
      }
      if (input.isInfra !== undefined) r.isInfra = input.isInfra;
      if (input.deployRevision !== undefined) {
        r.deployRevision = input.deployRevision || 'HEAD';
      }
      if (input.deployPath !== undefined)
        r.deployPath = input.deployPath || '.';
      if (input.helmValuesFiles !== undefined) {
        r.helmValuesFiles = input.helmValuesFiles;
      }
      if (input.isPrivate !== undefined) r.isPrivate = input.isPrivate;
      if (!r.isPrivate) {
        r.externalUserName = '';
      } else if (input.externalUserName !== undefined) {
        r.externalUserName = input.externalUserName;
      }
      r.updatedAt = nowIso();
    });
    await this.#storeToken(project, store.repositories.get(repo.id)!, input);
    const outcome = await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.updateRepository,
      { repositoryId: repo.id, repository: withoutToken(input) },
      origin,
    );
    if (!outcome.ok) throw unprocessable(REPOSITORY_MESSAGES.updateFailed);
    return store.repositories.get(repo.id)!;
  }

  /**
   * A private repository's token goes to Vault only (`GIT_INPUT_PASSWORD` of
   * `<root>/<slug>/<repo>-mirror`), where the mirror job reads it; the
   * provisioning then keeps it.
   */
  async #storeToken(
    project: ProjectRecord,
    repo: RepositoryRecord,
    input: { isPrivate?: boolean; externalToken?: string },
  ): Promise<void> {
    const { settings, writePlatformSecret } = this.#deps;
    if (!repo.isPrivate || !input.externalToken || !writePlatformSecret) return;
    await writePlatformSecret(
      `${vaultPlatformPath(settings.projectsRootDir, project.slug)}/${
        repo.internalRepoName
      }-mirror`,
      { GIT_INPUT_PASSWORD: input.externalToken },
    );
  }

  /** Deletes the row, then provisions (422 on failure). */
  async delete(
    project: ProjectRecord,
    repositoryId: string,
    origin: EventOrigin,
  ): Promise<void> {
    const { store, provisioning } = this.#deps;
    const repo = this.get(project, repositoryId);
    this.#deployments.removeRepository(project.id, repo.id);
    store.repositories.delete(repo.id);
    const outcome = await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.deleteRepository,
      { repositoryId: repo.id, internalRepoName: repo.internalRepoName },
      origin,
    );
    if (!outcome.ok) throw unprocessable(REPOSITORY_MESSAGES.deleteFailed);
  }

  /** `repository.sync` of one branch or all (422 on failure). */
  async sync(
    project: ProjectRecord,
    repositoryId: string,
    input: SyncRepositoryInput,
    origin: EventOrigin,
  ): Promise<void> {
    const repo = this.get(project, repositoryId);
    const outcome = await this.#deps.provisioning.sync(
      project.id,
      repo.internalRepoName,
      input.syncAllBranches
        ? { syncAllBranches: true }
        : { syncAllBranches: false, branchName: input.branchName },
      origin,
    );
    if (!outcome.ok) throw unprocessable(REPOSITORY_MESSAGES.syncFailed);
  }
}

// Tokens are write-only: never let them reach a log row.
function withoutToken<T extends object>(input: T): Omit<T, 'externalToken'> {
  const { externalToken: _ignored, ...rest } = input as T & {
    externalToken?: unknown;
  };
  return rest;
}
