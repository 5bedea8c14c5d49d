import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ArgoOperation,
  ArgoOperationResult,
  argoApplicationNameSchema,
  argoCdAppProjectName,
  argoCdEnvAppName,
} from '@cpin/plugin-cloud-pi-native-common';
import { ArgoCdApplication } from '@cpin/plugin-cloud-pi-native-node';
import { Request } from 'express';
import { AuthorizedEntity, EntityAccess } from '../authorization/EntityAccess';
import {
  previousDeployment,
  toApplicationSummary,
} from '../data/argoApplications';
import { ARGO_OPERATIONS, CardDataService } from '../data/CardDataService';
import { ProjectSources } from '../data/ProjectSources';
import { toIsoDateTime } from '../data/viewContext';

/** An Argo CD operation asked by a user, on an application of an entity. */
export interface ArgoOperationRequest {
  entityRef: string;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  application: string;
  operation: ArgoOperation;
  /** The HTTP request, for the audit event (absent for actions). */
  request?: Request;
}

/** Views an operation changes, forgotten once it ran. */
const CHANGED_VIEWS = ['deployments', 'images', 'journey'];

const SEVERITY = { refresh: 'low', sync: 'medium', rollback: 'high' } as const;

/**
 * Runs refresh, sync and rollback on the Argo CD applications of an entity,
 * with the portal's Argo CD account, after three checks in that order —
 * none of which calls Argo CD:
 *
 * 1. the entity gate (the caller may read the entity, the operation's
 *    Backstage permission, its Cloud π rule: DevOps or owner by default);
 * 2. the application is one of the entity's own (from the deployments
 *    view, scoped to the entity);
 * 3. it belongs to one of the project's AppProjects, as named by the
 *    platform (`<slug>-<env>-<h4>-app` / `-env`).
 *
 * Every call then names that AppProject, so Argo CD itself refuses an
 * application of another project. Each attempt is audited.
 */
export class ArgoOperations {
  readonly #access: EntityAccess;
  readonly #cards: CardDataService;
  readonly #sources: ProjectSources;
  readonly #auditor: AuditorService;
  readonly #now: () => Date;

  constructor(options: {
    access: EntityAccess;
    cards: CardDataService;
    sources: ProjectSources;
    auditor: AuditorService;
    now?: () => Date;
  }) {
    this.#access = options.access;
    this.#cards = options.cards;
    this.#sources = options.sources;
    this.#auditor = options.auditor;
    this.#now = options.now ?? (() => new Date());
  }

  async run(request: ArgoOperationRequest): Promise<ArgoOperationResult> {
    const { operation, application, entityRef } = request;
    const audit = await this.#auditor.createEvent({
      eventId: `argocd-${operation}`,
      severityLevel: SEVERITY[operation],
      request: request.request,
      meta: {
        entityRef,
        application,
        actor: request.credentials.principal.userEntityRef,
      },
    });
    try {
      const result = await this.#run(request);
      await audit.success({
        meta: {
          zone: result.zone,
          environment: result.environment,
          revision: result.revision,
          targetRevision: result.targetRevision,
        },
      });
      return result;
    } catch (error) {
      await audit.fail({ error: error as Error });
      throw error;
    }
  }

  async #run(request: ArgoOperationRequest): Promise<ArgoOperationResult> {
    const { operation, application } = request;
    if (!argoApplicationNameSchema.safeParse(application).success) {
      throw new InputError(
        `Invalid Argo CD application name: ${JSON.stringify(application)}`,
      );
    }
    const guard = ARGO_OPERATIONS[operation];
    const authorized = await this.#access.authorize({
      entityRef: request.entityRef,
      credentials: request.credentials,
      scope: guard.scope,
      permission: guard.permission,
      freshProject: true,
    });
    const { environment, zone, appProject } = await this.#locate(
      authorized,
      application,
    );
    const argocd = authorized.instance.argocd(zone);
    if (!argocd) {
      throw new ServiceUnavailableError(
        `No Argo CD is configured for the zone '${zone}' of '${authorized.instance.name}'`,
      );
    }

    let updated: ArgoCdApplication;
    let targetRevision: string | null = null;
    try {
      switch (operation) {
        case 'refresh':
          updated = await argocd.refreshApplication(application, {
            project: appProject,
          });
          break;
        case 'sync':
          updated = await argocd.syncApplication(application, {
            project: appProject,
          });
          break;
        case 'rollback': {
          const current = await argocd.getApplication(application, {
            project: appProject,
          });
          const previous = rollbackTarget(current);
          targetRevision = previous.revision;
          updated = await argocd.rollbackApplication(application, {
            project: appProject,
            id: previous.id,
          });
          break;
        }
        default:
          throw new Error(`Unknown operation ${operation satisfies never}`);
      }
    } finally {
      if (operation !== 'refresh') {
        await this.#sources.invalidateProject(
          authorized.instance,
          authorized.project,
          CHANGED_VIEWS,
        );
      }
    }

    const summary = toApplicationSummary(updated, 'https://unused.invalid');
    return {
      operation,
      application,
      environment,
      zone,
      syncStatus: summary.syncStatus,
      healthStatus: summary.healthStatus,
      revision: summary.revision,
      targetRevision,
      phase: updated.status?.operationState?.phase ?? null,
      message: updated.status?.operationState?.message ?? null,
      at:
        toIsoDateTime(updated.status?.operationState?.finishedAt) ??
        this.#now().toISOString(),
    };
  }

  /**
   * The environment, zone and AppProject of one of the entity's
   * applications; refuses anything else before any call to Argo CD.
   */
  async #locate(authorized: AuthorizedEntity, application: string) {
    const { target, project } = authorized;
    const view = await this.#cards.deploymentsOf(authorized);
    for (const environment of view.environments) {
      if (
        target.environmentName !== undefined &&
        environment.name !== target.environmentName
      ) {
        continue;
      }
      const app = environment.applications.find(
        a =>
          a.name === application &&
          (target.repositoryName === undefined ||
            a.repository === target.repositoryName),
      );
      if (!app) continue;
      const allowed = [
        argoCdAppProjectName(project.slug, environment.name),
        argoCdEnvAppName(project.slug, environment.name),
      ];
      if (!allowed.includes(app.appProject)) {
        throw new NotAllowedError(
          `The Argo CD application '${application}' is in the AppProject '${
            app.appProject
          }', not in one of the project's (${allowed.join(', ')})`,
        );
      }
      return {
        environment: environment.name,
        zone: environment.zone.slug,
        appProject: app.appProject,
      };
    }
    throw new NotFoundError(
      `The Argo CD application '${application}' is not one of the applications of ${target.entityRef}`,
    );
  }
}

/** The deployment before the current one; refused while Argo CD syncs automatically. */
function rollbackTarget(app: ArgoCdApplication) {
  if (app.spec.syncPolicy?.automated) {
    throw new ConflictError(
      `Argo CD cannot roll back '${app.metadata.name}' while its automated sync is on: turn the environment's autosync off in the console first`,
    );
  }
  const previous = previousDeployment(app.status?.history);
  if (!previous) {
    throw new ConflictError(
      `'${app.metadata.name}' has no previous deployment to roll back to`,
    );
  }
  return previous;
}
