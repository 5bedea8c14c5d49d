import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  CloudPiEntityData,
  CloudPiEntityDataKind,
  ProjectOverviewResponse,
  cloudPiEntityDataPermissions,
  cloudPiProjectReprovisionPermission,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  CloudPiLimiter,
  createLimiter,
} from '@cpin/plugin-cloud-pi-native-node';
import { AuthorizedEntity, EntityAccess } from '../authorization/EntityAccess';
import { SwrCache } from '../cache/SwrCache';
import { CardsConfig } from '../config/readCardsConfig';
import { cacheKeys } from './cacheKeys';
import { buildDeploymentsView } from './deploymentsView';
import { buildEnvironmentsView } from './environmentsView';
import { buildObservabilityView } from './observabilityView';
import { buildOverviewView, teamOf } from './overviewView';
import { ProjectSources } from './ProjectSources';
import { buildQualityGateView } from './qualityGateView';
import {
  scopeDeployments,
  scopeEnvironments,
  scopeObservability,
  scopeQualityGate,
} from './scopeViews';
import { BuiltView, ViewContext } from './viewContext';

/** Every cached view kind, to forget a project's views at once. */
export const VIEW_KINDS: readonly CloudPiEntityDataKind[] = [
  'overview',
  'environments',
  'quality-gate',
  'deployments',
  'observability',
];

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
      also: kind === 'overview' ? [cloudPiProjectReprovisionPermission] : [],
    });
    return (await this.#readAuthorized(
      kind,
      authorized,
    )) as CloudPiEntityData[K];
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
        return scopeEnvironments(
          await this.#view(kind, authorized, buildEnvironmentsView),
          target,
        );
      case 'quality-gate':
        return scopeQualityGate(
          await this.#view(kind, authorized, buildQualityGateView),
          target,
        );
      case 'deployments':
        return scopeDeployments(
          await this.#view(kind, authorized, buildDeploymentsView),
          target,
        );
      case 'observability':
        return scopeObservability(
          await this.#view(kind, authorized, buildObservabilityView),
          target,
        );
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
    const view = await this.#view('overview', authorized, buildOverviewView);
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

  async #view<T>(
    kind: CloudPiEntityDataKind,
    authorized: AuthorizedEntity,
    build: (context: ViewContext) => Promise<BuiltView<T>>,
  ): Promise<T> {
    const { instance, project } = authorized;
    const context: ViewContext = {
      instance,
      project,
      sources: this.#sources,
      limit: this.#limiter(instance),
      partTimeoutMs: this.#config.partTimeoutMs,
      now: this.#now,
    };
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
