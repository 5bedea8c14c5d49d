import { ResourceEntityV1alpha1 } from '@backstage/catalog-model';
import {
  CLOUD_PI_LINK_TYPES,
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Cluster,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiInconsistentDataError } from '../errors';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { clusterDescription, described } from './descriptions';
import { link } from './links';
import { baseAnnotations, consoleClusterUrl } from './locations';
import { CloudPiTopology, CloudPiTransformContext } from './types';

/**
 * A cluster as a `kubernetes-cluster` Resource named after its label (the
 * Argo CD destination and Kubernetes plugin cluster name), depending on
 * its zone. Capacity is the console's (`0` means "not configured"). It
 * carries no API server annotation: the console exposes no kubeconfig, so
 * the Kubernetes plugin's catalog cluster locator ignores it.
 *
 * @public
 */
export function clusterToResource(
  cluster: Cluster,
  topology: CloudPiTopology,
  ctx: CloudPiTransformContext,
): ResourceEntityV1alpha1 {
  const zone = topology.zones.get(cluster.zoneId);
  if (!zone) {
    throw new CloudPiInconsistentDataError(
      `Cluster '${cluster.label}' refers to zone ${cluster.zoneId}, missing from GET /api/v1/zones`,
    );
  }
  const page = consoleClusterUrl(ctx.consoleUrl, cluster.id);
  const text = described(
    clusterDescription(cluster.privacy === 'dedicated', zone.label),
  );
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: cloudPiEntityNames.cluster(cluster.label),
      namespace: ctx.namespace,
      title: cluster.label,
      description: text.description,
      annotations: {
        ...baseAnnotations(ctx, page),
        ...text.annotations,
        [A.clusterId]: cluster.id,
        [A.cluster]: cluster.label,
        [A.zone]: zone.slug,
        [A.privacy]: cluster.privacy,
        [A.cpu]: String(cluster.cpu ?? 0),
        [A.gpu]: String(cluster.gpu ?? 0),
        [A.memory]: String(cluster.memory ?? 0),
      },
      labels: { [A.privacy]: cluster.privacy },
      tags: ['cloud-pi-native', cluster.privacy],
      links: link(
        page,
        'Cloud π Native console (admin)',
        CLOUD_PI_LINK_TYPES.consoleAdmin,
        'web',
      ),
    },
    spec: {
      type: 'kubernetes-cluster',
      owner: ctx.platformOwner,
      dependsOn: [
        entityRef(
          'resource',
          ctx.namespace,
          cloudPiEntityNames.zone(zone.slug),
        ),
      ],
    },
  };
}
