import {
  gitlabZoneInfraPath,
  gitopsValuesFilePath,
  namespaceName,
} from '@cpin/plugin-cloud-pi-native-common';
import { parse, stringify } from 'yaml';
import type { ProjectSnapshot } from '../../types';
import { renderEnvironmentApplications } from '../argocd/gitopsCharts';
import type { GitopsValues } from '../argocd/gitopsValues';
import type { GitlabProject } from '../gitlab/gitlabStore';
import { GIB, binaryQuantity, decimalQuantity } from '../kubernetes/quantity';
import { buildGitopsValues } from './buildGitopsValues';
import { deployedComponents } from './deployedComponents';
import {
  commitFiles,
  ensureGroupPath,
  ensureRepository,
  filesUnder,
} from './gitlabOps';
import {
  gitlabBaseUrl,
  rootDir,
  type ProvisioningContext,
} from './provisioningContext';
import { projectAppRole } from './vaultPlugin';

const GITOPS_KINDS = new Set(['root', 'infrastructure', 'app']);

/**
 * `argocd` on project.upsert: one values file per environment in its zone's
 * infra repository (one commit per zone, files of deleted environments
 * removed; in a zone with deployments, only the environments with
 * deployments are written), then what the
 * zone's Argo CD does with them — the root, namespace and workload
 * Applications — and what those sync into the cluster: the namespace, its
 * `dso-quota` and the workloads.
 */
export function upsertArgocd(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { project } = snapshot;
  const { argocd, kubernetes } = ctx.stores;
  const appRole = projectAppRole(ctx, project.slug);
  const zones = new Set([
    ...snapshot.zones.map(z => z.slug),
    ...snapshot.environments.map(e => e.zone.slug),
  ]);
  const wantedApps = new Map<string, Set<string>>();
  const wantedNamespaces = new Set<string>();

  for (const zone of zones) {
    const environments = snapshot.environments.filter(
      e => e.zone.slug === zone,
    );
    // A zone with deployments renders them only (`generateEnvironmentActions`).
    const zoneDeployments = snapshot.deployments.filter(d =>
      environments.some(e => e.environment.id === d.environmentId),
    );
    const repo = zoneRepository(ctx, zone, environments.length > 0);
    if (!repo) continue;
    const needed = new Set(
      environments.map(env =>
        gitopsValuesFilePath(
          project.name,
          env.cluster.label,
          env.environment.name,
        ),
      ),
    );
    const files: Record<string, string | null> = {};
    for (const path of filesUnder(repo, project.name)) {
      if (path.endsWith('/values.yaml') && !needed.has(path))
        files[path] = null;
    }
    for (const env of environments) {
      const path = gitopsValuesFilePath(
        project.name,
        env.cluster.label,
        env.environment.name,
      );
      const envDeployments = zoneDeployments.filter(
        d => d.environmentId === env.environment.id,
      );
      let values: GitopsValues | undefined;
      if (zoneDeployments.length === 0 || envDeployments.length > 0) {
        values = buildGitopsValues(
          ctx,
          snapshot,
          env,
          appRole,
          zoneDeployments.length > 0 ? envDeployments : undefined,
        );
        files[path] = stringify(values);
      } else {
        // The console neither rewrites nor removes this environment's file:
        // Argo CD keeps rendering what it last said, if anything.
        values = readValues(repo, path);
      }
      if (!values) continue;

      const components = deployedComponents(
        ctx,
        snapshot,
        env,
        values.application.repositories,
      );
      const rawUrl = `${gitlabBaseUrl(ctx)}/${gitlabZoneInfraPath(
        ctx.settings.projectsRootDir,
        zone,
      )}/-/raw/HEAD/${path}`;
      for (const app of renderEnvironmentApplications(values, {
        valuesFileUrl: rawUrl,
        components,
      })) {
        argocd.upsert(zone, app);
        wantedApps.set(zone, (wantedApps.get(zone) ?? new Set()).add(app.name));
      }

      const cluster = env.cluster.label;
      const name = namespaceName(project.id, env.environment.id);
      const labels = {
        'app.kubernetes.io/managed-by': 'dso-console',
        ...values.common,
      };
      const namespace = kubernetes.upsertNamespace(
        cluster,
        name,
        labels,
        project.id,
      );
      kubernetes.setQuota(namespace, quotaOf(values.application.quota), labels);
      kubernetes.setDeployments(
        namespace,
        components.map(component => ({
          name: component.name,
          image: component.image,
          replicas: component.replicas,
          zone,
          applicationName: component.applicationName,
          labels: {
            'app.kubernetes.io/name': component.name,
            'app.kubernetes.io/instance': component.applicationName,
            'app.kubernetes.io/version': component.image.split(':').pop()!,
            app: component.name,
            env: env.environment.name,
            tier: 'backend',
            'dso/project.slug': project.slug,
            'dso/environment': env.environment.name,
            'dso/repository': component.name,
          },
        })),
      );
      wantedNamespaces.add(`${cluster}/${name}`);
    }
    commitFiles(
      ctx.stores.gitlab,
      repo,
      `ci: :robot_face: Sync ${project.slug}`,
      files,
    );
  }

  removeGitopsApplications(ctx, project.id, wantedApps);
  for (const { cluster, name } of kubernetes.namespacesOfProject(project.id)) {
    if (!wantedNamespaces.has(`${cluster}/${name}`))
      kubernetes.deleteNamespace(cluster, name);
  }
  return `${snapshot.environments.length} environment(s) in ${zones.size} zone(s)`;
}

/** `argocd` on project.delete: values files, Applications and namespaces of the project. */
export function deleteArgocd(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { project } = snapshot;
  const infraGroup = ctx.stores.gitlab.findGroup(`${rootDir(ctx)}/infra`);
  const repositories = infraGroup
    ? ctx.stores.gitlab.projectsOf(infraGroup.id)
    : [];
  for (const repo of repositories) {
    const files = Object.fromEntries(
      filesUnder(repo, project.name).map(path => [path, null]),
    );
    commitFiles(
      ctx.stores.gitlab,
      repo,
      `ci: :robot_face: Delete ${project.slug}`,
      files,
    );
  }
  removeGitopsApplications(ctx, project.id, new Map());
  for (const { cluster, name } of ctx.stores.kubernetes.namespacesOfProject(
    project.id,
  )) {
    ctx.stores.kubernetes.deleteNamespace(cluster, name);
  }
  return 'Removed GitOps files, Applications and namespaces';
}

/** The zone's infra repository `<root>/infra/<zone>`, created on demand. */
function zoneRepository(
  ctx: ProvisioningContext,
  zone: string,
  create: boolean,
): GitlabProject | undefined {
  const path = gitlabZoneInfraPath(ctx.settings.projectsRootDir, zone);
  const existing = ctx.stores.gitlab.findProject(path);
  if (existing || !create) return existing;
  const { group } = ensureGroupPath(
    ctx.stores.gitlab,
    `${rootDir(ctx)}/infra`,
    { cpn_infra_group: 'true' },
  );
  return ensureRepository(ctx.stores.gitlab, group, zone, {
    description: `GitOps values of zone ${zone}`,
    initialFiles: {
      'README.md': `# ${zone}\n\nValues files the Cloud π Native console writes for the zone \`${zone}\`.\n`,
    },
    attributes: { cpn_managed_by_console: 'true' },
  }).project;
}

function removeGitopsApplications(
  ctx: ProvisioningContext,
  projectId: string,
  wanted: Map<string, Set<string>>,
): void {
  for (const app of ctx.stores.argocd.ofProject(projectId)) {
    if (GITOPS_KINDS.has(app.kind) && !wanted.get(app.zone)?.has(app.name)) {
      ctx.stores.argocd.delete(app.zone, app.name);
    }
  }
}

/** The values file last committed at `path`, if any. */
function readValues(
  repo: GitlabProject,
  path: string,
): GitopsValues | undefined {
  const head = repo.repository.branchHead('main');
  const blob = head && repo.repository.treeAt(head.id).get(path);
  return blob
    ? (parse(blob.content.toString('utf8')) as GitopsValues)
    : undefined;
}

/** `dso-quota` as the `dso-ns` chart renders it from the values' `quota`, in canonical quantities. */
function quotaOf(quota: {
  cpu: number;
  gpu: number;
  memory: string;
}): Record<string, string> {
  const cpu = decimalQuantity(quota.cpu);
  const memory = binaryQuantity(parseFloat(quota.memory) * GIB);
  return {
    'limits.cpu': cpu,
    'limits.memory': memory,
    'requests.cpu': cpu,
    'requests.memory': memory,
    'requests.nvidia.com/gpu': decimalQuantity(quota.gpu),
  };
}
