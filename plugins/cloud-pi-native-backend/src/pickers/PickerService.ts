import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  Cluster,
  ClusterSummary,
  ClustersResponse,
  InstancesResponse,
  ProjectSummary,
  ProjectsResponse,
  ResourceAmounts,
  StagesResponse,
  isUuid,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  CloudPiService,
  mapWithConcurrency,
} from '@cpin/plugin-cloud-pi-native-node';
import { CallerResolver, CloudPiCaller } from '../authorization/CallerResolver';
import { passesAccessRule } from '../authorization/accessRules';
import { permissionContext } from '../authorization/permissionContext';
import { CardsConfig } from '../config/readCardsConfig';
import { ProjectSources } from '../data/ProjectSources';
import { readPart } from '../data/parts';

const INSTANCE_NAME = /^[a-z0-9-]{1,63}$/;
const PROJECT_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const STAGE_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Filters of the clusters picker. */
export interface ClustersQuery {
  stageId: string;
  /** Project id or slug: adds the dedicated clusters linked to it. */
  projectId?: string;
}

/** Data of the scaffolder pickers: instances, the caller's projects, stages and clusters. */
export class PickerService {
  readonly #cloudPi: CloudPiService;
  readonly #sources: ProjectSources;
  readonly #callers: CallerResolver;
  readonly #config: CardsConfig;
  readonly #now: () => Date;

  constructor(options: {
    cloudPi: CloudPiService;
    sources: ProjectSources;
    callers: CallerResolver;
    config: CardsConfig;
    now?: () => Date;
  }) {
    this.#cloudPi = options.cloudPi;
    this.#sources = options.sources;
    this.#callers = options.callers;
    this.#config = options.config;
    this.#now = options.now ?? (() => new Date());
  }

  /** The configured instances (an empty list when Cloud π is not configured). */
  listInstances(): InstancesResponse {
    return {
      generatedAt: this.#now().toISOString(),
      instances: this.#cloudPi
        .listInstances()
        .map(({ name, title }) => ({ name, title })),
    };
  }

  /** The non-archived projects the caller owns or belongs to, asked as the caller. */
  async listProjects(
    instanceName: string,
    userToken: string,
  ): Promise<ProjectsResponse> {
    const instance = this.#instance(instanceName);
    const projects = await instance
      .consoleAs({ type: 'bearer', token: userToken })
      .projects.list({ filter: 'member', statusNotIn: ['archived'] });
    return {
      generatedAt: this.#now().toISOString(),
      projects: projects
        .map(
          (p): ProjectSummary => ({
            id: p.id,
            slug: p.slug,
            name: p.name,
            description: p.description,
            status: p.status,
            locked: p.locked,
          }),
        )
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    };
  }

  /** The stages of an instance, in the platform's order. */
  async listStages(instanceName: string): Promise<StagesResponse> {
    const instance = this.#instance(instanceName);
    const { stages } = await this.#sources.platform(instance);
    return {
      generatedAt: this.#now().toISOString(),
      stages: stages.map(s => ({
        id: s.id,
        name: s.name,
        stageKind: stageKind(s.name),
      })),
    };
  }

  /**
   * Clusters attached to the stage that the project may use: public ones,
   * plus dedicated ones linked to the project when the caller belongs to
   * it. Platform administrators also get the remaining capacity.
   */
  async listClusters(
    instanceName: string,
    query: ClustersQuery,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<ClustersResponse> {
    if (!STAGE_ID.test(query.stageId)) {
      throw new InputError('stageId is not a stage id');
    }
    if (
      query.projectId !== undefined &&
      !isUuid(query.projectId) &&
      !PROJECT_SLUG.test(query.projectId)
    ) {
      throw new InputError('projectId is neither a project id nor a slug');
    }
    const instance = this.#instance(instanceName);
    const [platform, caller] = await Promise.all([
      this.#sources.platform(instance),
      this.#callers.resolve(credentials),
    ]);
    const stage = platform.stages.find(s => s.id === query.stageId);
    if (!stage) {
      throw new NotFoundError(
        `No stage ${query.stageId} on '${instance.name}'`,
      );
    }
    const project = query.projectId
      ? await this.#memberProject(instance, query.projectId, caller)
      : undefined;

    const zones = new Map(platform.zones.map(z => [z.id, z]));
    const clusters = platform.clusters.filter(
      c =>
        (c.stageIds?.includes(stage.id) || stage.clusterIds?.includes(c.id)) &&
        (c.privacy === 'public' ||
          (project !== undefined &&
            (c.projectIds?.includes(project.id) ||
              project.clusterIds.includes(c.id)))),
    );
    const capacities = caller.platformAdmin
      ? await mapWithConcurrency(clusters, instance.concurrency, c =>
          this.#remainingCapacity(instance, c),
        )
      : [];

    return {
      generatedAt: this.#now().toISOString(),
      clusters: clusters.map((c, index): ClusterSummary => {
        const zone = zones.get(c.zoneId);
        const remainingCapacity = capacities[index];
        return {
          id: c.id,
          label: c.label,
          zone: {
            slug: zone?.slug ?? 'unknown',
            label: zone?.label ?? 'unknown',
          },
          privacy: c.privacy,
          ...(remainingCapacity ? { remainingCapacity } : {}),
        };
      }),
    };
  }

  async #memberProject(
    instance: CloudPiInstance,
    idOrSlug: string,
    caller: CloudPiCaller,
  ) {
    const project = await this.#sources.project(instance, idOrSlug);
    const context = permissionContext(
      caller,
      project,
      this.#config.everyonePlatformPermissions,
    );
    if (!passesAccessRule('member', context)) {
      throw new NotAllowedError(
        `You are not a member of the Cloud π Native project '${project.slug}'`,
      );
    }
    return project;
  }

  /** Capacity minus allocations; `undefined` when unknown or not configured. */
  async #remainingCapacity(
    instance: CloudPiInstance,
    cluster: Cluster,
  ): Promise<ResourceAmounts | undefined> {
    const { cpu = 0, gpu = 0, memory = 0 } = cluster;
    if (cpu === 0 && memory === 0) return undefined;
    const usage = await readPart(
      'Cluster usage',
      this.#config.partTimeoutMs,
      () => instance.console.platform.getClusterUsage(cluster.id),
    );
    if (!usage.ok) return undefined;
    return {
      cpu: Math.max(0, cpu - usage.value.cpu),
      gpu: Math.max(0, gpu - usage.value.gpu),
      memory: Math.max(0, memory - usage.value.memory),
    };
  }

  #instance(name: string): CloudPiInstance {
    if (!INSTANCE_NAME.test(name)) {
      throw new InputError('Invalid Cloud π Native instance name');
    }
    return this.#cloudPi.getInstance(name);
  }
}
