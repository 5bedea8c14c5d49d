import { Entity } from '@backstage/catalog-model';
import { clusterToResource } from './clusterToResource';
import { CloudPiTopology, CloudPiTransformContext } from './types';
import { zoneToResource } from './zoneToResource';

/**
 * The platform entities: one Resource per zone, then one per cluster,
 * sorted by slug and label.
 *
 * @public
 */
export function platformToEntities(
  topology: CloudPiTopology,
  ctx: CloudPiTransformContext,
): Entity[] {
  const zones = [...topology.zones.values()].sort((a, b) =>
    a.slug < b.slug ? -1 : 1,
  );
  const clusters = [...topology.clusters.values()].sort((a, b) =>
    a.label < b.label ? -1 : 1,
  );
  return [
    ...zones.map(zone => zoneToResource(zone, ctx)),
    ...clusters.map(cluster => clusterToResource(cluster, topology, ctx)),
  ];
}
