import {
  gitlabGroupPath,
  gitlabRepoUrl,
  observabilityTenant,
  stageKind,
  type StageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { stringify } from 'yaml';
import type { ProjectSnapshot } from '../../types';
import { renderObservabilityApplication } from '../argocd/gitopsCharts';
import { ensureGroupPath, ensureRepository } from './gitlabOps';
import {
  OBSERVABILITY_VALUES_FILE,
  writeObservabilityEntry,
} from './observabilityValuesFile';
import type { ProvisioningContext } from './provisioningContext';
import { readme } from './systemRepositories';

/** Version of the `dso-observability` chart the project chart depends on. */
export const DSO_OBSERVABILITY_CHART_VERSION = '0.1.0';
const KINDS: StageKind[] = ['hprod', 'prod'];

/**
 * `observability` on project.upsert: the `infra-observability` repository
 * (dashboards as code), the project's entry in `observability/observability`,
 * one Grafana instance per stage kind, and the observability Application in
 * the Argo CD of every zone hosting environments of that kind.
 */
export function upsertObservability(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { project } = snapshot;
  const { gitlab, grafana, argocd } = ctx.stores;
  const slug = project.slug;
  const { group } = ensureGroupPath(
    gitlab,
    gitlabGroupPath(ctx.settings.projectsRootDir, slug),
  );
  ensureRepository(gitlab, group, 'infra-observability', {
    initialFiles: {
      'README.md': readme('infra-observability', slug),
      'Chart.yaml': observabilityChart(),
      'templates/includes.yaml':
        '{{ include "grafana-dashboards.dashboards" . }}\n---\n{{ include "grafana-dashboards.rules" . }}\n',
    },
    attributes: { cpn_project_slug: slug },
  });
  const repoUrl = gitlabRepoUrl(
    ctx.settings.gitlabUrl,
    ctx.settings.projectsRootDir,
    slug,
    'infra-observability',
  );

  const kinds = KINDS.filter(kind =>
    snapshot.environments.some(e => stageKind(e.stage.name) === kind),
  );
  writeEntry(
    ctx,
    project.id,
    {
      projectName: slug,
      projectRepository: { url: repoUrl, path: '.' },
      envs: Object.fromEntries(
        kinds.map(kind => [
          kind,
          {
            groups: [
              `/${slug}/grafana/${kind}-RW`,
              `/${slug}/grafana/${kind}-RO`,
            ],
            tenants: { [observabilityTenant(project.id, kind)]: {} },
          },
        ]),
      ),
    },
    `Update project ${slug}`,
  );

  for (const kind of KINDS) grafana.instances.delete(`${kind}-${slug}`);
  for (const kind of kinds) {
    grafana.instances.set(`${kind}-${slug}`, {
      name: `${kind}-${slug}`,
      kind,
      slug,
      projectId: project.id,
      tenant: observabilityTenant(project.id, kind),
      groups: [`/${slug}/grafana/${kind}-RW`, `/${slug}/grafana/${kind}-RO`],
    });
  }

  const wanted = new Map<string, Set<string>>();
  for (const env of snapshot.environments) {
    const kind = stageKind(env.stage.name);
    const zone = env.zone.slug;
    const app = renderObservabilityApplication({
      slug,
      projectName: project.name,
      projectId: project.id,
      kind,
      repoUrl,
      clusterLabels: snapshot.environments
        .filter(e => e.zone.slug === zone && stageKind(e.stage.name) === kind)
        .map(e => e.cluster.label)
        .sort()
        .filter((label, i, all) => all.indexOf(label) === i),
    });
    argocd.upsert(zone, app);
    wanted.set(zone, (wanted.get(zone) ?? new Set()).add(app.name));
  }
  removeObservabilityApps(ctx, project.id, wanted);
  return `Instances: ${kinds.map(k => `${k}-${slug}`).join(', ') || 'none'}`;
}

/** `observability` on project.delete. */
export function deleteObservability(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { project } = snapshot;
  writeEntry(ctx, project.id, null, `Delete project ${project.name}`);
  for (const kind of KINDS)
    ctx.stores.grafana.instances.delete(`${kind}-${project.slug}`);
  removeObservabilityApps(ctx, project.id, new Map());
  return 'Removed observability configuration';
}

function removeObservabilityApps(
  ctx: ProvisioningContext,
  projectId: string,
  wanted: Map<string, Set<string>>,
): void {
  for (const app of ctx.stores.argocd.ofProject(projectId)) {
    if (app.kind === 'observability' && !wanted.get(app.zone)?.has(app.name)) {
      ctx.stores.argocd.delete(app.zone, app.name);
    }
  }
}

/** Writes the project's entry of `observability/observability` (created on first upsert). */
function writeEntry(
  ctx: ProvisioningContext,
  projectId: string,
  entry: Record<string, unknown> | null,
  message: string,
): void {
  const { gitlab } = ctx.stores;
  if (!entry && !gitlab.findProject('observability/observability')) return;
  const { group } = ensureGroupPath(gitlab, 'observability');
  const { project } = ensureRepository(gitlab, group, 'observability', {
    initialFiles: {
      'README.md':
        '# observability\n\nObservability configuration of the platform, maintained by the Cloud π Native console.\n',
      [OBSERVABILITY_VALUES_FILE]: 'global:\n  projects: {}\n',
    },
  });
  writeObservabilityEntry(gitlab, project, projectId, entry, message);
}

function observabilityChart(): string {
  return stringify({
    apiVersion: 'v2',
    name: 'dso-observability',
    version: '0.1.0',
    dependencies: [
      {
        name: 'dso-observability',
        version: DSO_OBSERVABILITY_CHART_VERSION,
        repository: 'https://cloud-pi-native.github.io/helm-charts/',
      },
    ],
  });
}
