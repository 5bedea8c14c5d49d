import { SystemEntityV1alpha1 } from '@backstage/catalog-model';
import {
  CLOUD_PI_LINK_TYPES,
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Project,
  ProjectService,
  StageKind,
  dsoLabelSelector,
} from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { toTag } from './entityNames';
import { link, serviceLinks } from './links';
import { projectAnnotations } from './locations';
import {
  ARGOCD_APP_SELECTOR_ANNOTATION,
  ARGOCD_INSTANCE_NAME_ANNOTATION,
  PLATFORM_DASHBOARD_TAG,
  argocdInstances,
  grafanaAnnotations,
} from './pluginAnnotations';
import { CloudPiTransformContext } from './types';

/**
 * Where the environments of a project run (the Argo CD and Grafana annotations).
 *
 * @public
 */
export interface ProjectEnvironmentSite {
  zone: string;
  kind: StageKind;
  namespace: string;
}

/** Whether the project was last provisioned by another console version. */
export function isProvisioningOutdated(
  project: Pick<Project, 'lastSuccessProvisionningVersion'>,
  consoleVersion: string,
): boolean {
  return project.lastSuccessProvisionningVersion !== consoleVersion;
}

/**
 * A project as a `System` named after its slug, owned by its team Group,
 * with the tool links the console computes for it. With its environments'
 * `sites`, the Argo CD and Grafana plugins see the whole project.
 *
 * @public
 */
export function projectToSystem(
  project: Project,
  services: ProjectService[],
  ctx: CloudPiTransformContext,
  sites: ProjectEnvironmentSite[] = [],
): SystemEntityV1alpha1 {
  const outdated = isProvisioningOutdated(project, ctx.consoleVersion);
  const annotations: Record<string, string> = {
    ...projectAnnotations(ctx, project),
    [A.projectStatus]: project.status,
    [A.projectLocked]: String(project.locked),
    [A.provisioningOutdated]: String(outdated),
  };
  if (project.lastSuccessProvisionningVersion) {
    annotations[A.lastProvisioningVersion] =
      project.lastSuccessProvisionningVersion;
  }
  if (sites.length > 0) {
    annotations[ARGOCD_APP_SELECTOR_ANNOTATION] = dsoLabelSelector(
      project.slug,
    );
    annotations[ARGOCD_INSTANCE_NAME_ANNOTATION] = argocdInstances(
      sites.map(s => s.zone),
    );
    Object.assign(
      annotations,
      grafanaAnnotations(project.slug, sites, PLATFORM_DASHBOARD_TAG),
    );
  }
  const tags = [
    'cloud-pi-native',
    toTag(project.status),
    project.locked ? 'locked' : undefined,
    outdated ? 'outdated' : undefined,
  ].filter((tag): tag is string => tag !== undefined);

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: cloudPiEntityNames.system(project.slug),
      namespace: ctx.namespace,
      title: project.name,
      ...(project.description ? { description: project.description } : {}),
      annotations,
      labels: { [A.projectStatus]: project.status },
      tags,
      links: [
        ...link(
          ctx.urls.consoleProject(project.slug),
          'Cloud π Native console',
          CLOUD_PI_LINK_TYPES.console,
          'web',
        ),
        ...serviceLinks(services, kind => ctx.urls.grafana(project.slug, kind)),
      ],
    },
    spec: {
      type: 'cloud-pi-project',
      owner: entityRef(
        'group',
        ctx.namespace,
        cloudPiEntityNames.team(project.slug),
      ),
    },
  };
}
