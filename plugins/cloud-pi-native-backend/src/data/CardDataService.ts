import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  ArgoOperationPermissions,
  CloudPiEntityData,
  CloudPiEntityDataKind,
  CloudPiNativePermission,
  ProjectOverviewResponse,
  cloudPiArgoRefreshPermission,
  cloudPiArgoRollbackPermission,
  cloudPiArgoSyncPermission,
  cloudPiEntityDataPermissions,
  cloudPiProjectReprovisionPermission,
} from '@cpin/plugin-cloud-pi-native-common';
import { CardResult, cardFailure } from './cardResults';
import {
  CloudPiInstance,
  CloudPiLimiter,
  createLimiter,
} from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiAccessScope } from '../authorization/accessRules';
import { CARD_ALSO } from '../authorization/cardPermissions';
import { AuthorizedEntity, EntityAccess } from '../authorization/EntityAccess';
import { SwrCache } from '../cache/SwrCache';
import { CardsConfig } from '../config/readCardsConfig';
import { buildBuildsView } from './buildsView';
import { cacheKeys } from './cacheKeys';
import { DeploymentsView, buildDeploymentsView } from './deploymentsView';
import { buildEnvironmentsView } from './environmentsView';
import { buildImagesView } from './imagesView';
import { buildJourneyView } from './journey/buildJourneyView';
import { buildObservabilityView } from './observabilityView';
import { buildOverviewView, teamOf } from './overviewView';
import { ProjectSources } from './ProjectSources';
import { ProjectViewKind, ProjectViews } from './projectViews';
import { buildQualityGateView } from './qualityGateView';
import { scopeImages } from './scopeSecondaryChain';
import {
  scopeDeployments,
  scopeEnvironments,
  scopeObservability,
  scopeRepositories,
} from './scopeViews';
import { BuiltView, ViewContext } from './viewContext';

/** Every cached view kind, to forget a project's views at once. */
export const VIEW_KINDS: readonly ProjectViewKind[] = [
  'overview',
  'environments',
  'quality-gate',
  'deployments',
  'observability',
  'builds',
  'images',
  'journey',
];

/** What guards an Argo CD operation: a Backstage permission and a Cloud π rule. */
export interface ArgoOperationGuard {
  permission: CloudPiNativePermission;
  scope: CloudPiAccessScope;
}

/** The Argo CD operations, with the permission and the Cloud π scope of each. */
export const ARGO_OPERATIONS = {
  refresh: {
    permission: cloudPiArgoRefreshPermission,
    scope: 'argocd-refresh',
  },
  sync: { permission: cloudPiArgoSyncPermission, scope: 'argocd-sync' },
  rollback: {
    permission: cloudPiArgoRollbackPermission,
    scope: 'argocd-rollback',
  },
} as const satisfies Record<keyof ArgoOperationPermissions, ArgoOperationGuard>;

/**
 * Serves the data of the entity cards: authorizes the caller on every
 * request, then reads the project's view from the cache (stale while
 * revalidate, one load for concurrent requests) and scopes it to the entity.
 */
export class CardDataService {
  readonly #access: EntityAccess;
  readonly #sources: ProjectSources;
  readonly #swr: SwrCache;
  readonly #config: CardsConfig;
  readonly #now: () => Date;
  readonly #limiters = new Map<string, CloudPiLimiter>();
  readonly #builders: {
    [K in ProjectViewKind]: (
      context: ViewContext,
    ) => Promise<BuiltView<ProjectViews[K]>>;
  };

  constructor(options: {
    access: EntityAccess;
    sources: ProjectSources;
    swr: SwrCache;
    config: CardsConfig;
    now?: () => Date;
  }) {
    this.#access = options.access;
    this.#sources = options.sources;
    this.#swr = options.swr;
    this.#config = options.config;
    this.#now = options.now ?? (() => new Date());
    this.#builders = {
      overview: buildOverviewView,
      environments: buildEnvironmentsView,
      'quality-gate': buildQualityGateView,
      deployments: buildDeploymentsView,
      observability: buildObservabilityView,
      builds: buildBuildsView,
      images: buildImagesView,
      journey: context => buildJourneyView(context, this.#config.journey),
    };
  }

  /** The data of one card for an entity, as the caller may see it. */
  async read<K extends CloudPiEntityDataKind>(
    kind: K,
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<CloudPiEntityData[K]> {
    const authorized = await this.#access.authorize({
      entityRef,
      credentials,
      scope: kind,
      permission: cloudPiEntityDataPermissions[kind],
      also: CARD_ALSO[kind] ?? [],
    });
    return (await this.#readAuthorized(
      kind,
      authorized,
    )) as CloudPiEntityData[K];
  }

  /**
   * The data of several cards of one entity: one decision on the entity
   * for all of them, then each card's own permission, rule and data. A
   * card that fails carries its error; the others are served. Failures of
   * the entity itself (not found, not a Cloud π entity) reject.
   */
  async readMany(
    kinds: readonly CloudPiEntityDataKind[],
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<Partial<Record<CloudPiEntityDataKind, CardResult>>> {
    const decision = await this.#access.decideReads(entityRef, credentials);
    const results = await Promise.all(
      kinds.map(async (kind): Promise<[CloudPiEntityDataKind, CardResult]> => {
        try {
          const authorized = await this.#access.grant(decision, {
            scope: kind,
            permission: cloudPiEntityDataPermissions[kind],
            also: CARD_ALSO[kind] ?? [],
          });
          const data = await this.#readAuthorized(kind, authorized);
          return [kind, { status: 200, data }];
        } catch (error) {
          return [kind, cardFailure(error)];
        }
      }),
    );
    return Object.fromEntries(results);
  }

  async #readAuthorized(
    kind: CloudPiEntityDataKind,
    authorized: AuthorizedEntity,
  ): Promise<CloudPiEntityData[CloudPiEntityDataKind]> {
    const { target } = authorized;
    switch (kind) {
      case 'overview':
        return this.#overview(authorized);
      case 'environments':
        return scopeEnvironments(await this.#view(kind, authorized), target);
      case 'quality-gate':
        return scopeRepositories(await this.#view(kind, authorized), target);
      case 'deployments':
        return {
          ...scopeDeployments(await this.#view(kind, authorized), target),
          operations: this.#argoOperations(authorized),
        };
      case 'observability':
        return scopeObservability(await this.#view(kind, authorized), target);
      case 'builds':
        return scopeRepositories(await this.#view(kind, authorized), target);
      case 'images':
        return scopeImages(await this.#view(kind, authorized), target);
      case 'journey':
        return this.#view(kind, authorized);
      default:
        throw new Error(`Unknown card data kind ${kind satisfies never}`);
    }
  }

  /**
   * The overview, with the project block taken from the project read for
   * authorization (never older than the cached view) and the caller's own
   * permissions.
   */
  async #overview(
    authorized: AuthorizedEntity,
  ): Promise<ProjectOverviewResponse> {
    const { instance, project } = authorized;
    const view = await this.#view('overview', authorized);
    const { consoleVersion } = view.provisioning;
    const lastSuccessVersion = project.lastSuccessProvisionningVersion;
    return {
      ...view,
      instance: {
        name: instance.name,
        title: instance.title,
        projectUrl: instance.urls.consoleProject(project.slug),
      },
      project: {
        id: project.id,
        slug: project.slug,
        name: project.name,
        description: project.description,
        status: project.status,
        locked: project.locked,
      },
      team: teamOf(project),
      provisioning: {
        ...view.provisioning,
        lastSuccessVersion,
        outdated:
          lastSuccessVersion && consoleVersion
            ? lastSuccessVersion !== consoleVersion
            : null,
      },
      permissions: {
        canReprovision:
          authorized.allowed.has(cloudPiProjectReprovisionPermission.name) &&
          this.#access.passes(authorized, 'reprovision') &&
          !project.locked &&
          project.status !== 'archived',
      },
    };
  }

  /**
   * The deployments view of an authorized entity's project, with what the
   * backend keeps for itself (AppProjects, images), not yet scoped.
   */
  deploymentsOf(authorized: AuthorizedEntity): Promise<DeploymentsView> {
    return this.#view('deployments', authorized);
  }

  /** What the caller may do on the entity's Argo CD applications. */
  #argoOperations(authorized: AuthorizedEntity): ArgoOperationPermissions {
    const may = ({ permission, scope }: ArgoOperationGuard) =>
      authorized.allowed.has(permission.name) &&
      this.#access.passes(authorized, scope);
    return {
      refresh: may(ARGO_OPERATIONS.refresh),
      sync: may(ARGO_OPERATIONS.sync),
      rollback: may(ARGO_OPERATIONS.rollback),
    };
  }

  /**
   * A project's view, from the cache (stale while revalidate, one build for
   * concurrent requests). Views built from other views read them the same
   * way.
   */
  #view<K extends ProjectViewKind>(
    kind: K,
    authorized: Pick<AuthorizedEntity, 'instance' | 'project'>,
  ): Promise<ProjectViews[K]> {
    const { instance, project } = authorized;
    const context: ViewContext = {
      instance,
      project,
      sources: this.#sources,
      limit: this.#limiter(instance),
      partTimeoutMs: this.#config.partTimeoutMs,
      now: this.#now,
      otherView: other => this.#view(other, authorized),
    };
    const build = this.#builders[kind] as (
      context: ViewContext,
    ) => Promise<BuiltView<ProjectViews[K]>>;
    const { ttlMs, degradedTtlMs } = this.#config.cache;
    return this.#swr.get(
      cacheKeys.view(kind, instance.name, project.id),
      async () => {
        const built = await build(context);
        return {
          value: built.value,
          freshMs: built.degraded ? degradedTtlMs : ttlMs,
        };
      },
      { allowStale: true },
    );
  }

  /** One limiter per instance bounds its tool calls across concurrent views. */
  #limiter(instance: CloudPiInstance): CloudPiLimiter {
    let limiter = this.#limiters.get(instance.name);
    if (!limiter) {
      limiter = createLimiter(instance.concurrency);
      this.#limiters.set(instance.name, limiter);
    }
    return limiter;
  }
}
