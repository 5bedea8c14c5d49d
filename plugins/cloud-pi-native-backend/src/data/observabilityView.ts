import { ObservabilityResponse } from '@cpin/plugin-cloud-pi-native-common';
import { notConfigured } from './parts';
import { placeEnvironments } from './placement';
import { BuiltView, ViewContext } from './viewContext';

/** The observability view is the whole response; scoping happens per entity. */
export type ObservabilityView = ObservabilityResponse;

/** The repository holding the project's dashboards and alert rules as code. */
const DASHBOARDS_REPOSITORY = 'infra-observability';

/**
 * Builds the observability links of a project from configuration and the
 * platform's naming rules only: Grafana instance per environment kind,
 * Loki and Prometheus Explore on the namespace, alerting page.
 */
export async function buildObservabilityView(
  context: ViewContext,
): Promise<BuiltView<ObservabilityView>> {
  const { instance, project, sources } = context;
  const [environments, platform] = await Promise.all([
    sources.environments(instance, project),
    sources.platform(instance),
  ]);
  const placements = placeEnvironments(project.id, environments, platform);
  const { urls } = instance;
  const hasKind = (kind: 'hprod' | 'prod') =>
    placements.some(p => p.stageKind === kind);

  return {
    value: {
      generatedAt: context.now().toISOString(),
      grafana: {
        hprod: hasKind('hprod')
          ? urls.grafana(project.slug, 'hprod') ?? null
          : null,
        prod: hasKind('prod')
          ? urls.grafana(project.slug, 'prod') ?? null
          : null,
      },
      dashboardsRepositoryUrl:
        urls.gitlabProject(project.slug, DASHBOARDS_REPOSITORY) ?? null,
      environments: placements.map(p => {
        const base = {
          name: p.environment.name,
          stage: p.stage,
          stageKind: p.stageKind,
          namespace: p.namespace,
        };
        const grafana = urls.grafana(project.slug, p.stageKind);
        const logs = urls.lokiExplore(
          project.id,
          project.slug,
          p.stageKind,
          p.namespace,
        );
        const metrics = urls.prometheusExplore(
          project.id,
          project.slug,
          p.stageKind,
          p.namespace,
        );
        if (!grafana || !logs || !metrics) {
          return {
            ...base,
            links: null,
            error: notConfigured('Grafana', instance.name),
          };
        }
        return {
          ...base,
          links: { grafana, logs, metrics, alerts: `${grafana}/alerting/list` },
        };
      }),
    },
    degraded: false,
  };
}
