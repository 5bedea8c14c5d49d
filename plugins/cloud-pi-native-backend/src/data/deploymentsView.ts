import { isError } from '@backstage/errors';
import {
  CardPartError,
  Deployment,
  EnvironmentDeployments,
  NamespaceQuotaUsage,
  dsoLabelSelector,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  ArgoCdApplication,
  KubernetesWorkload,
  ResourceQuotaUsage,
} from '@cpin/plugin-cloud-pi-native-node';
import {
  ScopedApplication,
  managedWorkloads,
  toApplicationSummary,
} from './argoApplications';
import { PartResult, notConfigured, readPart } from './parts';
import {
  EnvironmentPlacement,
  UNKNOWN_ZONE,
  placeEnvironments,
} from './placement';
import { BuiltView, ViewContext } from './viewContext';

/** Deployments of one environment, applications tagged with their repository. */
export type ScopedEnvironmentDeployments = Omit<
  EnvironmentDeployments,
  'applications'
> & { applications: ScopedApplication[] };

/** The deployments of every environment of the project. */
export interface DeploymentsView {
  generatedAt: string;
  environments: ScopedEnvironmentDeployments[];
}

const GIB = 1024 ** 3;

/**
 * Builds the deployments of a project: one Argo CD call per zone the
 * project uses (the zone of each environment's cluster, never a zone from
 * an annotation), grouped by environment, plus each namespace's quota and
 * workloads when its cluster is configured, and the project's console
 * Deployments. An application deploys its own repository (`dso/repository`)
 * and the repositories of the workloads it manages (`dso/repository` on
 * the Deployments of the namespace), so a repository entity sees the
 * application of an infra repository that deploys it. A failing zone or
 * cluster only degrades the environments it serves; unreadable workloads
 * or Deployments only drop that detail.
 */
export async function buildDeploymentsView(
  context: ViewContext,
): Promise<BuiltView<DeploymentsView>> {
  const { instance, project, sources, limit, partTimeoutMs } = context;
  const [environments, platform, deployments] = await Promise.all([
    sources.environments(instance, project),
    sources.platform(instance),
    readPart('the console Deployments', partTimeoutMs, () =>
      limit(() => sources.deployments(instance, project)),
    ),
  ]);
  const placements = placeEnvironments(project.id, environments, platform);

  const zones = [
    ...new Set(placements.flatMap(p => (p.zone ? [p.zone.slug] : []))),
  ];
  const appsByZone = new Map(
    await Promise.all(
      zones.map(async zone => {
        const argocd = instance.argocd(zone);
        const result: PartResult<ArgoCdApplication[]> | undefined = argocd
          ? await readPart(`Argo CD of zone '${zone}'`, partTimeoutMs, () =>
              limit(() =>
                argocd.listApplications({
                  selector: dsoLabelSelector(project.slug),
                }),
              ),
            )
          : undefined;
        return [zone, result] as const;
      }),
    ),
  );

  const rows = await Promise.all(
    placements.map(async placement => {
      const [quota, workloads] = await Promise.all([
        readQuota(context, placement),
        readWorkloads(context, placement),
      ]);
      const base = {
        name: placement.environment.name,
        stage: placement.stage,
        stageKind: placement.stageKind,
        zone: placement.zone ?? UNKNOWN_ZONE,
        cluster: { label: placement.cluster?.label ?? 'unknown' },
        namespace: placement.namespace,
        quota: quota.ok ? quota.value : null,
      };
      const zone = placement.zone?.slug;
      const apps = zone ? appsByZone.get(zone) : undefined;
      if (!zone || !apps || !apps.ok) {
        const error: CardPartError =
          apps?.ok === false
            ? apps.error
            : notConfigured(
                `Argo CD of zone '${placement.zone?.label ?? 'unknown'}'`,
                instance.name,
              );
        return {
          row: { ...base, applications: [], error },
          degraded: apps?.ok === false || !quota.ok,
        };
      }
      const applications = apps.value
        .filter(
          app =>
            app.metadata.labels?.['dso/environment'] ===
            placement.environment.name,
        )
        .flatMap(app => {
          const url = instance.urls.argocdApp(zone, app.metadata.name);
          if (!url) return [];
          const summary = toApplicationSummary(app, url);
          return [
            {
              ...summary,
              deploys: deployedRepositories(app, summary.repository, workloads),
              deployments: deploymentNames(
                deployments.ok ? deployments.value : [],
                placement.environment.id,
                summary.repository,
              ),
            },
          ];
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return { row: { ...base, applications }, degraded: !quota.ok };
    }),
  );

  return {
    value: {
      generatedAt: context.now().toISOString(),
      environments: rows.map(r => r.row),
    },
    degraded: rows.some(r => r.degraded),
  };
}

/** Repositories an application deploys: its own and its workloads'. */
function deployedRepositories(
  app: ArgoCdApplication,
  repository: string | null,
  workloads: KubernetesWorkload[],
): string[] {
  const managed = new Set(managedWorkloads(app));
  const names = workloads
    .filter(w => managed.has(`${w.namespace}/${w.name}`))
    .map(w => w.labels['dso/repository']);
  return [...new Set([repository, ...names])].filter((name): name is string =>
    Boolean(name),
  );
}

/** The console Deployments of the environment having `repository` as a source. */
function deploymentNames(
  deployments: Deployment[],
  environmentId: string,
  repository: string | null,
): string[] {
  if (!repository) return [];
  return deployments
    .filter(
      d =>
        d.environmentId === environmentId &&
        (d.deploymentSources ?? []).some(
          s => s.repository?.internalRepoName === repository,
        ),
    )
    .map(d => d.name)
    .sort();
}

/** The workloads of the namespace labelled with a repository; none when unreadable. */
async function readWorkloads(
  context: ViewContext,
  placement: EnvironmentPlacement,
): Promise<KubernetesWorkload[]> {
  const { instance, limit, partTimeoutMs } = context;
  const cluster = placement.cluster?.label;
  const kubernetes = cluster ? instance.kubernetes(cluster) : undefined;
  if (!kubernetes) return [];
  const result = await readPart(
    `Kubernetes cluster '${cluster}'`,
    partTimeoutMs,
    () =>
      limit(() =>
        kubernetes.listWorkloads(placement.namespace, 'dso/repository'),
      ),
  );
  return result.ok ? result.value : [];
}

/** The namespace quota, `ok: true, value: null` when the cluster is not configured. */
async function readQuota(
  context: ViewContext,
  placement: EnvironmentPlacement,
): Promise<PartResult<NamespaceQuotaUsage | null>> {
  const { instance, limit, partTimeoutMs } = context;
  const cluster = placement.cluster?.label;
  const kubernetes = cluster ? instance.kubernetes(cluster) : undefined;
  if (!kubernetes) return { ok: true, value: null };
  return readPart(
    `Kubernetes cluster '${cluster}'`,
    partTimeoutMs,
    async () => {
      try {
        return toQuotaUsage(
          await limit(() =>
            kubernetes.getResourceQuotaUsage(placement.namespace),
          ),
        );
      } catch (error) {
        // Not provisioned (yet): nothing to show, nothing to retry soon.
        if (isError(error) && error.name === 'NotFoundError') return null;
        throw error;
      }
    },
  );
}

/** `dso-quota` in the card's units: CPU cores, GPU count, memory GiB. */
export function toQuotaUsage(quota: ResourceQuotaUsage): NamespaceQuotaUsage {
  const line = (keys: string[], divisor = 1) => {
    const item = keys.map(k => quota.resources[k]).find(Boolean);
    return {
      hard: (item?.hard?.value ?? 0) / divisor,
      used: (item?.used?.value ?? 0) / divisor,
    };
  };
  return {
    cpu: line(['limits.cpu', 'requests.cpu', 'cpu']),
    memory: line(['limits.memory', 'requests.memory', 'memory'], GIB),
    gpu: line(['requests.nvidia.com/gpu', 'limits.nvidia.com/gpu']),
  };
}
