import {
  Environment,
  StageKind,
  ZoneRef,
  namespaceName,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { PlatformTopology } from './ProjectSources';

/** Where an environment lives: stage, cluster, zone and namespace. */
export interface EnvironmentPlacement {
  environment: Environment;
  stage: string;
  stageKind: StageKind;
  /** Position of the stage in the platform's list (dev → staging → prod). */
  stageIndex: number;
  cluster: { id: string; label: string } | undefined;
  zone: ZoneRef | undefined;
  namespace: string;
}

/**
 * Places each environment on the platform topology, in stage order, then
 * by name. Clusters and zones unknown to the topology stay `undefined`.
 */
export function placeEnvironments(
  projectId: string,
  environments: Environment[],
  topology: PlatformTopology,
): EnvironmentPlacement[] {
  const stages = new Map(
    topology.stages.map((s, index) => [s.id, { ...s, index }]),
  );
  const clusters = new Map(topology.clusters.map(c => [c.id, c]));
  const zones = new Map(topology.zones.map(z => [z.id, z]));

  return environments
    .map(environment => {
      const stage = stages.get(environment.stageId);
      const stageName = stage?.name ?? environment.stage?.name ?? 'unknown';
      const cluster = clusters.get(environment.clusterId);
      const zone = cluster ? zones.get(cluster.zoneId) : undefined;
      return {
        environment,
        stage: stageName,
        stageKind: stageKind(stageName),
        stageIndex: stage?.index ?? Number.MAX_SAFE_INTEGER,
        cluster: cluster && { id: cluster.id, label: cluster.label },
        zone: zone && { slug: zone.slug, label: zone.label },
        namespace: namespaceName(projectId, environment.id),
      };
    })
    .sort(
      (a, b) =>
        a.stageIndex - b.stageIndex ||
        a.environment.name.localeCompare(b.environment.name),
    );
}

/** Shown for a cluster or zone the console did not list. */
export const UNKNOWN_ZONE: ZoneRef = { slug: 'unknown', label: 'unknown' };
