import {
  argoCdAppProjectName,
  argoCdEnvAppName,
  argoCdObservabilityAppName,
  argoCdRootAppName,
  argoCdWorkloadAppName,
  type StageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import type {
  ApplicationSpec,
  DesiredApplication,
  ManagedResource,
} from './applicationTypes';
import {
  HELM_CHARTS_REPO,
  type GitopsRepository,
  type GitopsValues,
} from './gitopsValues';

/** A workload an infra repository deploys (one Deployment and its Service). */
export interface DeployedComponent {
  name: string;
  image: string;
  replicas: number;
  /** The workload Application that deploys it. */
  applicationName: string;
}

const ARGO = { group: 'argoproj.io', version: 'v1alpha1', namespace: 'argocd' };

/**
 * What Argo CD creates from one values file: the ApplicationSet's root
 * Application (`dso-argocd-zone`), and what `dso-env` renders from it — the
 * namespace Application and one workload Application per repository.
 */
export function renderEnvironmentApplications(
  values: GitopsValues,
  options: { valuesFileUrl: string; components: DeployedComponent[] },
): DesiredApplication[] {
  const common = values.common;
  const slug = common['dso/project.slug'];
  const env = common['dso/environment'];
  const projectId = common['dso/project.id'];
  const cluster = values.application.destination.name;
  const namespace = values.application.destination.namespace;
  const [projectName, clusterSegment, envSegment] =
    values.environment.valueFilePath.split('/');
  const prefix = values.argocd.project;
  const automated = values.application.autosync
    ? { automated: { prune: true, selfHeal: true, allowEmpty: true } }
    : undefined;

  // Two sources of the same repository render the same name; the last one wins.
  const byName = new Map<string, DesiredApplication>();
  for (const repo of values.application.repositories) {
    const name = argoCdWorkloadAppName(slug, env, repo.name, repo.repoURL);
    const components = options.components.filter(
      c => c.applicationName === name,
    );
    byName.set(name, {
      name,
      kind: 'app',
      labels: {
        ...common,
        'dso/repository': repo.name,
        'dso/repository.id': repo.id,
        'dso/type': 'app',
      },
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
      spec: {
        project: argoCdAppProjectName(slug, env),
        ...workloadSources(repo),
        destination: { name: cluster, namespace },
        ...(automated ? { syncPolicy: automated } : {}),
      },
      projectId,
      clusterLabels: [cluster],
      resources: components.flatMap<ManagedResource>(c => [
        { version: 'v1', kind: 'Service', namespace, name: c.name },
        {
          group: 'apps',
          version: 'v1',
          kind: 'Deployment',
          namespace,
          name: c.name,
        },
      ]),
      images: [...new Set(components.map(c => c.image))],
    });
  }
  const workloads = [...byName.values()];

  const envApp: DesiredApplication = {
    name: argoCdEnvAppName(slug, env),
    kind: 'infrastructure',
    labels: { ...common, 'dso/type': 'infrastructure' },
    spec: {
      project: `${prefix}-env`,
      source: {
        repoURL: HELM_CHARTS_REPO,
        path: 'charts/dso-ns',
        targetRevision: values.argocd.nsChartVersion,
        helm: { valueFiles: [options.valuesFileUrl] },
      },
      destination: { name: cluster, namespace },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
    projectId,
    clusterLabels: [cluster],
    resources: [
      { version: 'v1', kind: 'Namespace', name: namespace },
      { version: 'v1', kind: 'ResourceQuota', namespace, name: 'dso-quota' },
      { version: 'v1', kind: 'Secret', namespace, name: 'vso-approle' },
      {
        group: 'secrets.hashicorp.com',
        version: 'v1beta1',
        kind: 'VaultAuth',
        namespace,
        name: 'vault-auth',
      },
      {
        group: 'secrets.hashicorp.com',
        version: 'v1beta1',
        kind: 'VaultStaticSecret',
        namespace,
        name: 'registry-pull-secret',
      },
    ],
    images: [],
  };

  const root: DesiredApplication = {
    name: argoCdRootAppName(projectName, clusterSegment, envSegment),
    kind: 'root',
    labels: {
      'app.kubernetes.io/managed-by': 'dso-console',
      'dso/projet': projectName,
      'dso/environment': envSegment,
      'dso/type': 'root',
    },
    spec: {
      project: 'dso-project',
      source: {
        repoURL: HELM_CHARTS_REPO,
        path: 'charts/dso-env',
        targetRevision: values.argocd.envChartVersion,
        helm: { valueFiles: [options.valuesFileUrl] },
      },
      destination: {
        name: values.argocd.cluster,
        namespace: values.argocd.namespace,
      },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
    projectId,
    clusterLabels: [cluster],
    resources: [
      { ...ARGO, kind: 'AppProject', name: `${prefix}-app` },
      { ...ARGO, kind: 'AppProject', name: `${prefix}-env` },
      { ...ARGO, kind: 'Application', name: envApp.name },
      ...workloads.map(app => ({
        ...ARGO,
        kind: 'Application',
        name: app.name,
      })),
    ],
    images: [],
  };
  return [root, envApp, ...workloads];
}

/**
 * `application-app.yaml` of `dso-env`: one source with the repository's
 * values files, or, with value sources, the repository plus one `ref`
 * source per external value source, the values files read from `$<ref>/`.
 */
function workloadSources(
  repo: GitopsRepository,
): Pick<ApplicationSpec, 'source' | 'sources'> {
  if (repo.valueSources.length === 0) {
    return {
      source: {
        repoURL: repo.repoURL,
        path: repo.path,
        targetRevision: repo.targetRevision,
        ...(repo.valueFiles.length
          ? { helm: { valueFiles: repo.valueFiles } }
          : {}),
      },
    };
  }
  return {
    sources: [
      {
        repoURL: repo.repoURL,
        targetRevision: repo.targetRevision,
        path: repo.path,
        helm: {
          valueFiles: repo.valueSources.map(v =>
            v.type === 'internal' ? v.path : `$${v.ref}/${v.path}`,
          ),
        },
      },
      ...repo.valueSources.flatMap(v =>
        v.type === 'external'
          ? [
              {
                repoURL: v.repoURL,
                targetRevision: v.targetRevision,
                ref: v.ref,
              },
            ]
          : [],
      ),
    ],
  };
}

/**
 * The observability Application of a project for a stage kind (`dso-grafana`),
 * syncing `infra-observability` into Grafana with `global.tenantId`.
 */
export function renderObservabilityApplication(options: {
  slug: string;
  projectName: string;
  projectId: string;
  kind: StageKind;
  repoUrl: string;
  clusterLabels: string[];
}): DesiredApplication {
  return {
    name: argoCdObservabilityAppName(options.slug, options.kind),
    kind: 'observability',
    labels: {
      'dso/project': options.projectName,
      'dso/project.id': options.projectId,
      'dso/project.slug': options.slug,
      'dso/type': 'observability',
    },
    spec: {
      project: `${options.slug}-observability`,
      source: {
        repoURL: options.repoUrl,
        path: '.',
        targetRevision: 'main',
        helm: {
          parameters: [
            {
              name: 'global.tenantId',
              value: `${options.kind}-${options.slug}`,
            },
          ],
        },
      },
      destination: { name: 'in-cluster', namespace: 'dso-grafana' },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
    projectId: options.projectId,
    clusterLabels: options.clusterLabels,
    resources: [],
    images: [],
  };
}
