import type express from 'express';
import type { PlatformSettings, Provisioner } from '../types';
import { applicationJson } from './argocd/applicationJson';
import { ArgoSessionManager } from './argocd/argoSession';
import { createArgocdRouter } from './argocd/argocdRouter';
import { TOOL_CREDENTIALS } from './credentials';
import { createGitlabRouter } from './gitlab/gitlabRouter';
import { dashboardsAsCode } from './grafana/dashboardsAsCode';
import { createGrafanaRouter } from './grafana/grafanaRouter';
import { createHarborRouter } from './harbor/harborRouter';
import { createDemoControls, type DemoControls } from './demoControls';
import { createKubernetesRouter } from './kubernetes/kubernetesRouter';
import { liveApplicationNodes } from './liveApplicationNodes';
import { createProvisioner } from './provisioner/createProvisioner';
import { systemClock, type Clock } from './shared/clock';
import { createSonarqubeRouter } from './sonarqube/sonarRouter';
import { createToolStores } from './toolStores';
import { createVaultRouter } from './vault/vaultRouter';

/** The local stand-ins of the platform's tools and the provisioner that fills them. */
export interface ToolWorld {
  /** GitLab v4, mounted at `/gitlab` (API under `/gitlab/api/v4`). */
  gitlab: express.Router;
  /** Vault, mounted at `/vault` (API under `/vault/v1`). */
  vault: express.Router;
  /** SonarQube, mounted at `/sonarqube` (API under `/sonarqube/api`). */
  sonarqube: express.Router;
  /** The Argo CD of a zone, mounted at `/argocd/<zoneSlug>`. */
  argocd(zoneSlug: string): express.Router;
  /** The API server of a cluster, mounted at `/kubernetes/<clusterLabel>`. */
  kubernetes(clusterLabel: string): express.Router;
  /** Grafana landing pages, mounted at `/grafana`. */
  grafana: express.Router;
  /** Harbor v2.0, mounted at `/harbor` (API under `/harbor/api/v2.0`). */
  harbor: express.Router;
  /** Creates, in the fakes, what the console's plugins create. */
  provisioner: Provisioner;
  /** The fixed demo credentials every fake checks. */
  credentials: {
    gitlabToken: string;
    vaultToken: string;
    sonarqubeToken: string;
    argocd: { username: string; password: string };
    kubernetesToken: string;
    grafanaToken: string;
    harbor: { username: string; password: string };
  };
  /** Controls for demonstrations. */
  demo: DemoControls;
}

/** Optional knobs, mostly for tests. */
export interface ToolWorldOptions {
  /** Source of "now" (pipelines progress, sessions expire, tokens age with it). */
  clock?: Clock;
  /** Lifetime of Argo CD session tokens, in seconds (Argo CD's default: 24 h). */
  argocdSessionTtlSeconds?: number;
}

/** Builds every tool fake over shared in-memory state. */
export function createToolWorld(
  settings: PlatformSettings,
  options: ToolWorldOptions = {},
): ToolWorld {
  const clock = options.clock ?? systemClock;
  const publicUrl = settings.publicUrl.replace(/\/+$/, '');
  const normalized: PlatformSettings = {
    ...settings,
    publicUrl,
    gitlabUrl: settings.gitlabUrl.replace(/\/+$/, ''),
  };
  const stores = createToolStores(normalized, clock, {
    vault: TOOL_CREDENTIALS.vaultToken,
    sonarqube: TOOL_CREDENTIALS.sonarqubeToken,
  });
  const argocdRouters = new Map<string, express.Router>();
  const kubernetesRouters = new Map<string, express.Router>();

  return {
    gitlab: createGitlabRouter(
      { store: stores.gitlab, baseUrl: normalized.gitlabUrl },
      TOOL_CREDENTIALS.gitlabToken,
    ),
    vault: createVaultRouter(stores.vault),
    sonarqube: createSonarqubeRouter(
      stores.sonarqube,
      `${publicUrl}/sonarqube`,
    ),
    grafana: createGrafanaRouter({
      store: stores.grafana,
      token: TOOL_CREDENTIALS.grafanaToken,
      dashboardsAsCode: instance =>
        dashboardsAsCode(
          stores.gitlab,
          normalized.projectsRootDir,
          instance.slug,
        ),
    }),
    harbor: createHarborRouter({
      store: stores.harbor,
      credentials: TOOL_CREDENTIALS.harbor,
      baseUrl: `${publicUrl}/harbor`,
    }),
    argocd(zoneSlug) {
      let router = argocdRouters.get(zoneSlug);
      if (!router) {
        router = createArgocdRouter({
          zone: zoneSlug,
          store: stores.argocd,
          // Each zone runs its own Argo CD, which signs its own sessions.
          sessions: new ArgoSessionManager(
            clock,
            options.argocdSessionTtlSeconds,
          ),
          credentials: TOOL_CREDENTIALS.argocd,
          clock,
          liveNodes: app => liveApplicationNodes(stores, app),
          baseUrl: `${publicUrl}/argocd/${zoneSlug}`,
        });
        argocdRouters.set(zoneSlug, router);
      }
      return router;
    },
    kubernetes(clusterLabel) {
      let router = kubernetesRouters.get(clusterLabel);
      if (!router) {
        router = createKubernetesRouter(
          {
            label: clusterLabel,
            store: stores.kubernetes,
            clock,
            healthOf: deployment =>
              stores.argocd.get(deployment.zone, deployment.applicationName)
                ?.health ?? 'Healthy',
            applications: () =>
              stores.argocd
                .listAll()
                .filter(app => app.clusterLabels.includes(clusterLabel))
                .map(app => ({
                  apiVersion: 'argoproj.io/v1alpha1',
                  kind: 'Application',
                  ...applicationJson(
                    app,
                    stores.argocd.syncStatus(app),
                    clock(),
                    stores.argocd.revisionsOf(app),
                  ),
                })),
          },
          TOOL_CREDENTIALS.kubernetesToken,
          `${publicUrl}/kubernetes/${clusterLabel}`,
        );
        kubernetesRouters.set(clusterLabel, router);
      }
      return router;
    },
    provisioner: createProvisioner(stores, normalized),
    credentials: {
      ...TOOL_CREDENTIALS,
      argocd: { ...TOOL_CREDENTIALS.argocd },
      harbor: { ...TOOL_CREDENTIALS.harbor },
    },
    demo: createDemoControls(stores),
  };
}
