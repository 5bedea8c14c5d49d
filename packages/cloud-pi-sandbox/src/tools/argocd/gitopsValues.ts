/**
 * The values file the console commits per environment into the zone's infra
 * repository (`ValuesSchema` of the console's argocd module).
 */
export interface GitopsValues {
  common: {
    'dso/project': string;
    'dso/project.id': string;
    'dso/project.slug': string;
    'dso/environment': string;
    'dso/environment.id': string;
  };
  argocd: {
    cluster: string;
    namespace: string;
    project: string;
    envChartVersion: string;
    nsChartVersion: string;
  };
  environment: {
    valueFileRepository: string;
    valueFileRevision: string;
    valueFilePath: string;
    roGroup: string;
    rwGroup: string;
    consoleAdminGroup: string;
    platformAdminGroup: string;
    platformReadonlyGroup: string;
    platformSecurityGroup: string;
    projectAdminGroup: string;
    projectDevopsGroup: string;
    projectDevelopperGroup: string;
    projectSecurityGroup: string;
    projectReadonlyGroup: string;
  };
  application: {
    quota: { cpu: number; gpu: number; memory: string };
    sourceRepositories: string[];
    destination: { name: string; namespace: string };
    autosync: boolean;
    vault: {
      projectsRootDir: string;
      /** Vault URL, empty unless the namespace gets its own VaultConnection. */
      url: string;
      coreKvName: string;
      roleId: string;
      secretId: string;
    };
    /** Infra repositories, or the deployment sources of the environment. */
    repositories: GitopsRepository[];
  };
  features: { fineGrainedRoles: { enabled: boolean } };
}

/** A values file of a deployment source (`ValueSource` of the console's argocd module). */
export type GitopsValueSource =
  | { type: 'internal'; path: string }
  | {
      type: 'external';
      ref: string;
      repoURL: string;
      targetRevision: string;
      path: string;
    };

/** One Application the `dso-env` chart renders. */
export interface GitopsRepository {
  id: string;
  name: string;
  repoURL: string;
  targetRevision: string;
  path: string;
  valueFiles: string[];
  valueSources: GitopsValueSource[];
}

/** Public Git repository of the platform's Helm charts. */
export const HELM_CHARTS_REPO =
  'https://github.com/cloud-pi-native/helm-charts.git';
/** Console defaults for the chart versions (`DSO_ENV_CHART_VERSION`, `DSO_NS_CHART_VERSION`). */
export const DSO_ENV_CHART_VERSION = 'dso-env-1.6.0';
/** @see DSO_ENV_CHART_VERSION */
export const DSO_NS_CHART_VERSION = 'dso-ns-1.1.5';
