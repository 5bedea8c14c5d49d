import { CONSOLE_LOG_SUCCESS_SUMMARY } from '@cpin/plugin-cloud-pi-native-common';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Requestor } from '../auth/requestor';
import { badRequest, notFound } from '../errors';
import type {
  CreateClusterInput,
  createStageInputSchema,
  createZoneInputSchema,
  updateClusterInputSchema,
  updateStageInputSchema,
  updateZoneInputSchema,
} from '../schemas';
import type { ClusterRecord, StageRecord, ZoneRecord } from '../store/records';
import { nowIso, type ConsoleDeps } from './deps';

/** Messages of the legacy platform routes. */
export const PLATFORM_MESSAGES = {
  zoneNotFound: 'Zone introuvable',
  zoneSlugTaken: 'Une zone avec ce slug existe déjà',
  zoneHasClusters:
    'Impossible de supprimer la zone, des clusters y sont encore rattachés',
  stageNotFound: "Type d'environnement introuvable",
  stageNameTaken: "Un type d'environnement porte déjà ce nom",
  stageInUse:
    "Impossible de supprimer le type d'environnement, des environnements l'utilisent encore",
  clusterNotFound: 'Cluster introuvable',
  clusterLabelTaken: 'Un cluster porte déjà ce nom',
  clusterInUse:
    'Impossible de supprimer le cluster, des environnements y sont encore déployés',
  unknownZone: 'Zone invalide',
} as const;

/** Zones, stages and clusters (legacy routes; admin writes). */
export class PlatformService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** A zone or 404. */
  zone(zoneId: string): ZoneRecord {
    const zone = this.#deps.store.zones.get(zoneId);
    if (!zone) throw notFound(PLATFORM_MESSAGES.zoneNotFound);
    return zone;
  }

  /** Creates a zone, optionally moving clusters into it. */
  createZone(
    input: z.infer<typeof createZoneInputSchema>,
    requestor?: Requestor,
  ): ZoneRecord {
    const { store } = this.#deps;
    if (store.zones.findUnique('slug', input.slug)) {
      throw badRequest(PLATFORM_MESSAGES.zoneSlugTaken);
    }
    const zone = store.zones.insert({
      id: store.newId('zone', input.slug),
      slug: input.slug,
      label: input.label,
      argocdUrl: input.argocdUrl,
      description: input.description ?? '',
    });
    for (const clusterId of input.clusterIds ?? []) {
      if (store.clusters.get(clusterId)) {
        store.clusters.update(clusterId, c => {
          c.zoneId = zone.id;
        });
      }
    }
    this.#log('Create zone', { zone: input }, requestor);
    return zone;
  }

  /** Updates label, Argo CD URL and description (the slug is immutable). */
  updateZone(
    zoneId: string,
    input: z.infer<typeof updateZoneInputSchema>,
    requestor?: Requestor,
  ): ZoneRecord {
    this.zone(zoneId);
    const zone = this.#deps.store.zones.update(zoneId, z => {
      z.label = input.label;
      z.argocdUrl = input.argocdUrl;
      z.description = input.description ?? '';
    });
    this.#log('Update zone', { zoneId, zone: input }, requestor);
    return zone;
  }

  /** Deletes an empty zone. */
  deleteZone(zoneId: string, requestor?: Requestor): void {
    const { store } = this.#deps;
    this.zone(zoneId);
    if (store.clusters.all().some(c => c.zoneId === zoneId)) {
      throw badRequest(PLATFORM_MESSAGES.zoneHasClusters);
    }
    store.zones.delete(zoneId);
    this.#log('Delete zone', { zoneId }, requestor);
  }

  /** A stage or 404. */
  stage(stageId: string): StageRecord {
    const stage = this.#deps.store.stages.get(stageId);
    if (!stage) throw notFound(PLATFORM_MESSAGES.stageNotFound);
    return stage;
  }

  /** Creates a stage and attaches clusters to it. */
  createStage(input: z.infer<typeof createStageInputSchema>): StageRecord {
    const { store } = this.#deps;
    if (store.stages.findUnique('name', input.name)) {
      throw badRequest(PLATFORM_MESSAGES.stageNameTaken);
    }
    const stage = store.stages.insert({
      id: store.newId('stage', input.name),
      name: input.name,
    });
    this.#attachStage(stage.id, input.clusterIds ?? []);
    return stage;
  }

  /** Renames a stage and replaces its clusters. */
  updateStage(
    stageId: string,
    input: z.infer<typeof updateStageInputSchema>,
  ): StageRecord {
    const { store } = this.#deps;
    this.stage(stageId);
    const other = store.stages.findUnique('name', input.name);
    if (other && other.id !== stageId) {
      throw badRequest(PLATFORM_MESSAGES.stageNameTaken);
    }
    const stage = store.stages.update(stageId, s => {
      s.name = input.name;
    });
    this.#attachStage(stageId, input.clusterIds);
    return stage;
  }

  /** Deletes a stage no environment uses. */
  deleteStage(stageId: string): void {
    const { store } = this.#deps;
    this.stage(stageId);
    if (store.environments.all().some(e => e.stageId === stageId)) {
      throw badRequest(PLATFORM_MESSAGES.stageInUse);
    }
    for (const cluster of store.clusters.all()) {
      if (cluster.stageIds.includes(stageId)) {
        store.clusters.update(cluster.id, c => {
          c.stageIds = c.stageIds.filter(id => id !== stageId);
        });
      }
    }
    store.stages.delete(stageId);
  }

  /** `GET /stages/:id/environments`. */
  stageEnvironments(stageId: string) {
    const { store } = this.#deps;
    this.stage(stageId);
    return store.environments
      .all()
      .filter(e => e.stageId === stageId)
      .map(env => {
        const project = store.projects.get(env.projectId)!;
        return {
          project: project.slug,
          name: env.name,
          cluster: store.clusters.get(env.clusterId)?.label ?? '',
          owner: store.users.get(project.ownerId)?.email,
        };
      });
  }

  /** A cluster or 404. */
  cluster(clusterId: string): ClusterRecord {
    const cluster = this.#deps.store.clusters.get(clusterId);
    if (!cluster) throw notFound(PLATFORM_MESSAGES.clusterNotFound);
    return cluster;
  }

  /**
   * Clusters a caller may see: all for platform readers; otherwise public
   * ones, those linked to their projects and those hosting their projects.
   */
  visibleClusters(requestor: Requestor, seeAll: boolean): ClusterRecord[] {
    const { store } = this.#deps;
    const clusters = store.clusters.all();
    if (seeAll) return clusters;
    const userId = requestor.user.id;
    const projectIds = new Set([
      ...store.projects
        .all()
        .filter(p => p.ownerId === userId)
        .map(p => p.id),
      ...store.members.findGroup('user', userId).map(m => m.projectId),
    ]);
    const hosting = new Set<string>();
    for (const projectId of projectIds) {
      for (const env of store.environments.findGroup('project', projectId)) {
        hosting.add(env.clusterId);
      }
    }
    return clusters.filter(
      c =>
        c.privacy === 'public' ||
        hosting.has(c.id) ||
        c.projectIds.some(id => projectIds.has(id)),
    );
  }

  /** Sums of the environments' allocations on a cluster. */
  clusterUsage(clusterId: string) {
    this.cluster(clusterId);
    return this.#deps.store.environments.findGroup('cluster', clusterId).reduce(
      (acc, env) => ({
        cpu: acc.cpu + env.cpu,
        gpu: acc.gpu + env.gpu,
        memory: acc.memory + env.memory,
      }),
      { cpu: 0, gpu: 0, memory: 0 },
    );
  }

  /** `GET /clusters/:id/environments`. */
  clusterEnvironments(clusterId: string) {
    const { store } = this.#deps;
    this.cluster(clusterId);
    return store.environments.findGroup('cluster', clusterId).map(env => {
      const project = store.projects.get(env.projectId)!;
      return {
        project: project.slug,
        name: env.name,
        owner: store.users.get(project.ownerId)?.email,
        cpu: env.cpu,
        gpu: env.gpu,
        memory: env.memory,
      };
    });
  }

  /** Creates a cluster. */
  createCluster(
    input: CreateClusterInput,
    requestor?: Requestor,
  ): ClusterRecord {
    const { store } = this.#deps;
    if (store.clusters.findUnique('label', input.label)) {
      throw badRequest(PLATFORM_MESSAGES.clusterLabelTaken);
    }
    if (!store.zones.get(input.zoneId))
      throw badRequest(PLATFORM_MESSAGES.unknownZone);
    const cluster = store.clusters.insert({
      id: store.newId('cluster', input.label),
      label: input.label,
      privacy: input.privacy,
      clusterResources: input.clusterResources,
      infos: input.infos ?? '',
      cpu: input.cpu,
      gpu: input.gpu,
      memory: input.memory,
      zoneId: input.zoneId,
      stageIds: input.stageIds.filter(id => store.stages.get(id)),
      projectIds: (input.projectIds ?? []).filter(id => store.projects.get(id)),
      kubeconfig: input.kubeconfig,
    });
    this.#log('Create Cluster', { label: input.label }, requestor);
    return cluster;
  }

  /** Updates a cluster (partial). */
  updateCluster(
    clusterId: string,
    input: z.infer<typeof updateClusterInputSchema>,
    requestor?: Requestor,
  ): ClusterRecord {
    const { store } = this.#deps;
    this.cluster(clusterId);
    if (input.label !== undefined) {
      const other = store.clusters.findUnique('label', input.label);
      if (other && other.id !== clusterId) {
        throw badRequest(PLATFORM_MESSAGES.clusterLabelTaken);
      }
    }
    if (input.zoneId !== undefined && !store.zones.get(input.zoneId)) {
      throw badRequest(PLATFORM_MESSAGES.unknownZone);
    }
    const cluster = store.clusters.update(clusterId, c => {
      if (input.label !== undefined) c.label = input.label;
      if (input.privacy !== undefined) c.privacy = input.privacy;
      if (input.clusterResources !== undefined) {
        c.clusterResources = input.clusterResources;
      }
      if (input.infos !== undefined) c.infos = input.infos ?? '';
      if (input.cpu !== undefined) c.cpu = input.cpu;
      if (input.gpu !== undefined) c.gpu = input.gpu;
      if (input.memory !== undefined) c.memory = input.memory;
      if (input.zoneId !== undefined) c.zoneId = input.zoneId;
      if (input.stageIds !== undefined) c.stageIds = input.stageIds;
      if (input.projectIds !== undefined) c.projectIds = input.projectIds;
      if (input.kubeconfig !== undefined) c.kubeconfig = input.kubeconfig;
    });
    this.#log('Update Cluster', { clusterId }, requestor);
    return cluster;
  }

  /** Deletes a cluster; with environments only when `force` is set. */
  deleteCluster(
    clusterId: string,
    force: boolean,
    requestor?: Requestor,
  ): void {
    const { store } = this.#deps;
    this.cluster(clusterId);
    if (
      !force &&
      store.environments.findGroup('cluster', clusterId).length > 0
    ) {
      throw badRequest(PLATFORM_MESSAGES.clusterInUse);
    }
    store.clusters.delete(clusterId);
    this.#log('Delete Cluster', { clusterId }, requestor);
  }

  #attachStage(stageId: string, clusterIds: string[]): void {
    const { store } = this.#deps;
    const wanted = new Set(clusterIds);
    for (const cluster of store.clusters.all()) {
      const has = cluster.stageIds.includes(stageId);
      if (wanted.has(cluster.id) && !has) {
        store.clusters.update(cluster.id, c => {
          c.stageIds = [...c.stageIds, stageId];
        });
      } else if (!wanted.has(cluster.id) && has) {
        store.clusters.update(cluster.id, c => {
          c.stageIds = c.stageIds.filter(id => id !== stageId);
        });
      }
    }
  }

  // Legacy admin hooks write a log row without a project.
  #log(action: string, args: Record<string, unknown>, requestor?: Requestor) {
    const now = nowIso();
    this.#deps.store.logs.insert({
      id: randomUUID(),
      action,
      data: {
        args,
        failed: false,
        results: {},
        totalExecutionTime: 0,
        messageResume: CONSOLE_LOG_SUCCESS_SUMMARY,
      },
      userId: requestor?.user.id ?? null,
      requestId: null,
      projectId: null,
      createdAt: now,
      updatedAt: now,
    });
  }
}
