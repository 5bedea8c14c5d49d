import {
  argoCdPrefix,
  gitlabZoneInfraPath,
  gitopsValuesFilePath,
  namespaceName,
} from '@cpin/plugin-cloud-pi-native-common';
import type { Deployment } from '@cpin/plugin-cloud-pi-native-common';
import type { EnvironmentSnapshot, ProjectSnapshot } from '../../types';
import {
  DSO_ENV_CHART_VERSION,
  DSO_NS_CHART_VERSION,
  type GitopsValues,
} from '../argocd/gitopsValues';
import {
  deploymentRepositories,
  infraRepositories,
} from './gitopsRepositories';
import {
  gitlabBaseUrl,
  rootDir,
  type ProvisioningContext,
} from './provisioningContext';
import type { ProjectAppRole } from './vaultPlugin';

/**
 * The values file of one environment, as the console's argocd module writes
 * it: from the environment's deployments when given, otherwise from the
 * project's infra repositories.
 */
export function buildGitopsValues(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
  { environment: env, cluster, zone }: EnvironmentSnapshot,
  appRole: ProjectAppRole,
  deployments?: Deployment[],
): GitopsValues {
  const { project } = snapshot;
  const slug = project.slug;
  const group = (suffix: string) => `/${slug}/console/${suffix}`;
  return {
    common: {
      'dso/project': project.name,
      'dso/project.id': project.id,
      'dso/project.slug': slug,
      'dso/environment': env.name,
      'dso/environment.id': env.id,
    },
    argocd: {
      cluster: 'in-cluster',
      namespace: 'argocd',
      project: argoCdPrefix(slug, env.name),
      envChartVersion: DSO_ENV_CHART_VERSION,
      nsChartVersion: DSO_NS_CHART_VERSION,
    },
    environment: {
      valueFileRepository: `${gitlabBaseUrl(ctx)}/${gitlabZoneInfraPath(
        ctx.settings.projectsRootDir,
        zone.slug,
      )}.git`,
      valueFileRevision: 'HEAD',
      valueFilePath: gitopsValuesFilePath(
        project.name,
        cluster.label,
        env.name,
      ),
      roGroup: group(`${env.name}/RO`),
      rwGroup: group(`${env.name}/RW`),
      consoleAdminGroup: '/console/admin',
      platformAdminGroup: '/console/admin',
      platformReadonlyGroup: '/console/readonly',
      platformSecurityGroup: '/console/security',
      projectAdminGroup: group('admin'),
      projectDevopsGroup: group('devops'),
      projectDevelopperGroup: group('developer'),
      projectSecurityGroup: group('security'),
      projectReadonlyGroup: group('readonly'),
    },
    application: {
      quota: { cpu: env.cpu, gpu: env.gpu, memory: `${env.memory}Gi` },
      sourceRepositories: [`${gitlabBaseUrl(ctx)}/${rootDir(ctx)}/${slug}/**`],
      destination: {
        name: cluster.label,
        namespace: namespaceName(project.id, env.id),
      },
      autosync: env.autosync,
      vault: {
        projectsRootDir: rootDir(ctx),
        url: '',
        coreKvName: ctx.settings.vaultKvName,
        roleId: appRole.roleId,
        secretId: appRole.secretId,
      },
      repositories: deployments
        ? deploymentRepositories(
            ctx,
            slug,
            deployments,
            snapshot.repositories,
            env.name,
          )
        : infraRepositories(ctx, slug, snapshot.repositories, env.name),
    },
    features: { fineGrainedRoles: { enabled: true } },
  };
}
