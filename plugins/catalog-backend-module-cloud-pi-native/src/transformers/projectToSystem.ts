import { SystemEntityV1alpha1 } from '@backstage/catalog-model';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Project,
  ProjectService,
} from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { toTag } from './entityNames';
import { link, serviceLinks } from './links';
import { projectAnnotations } from './locations';
import { CloudPiTransformContext } from './types';

/** Whether the project was last provisioned by another console version. */
export function isProvisioningOutdated(
  project: Pick<Project, 'lastSuccessProvisionningVersion'>,
  consoleVersion: string,
): boolean {
  return project.lastSuccessProvisionningVersion !== consoleVersion;
}

/**
 * A project as a `System` named after its slug, owned by its team Group,
 * with the tool links the console computes for it.
 *
 * @public
 */
export function projectToSystem(
  project: Project,
  services: ProjectService[],
  ctx: CloudPiTransformContext,
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
          'console',
          'web',
        ),
        ...serviceLinks(services),
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
