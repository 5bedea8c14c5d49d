import { ResourceEntityV1alpha1 } from '@backstage/catalog-model';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiEntityNames } from './entityRefs';
import { link } from './links';
import { baseAnnotations, consoleZonesUrl } from './locations';
import { CloudPiTransformContext } from './types';

/**
 * A zone (datacentre or security perimeter) as a `cloud-pi-zone` Resource
 * named `zone-<slug>`, linking to the zone's Argo CD. Clusters depend on it.
 *
 * @public
 */
export function zoneToResource(
  zone: Zone,
  ctx: CloudPiTransformContext,
): ResourceEntityV1alpha1 {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: cloudPiEntityNames.zone(zone.slug),
      namespace: ctx.namespace,
      title: zone.label,
      ...(zone.description ? { description: zone.description } : {}),
      annotations: {
        ...baseAnnotations(ctx, consoleZonesUrl(ctx.consoleUrl)),
        [A.zone]: zone.slug,
      },
      tags: ['cloud-pi-native'],
      links: link(zone.argocdUrl, `Argo CD ${zone.label}`, 'argocd'),
    },
    spec: {
      type: 'cloud-pi-zone',
      owner: ctx.platformOwner,
    },
  };
}
