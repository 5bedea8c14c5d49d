import { isError } from '@backstage/errors';
import {
  CardPartError,
  EnvironmentDeployments,
  NamespaceQuotaUsage,
  dsoLabelSelector,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  ArgoCdApplication,
  ResourceQuotaUsage,
} from '@cpin/plugin-cloud-pi-native-node';
import { ScopedApplication, toApplicationSummary } from './argoApplications';
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
 * an annotation), grouped by environment, plus each namespace's quota when
 * its cluster is configured. A failing zone or cluster only degrades the
 * environments it serves.
 */
export async function buildDeploymentsView(
  context: ViewContext,
): Promise<BuiltView<DeploymentsView>> {
  const { instance, project, sources, limit, partTimeoutMs } = context;
  const [environments, platform] = await Promise.all([
    sources.environments(instance, project),
    sources.platform(instance),
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
      const quota = await readQuota(context, placement);
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
          return url ? [toApplicationSummary(app, url)] : [];
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
