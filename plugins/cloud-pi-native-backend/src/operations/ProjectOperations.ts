import {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  Project,
  ProjectSecretsResponse,
  cloudPiProjectReprovisionPermission,
  cloudPiSecretsListPermission,
} from '@cpin/plugin-cloud-pi-native-common';
import { AuthorizedEntity, EntityAccess } from '../authorization/EntityAccess';
import { VIEW_KINDS } from '../data/CardDataService';
import { ProjectSources } from '../data/ProjectSources';

/** Who asks, and the platform token to act with. */
export interface UserOperationRequest {
  entityRef: string;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  /** The caller's platform access token (sent to the console as Bearer). */
  userToken: string;
}

/**
 * Operations made on the console **as the user**, with their own platform
 * token: never with the portal's admin token. The project is read fresh
 * (not from the cache) to check its state, and the console remains the
 * final judge of the user's rights.
 */
export class ProjectOperations {
  readonly #access: EntityAccess;
  readonly #sources: ProjectSources;
  readonly #now: () => Date;
  readonly #events?: EventsService;
  readonly #logger?: LoggerService;

  constructor(options: {
    access: EntityAccess;
    sources: ProjectSources;
    now?: () => Date;
    /** Receives `cloud-pi-native.project.changed` after a reprovision. */
    events?: EventsService;
    logger?: LoggerService;
  }) {
    this.#access = options.access;
    this.#sources = options.sources;
    this.#now = options.now ?? (() => new Date());
    this.#events = options.events;
    this.#logger = options.logger;
  }

  /**
   * Replays the provisioning of the entity's project, then forgets its
   * cached data and tells the catalog, which refreshes the project's status.
   */
  async reprovision(request: UserOperationRequest): Promise<AuthorizedEntity> {
    const authorized = await this.#access.authorize({
      entityRef: request.entityRef,
      credentials: request.credentials,
      scope: 'reprovision',
      permission: cloudPiProjectReprovisionPermission,
      freshProject: true,
    });
    const { instance, project } = authorized;
    assertNotArchived(project);
    if (project.locked) {
      throw new NotAllowedError(
        `The Cloud π Native project '${project.slug}' is locked: only a platform administrator can unlock it`,
      );
    }
    try {
      await instance
        .consoleAs({ type: 'bearer', token: request.userToken })
        .projects.replayHooks(project.id);
    } finally {
      // Even a failed replay may have changed the project's status.
      await this.#sources.invalidateProject(instance, project, VIEW_KINDS);
    }
    await this.#announceChange(instance.name, project.id);
    return authorized;
  }

  /** A failed publish only warns: the reprovision itself succeeded. */
  async #announceChange(instance: string, projectId: string): Promise<void> {
    try {
      await this.#events?.publish({
        topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
        eventPayload: { projectId, instance, parts: ['project'] },
      });
    } catch (error) {
      this.#logger?.warn(
        `Could not tell the catalog that project ${projectId} was reprovisioned: ${String(
          error,
        )}`,
      );
    }
  }

  /** The project secrets as the console gives them to the user; never cached. */
  async secrets(request: UserOperationRequest): Promise<{
    authorized: AuthorizedEntity;
    response: ProjectSecretsResponse;
  }> {
    const authorized = await this.#access.authorize({
      entityRef: request.entityRef,
      credentials: request.credentials,
      scope: 'secrets',
      permission: cloudPiSecretsListPermission,
      freshProject: true,
    });
    const { instance, project } = authorized;
    assertNotArchived(project);
    const secrets = await instance
      .consoleAs({ type: 'bearer', token: request.userToken })
      .projects.getSecrets(project.id);
    return {
      authorized,
      response: {
        generatedAt: this.#now().toISOString(),
        groups: Object.keys(secrets)
          .sort()
          .map(name => ({
            name,
            entries: Object.entries(secrets[name]).map(([key, value]) => ({
              key,
              value,
            })),
          })),
      },
    };
  }
}

function assertNotArchived(project: Project): void {
  if (project.status === 'archived') {
    throw new NotAllowedError(
      `The Cloud π Native project '${project.slug}' is archived`,
    );
  }
}
