import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
} from '@backstage/catalog-model';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiTransformContext } from './types';

function consoleBase(consoleUrl: string): string {
  return consoleUrl.replace(/\/+$/, '');
}

/** The console page of a cluster (admins only). */
export function consoleClusterUrl(consoleUrl: string, clusterId: string) {
  return `${consoleBase(consoleUrl)}/admin/clusters/${encodeURIComponent(
    clusterId,
  )}`;
}

/** The console page listing the zones (admins only). */
export function consoleZonesUrl(consoleUrl: string) {
  return `${consoleBase(consoleUrl)}/admin/zones`;
}

/**
 * The annotations every emitted entity carries: where it is managed (the
 * console page it comes from) and which instance it belongs to.
 */
export function baseAnnotations(
  ctx: CloudPiTransformContext,
  consolePageUrl: string,
): Record<string, string> {
  return {
    [ANNOTATION_LOCATION]: `url:${consolePageUrl}`,
    [ANNOTATION_ORIGIN_LOCATION]: `url:${consolePageUrl}`,
    [A.instance]: ctx.instance,
  };
}

/** {@link baseAnnotations} for an entity of a project, plus its id and slug. */
export function projectAnnotations(
  ctx: CloudPiTransformContext,
  project: { id: string; slug: string },
): Record<string, string> {
  return {
    ...baseAnnotations(ctx, ctx.urls.consoleProject(project.slug)),
    [A.projectId]: project.id,
    [A.projectSlug]: project.slug,
  };
}
