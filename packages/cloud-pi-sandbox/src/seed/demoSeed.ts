import {
  argoCdWorkloadAppName,
  gitlabProjectPath,
  gitlabRepoUrl,
  namespaceName,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ConsoleStore } from '../console/store/ConsoleStore';
import type { ConsoleServices } from '../console/services';
import type { DemoControls } from '../tools/demoControls';
import type { ProjectRecord } from '../console/store/records';
import type { PlatformSettings } from '../types';
import { actorFor } from './actors';
import {
  DEMO_PROJECTS,
  OUTDATED_VERSION,
  type DemoProject,
} from './demoProjects';
import { linkDedicatedClusters, seedPlatform } from './platformSeed';
import { ScriptedProvisioner } from './ScriptedProvisioner';

/** The demo controls of the tool fakes (`ToolWorld['demo']`). */
export type DemoStateHooks = DemoControls;

/**
 * Builds the demo world through the console's own services, so provisioning
 * creates every tool object, then sets the demo states: a failed, a locked,
 * an outdated and an archived project, a failing quality gate, an OutOfSync
 * and a Degraded application. Ids are name-based, hence stable across runs.
 */
export async function seedDemo(
  services: ConsoleServices,
  options: { publicUrl: string; demo?: DemoStateHooks },
): Promise<void> {
  const { store, provisioning, settings } = services.deps;
  const scripted = new ScriptedProvisioner(provisioning.provisioner);
  const original = provisioning.provisioner;
  provisioning.provisioner = scripted;
  try {
    await store.withDeterministicIds(async () => {
      seedPlatform(services, options.publicUrl);
      const projects = new Map<string, ProjectRecord>();
      for (const definition of DEMO_PROJECTS) {
        const owner = actorFor(store, definition.ownerEmail);
        const { project } = await services.projects.create(
          owner,
          {
            name: definition.name,
            description: definition.description,
            limitless: definition.budget === undefined,
            hprodCpu: definition.budget?.hprodCpu ?? 0,
            hprodGpu: 0,
            hprodMemory: definition.budget?.hprodMemory ?? 0,
            prodCpu: definition.budget?.prodCpu ?? 0,
            prodGpu: 0,
            prodMemory: definition.budget?.prodMemory ?? 0,
          },
          { userId: owner.user.id },
        );
        projects.set(definition.name, project);
      }
      linkDedicatedClusters(services);

      for (const definition of DEMO_PROJECTS) {
        const project = store.projects.get(projects.get(definition.name)!.id)!;
        const owner = actorFor(store, definition.ownerEmail);
        const origin = { userId: owner.user.id };
        for (const role of definition.roles ?? []) {
          await services.roles.create(project, role, origin);
        }
        const roles = store.projectRoles.findGroup('project', project.id);
        for (const member of definition.members) {
          const user = store.users.findUnique('email', member.email)!;
          services.members.add(project, { userId: user.id }, origin);
          services.members.patch(
            project,
            [
              {
                userId: user.id,
                roles: [roles.find(r => r.name === member.role)!.id],
              },
            ],
            origin,
          );
        }
        for (const env of definition.environments) {
          await services.environments.create(
            project,
            {
              name: env.name,
              stageId: store.stages.findUnique('name', env.stage)!.id,
              clusterId: store.clusters.findUnique('label', env.cluster)!.id,
              cpu: env.cpu,
              gpu: env.gpu,
              memory: env.memory,
              autosync: env.autosync ?? true,
            },
            origin,
          );
        }
        for (const repo of definition.repositories) {
          await services.repositories.create(
            project,
            repo.externalUserName || repo.externalToken
              ? { ...repo, isPrivate: true }
              : { ...repo, isPrivate: false },
            origin,
          );
        }
        seedDeployments(services, project, definition, origin);
        // The console reconciles deployments in the background.
        await provisioning.settled(project.id);
      }

      const admin = actorFor(store, 'admin@cloud-pi.fr');
      const sirh = store.projects.findUnique('slug', 'sirh')!;
      scripted.failNextUpsert(
        'vault',
        `Permission refusée sur ${settings.vaultKvName}/data/${settings.projectsRootDir}/sirh/SONAR`,
      );
      await services.projects.replay(sirh, { userId: sirh.ownerId });

      const intranet = store.projects.findUnique('slug', 'intranet')!;
      await services.projects.update(
        admin,
        intranet,
        { locked: true },
        {
          userId: admin.user.id,
        },
      );

      // As if cadastre had last been provisioned by an older console.
      const cadastre = store.projects.findUnique('slug', 'cadastre')!;
      store.projects.update(cadastre.id, p => {
        p.lastSuccessProvisionningVersion = OUTDATED_VERSION;
      });

      const ancien = store.projects.findUnique('slug', 'ancienportail')!;
      await services.projects.archive(ancien, { userId: ancien.ownerId });
    });
  } finally {
    provisioning.provisioner = original;
  }

  if (options.demo) applyDemoToolStates(settings, options.demo, store);
}

/** Creates a demo project's deployments through the console's service. */
function seedDeployments(
  services: ConsoleServices,
  project: ProjectRecord,
  definition: DemoProject,
  origin: { userId: string },
): void {
  const { store } = services.deps;
  const environmentId = (name: string) =>
    store.environments
      .findGroup('project', project.id)
      .find(e => e.name === name)!.id;
  const repositoryId = (name: string) =>
    store.repositories
      .findGroup('project', project.id)
      .find(r => r.internalRepoName === name)!.id;
  for (const deployment of definition.deployments ?? []) {
    services.deployments.create(
      project,
      {
        name: deployment.name,
        projectId: project.id,
        environmentId: environmentId(deployment.environment),
        autosync: deployment.autosync ?? true,
        deploymentSources: deployment.sources.map(source => ({
          type: 'git' as const,
          repositoryId: repositoryId(source.repository),
          targetRevision: source.targetRevision,
          path: source.path,
          helmValuesFiles: source.helmValuesFiles,
          valueSources: (source.valueSources ?? []).map(v =>
            v.type === 'internal'
              ? v
              : {
                  type: 'external' as const,
                  path: v.path,
                  ref: v.ref,
                  targetRevision: '',
                  repositoryId: repositoryId(v.repository),
                },
          ),
        })),
      },
      origin,
    );
  }
}

/** Dashboards as code of the demo projects, one per application repository. */
const DEMO_DASHBOARDS: Record<string, string[]> = {
  portail: ['api', 'front'],
  urbanisme: ['web', 'instruction'],
  cadastre: ['cadastre-api'],
};

const MINUTE = 60_000;
/** The prod values the demo's release commit writes in portail's infra repository. */
const PROD_VALUES = `replicaCount: 2
image:
  tag: 1.4.0
`;

/**
 * Marks the demo states in the tool fakes (names from the platform's
 * rules), so that every step of the onboarding journey has a project in
 * each state:
 *
 * - `portail`: the quality gate of `api` fails; `infra` is OutOfSync in
 *   staging and, after a new commit, in prod where autosync is off;
 * - `sirh`: `sirh-infra` Degraded in prod, the mirror of `sirh-app` fails
 *   and its image is not signed;
 * - `cadastre`: the last pipeline of `cadastre-api` on `main` fails;
 * - `guichet`: the image deployed in prod has critical vulnerabilities;
 * - dashboards as code tagged with their repository (`portail`,
 *   `urbanisme`, `cadastre`) and Grafana alert rules on the environments'
 *   namespaces (`portail`, `urbanisme`).
 *
 * The pipelines the seed's syncs started are moved an hour back, so the
 * world starts with finished builds.
 */
export function applyDemoToolStates(
  settings: PlatformSettings,
  demo: DemoStateHooks,
  store: ConsoleStore,
): void {
  const repoUrl = (slug: string, repo: string) =>
    gitlabRepoUrl(settings.gitlabUrl, settings.projectsRootDir, slug, repo);
  demo.setQualityGate(sonarQubeProjectKey('portail', 'api'), 'ERROR');
  demo.setAppHealth(
    argoCdWorkloadAppName(
      'portail',
      'staging',
      'infra',
      repoUrl('portail', 'infra'),
    ),
    'OutOfSync',
    'Healthy',
  );
  demo.setAppHealth(
    argoCdWorkloadAppName(
      'sirh',
      'prod',
      'sirh-infra',
      repoUrl('sirh', 'sirh-infra'),
    ),
    'Synced',
    'Degraded',
  );
  const path = (slug: string, repo: string) =>
    gitlabProjectPath(settings.projectsRootDir, slug, repo);
  // A release commit: autosync environments follow it, prod waits for a sync.
  demo.commitFile(
    path('portail', 'infra'),
    'helm/values-prod.yaml',
    PROD_VALUES,
  );

  demo.agePipelines(60 * MINUTE);
  const ci = (
    slug: string,
    repo: string,
    ref: string,
    ageMinutes: number,
    failedJob?: string,
  ) =>
    demo.runPipeline(path(slug, repo), ref, {
      ageMs: ageMinutes * MINUTE,
      failedJob,
    });
  const mirror = (
    slug: string,
    repo: string,
    ageMinutes: number,
    failed = false,
  ) =>
    demo.runPipeline(path(slug, 'mirror'), 'main', {
      source: 'api',
      ageMs: ageMinutes * MINUTE,
      failedJob: failed ? 'repo_pull_sync' : undefined,
      variables: {
        SYNC_ALL: 'true',
        GIT_BRANCH_DEPLOY: '',
        PROJECT_NAME: repo,
      },
    });
  mirror('portail', 'front', 50);
  ci('portail', 'front', 'main', 48);
  ci('portail', 'front', 'feat/recherche', 30);
  ci('portail', 'api', 'main', 40);
  ci('portail', 'api', 'feat/pagination', 20, 'sonar_analysis');
  mirror('sirh', 'sirh-app', 45, true);
  mirror('sirh', 'sirh-infra', 44);
  ci('sirh', 'sirh-app', 'main', 55);
  ci('intranet', 'docs', 'main', 50);
  mirror('cadastre', 'cadastre-api', 40);
  ci('cadastre', 'cadastre-api', 'feat/export', 35);
  ci('cadastre', 'cadastre-api', 'main', 25, 'test_app');
  mirror('guichet', 'guichet-web', 30);
  ci('guichet', 'guichet-web', 'main', 28);
  mirror('urbanisme', 'web', 36);
  ci('urbanisme', 'web', 'main', 34);
  ci('urbanisme', 'instruction', 'main', 32);

  demo.setQualityGate(sonarQubeProjectKey('guichet', 'guichet-web'), 'OK');
  demo.setImageScan('guichet/guichet-web', {
    critical: 2,
    high: 5,
    medium: 9,
    low: 14,
    fixable: 6,
  });
  demo.setImageSigned('sirh/sirh-app', false);

  for (const [slug, repositories] of Object.entries(DEMO_DASHBOARDS)) {
    for (const repository of repositories) {
      demo.addDashboard(slug, repository, {
        uid: `${slug}-${repository}`,
        title: `${slug} · ${repository}`,
        tags: [repository, slug],
      });
    }
  }
  const namespace = (slug: string, env: string) => {
    const project = store.projects.findUnique('slug', slug)!;
    const environment = store.environments
      .findGroup('project', project.id)
      .find(e => e.name === env)!;
    return namespaceName(project.id, environment.id);
  };
  demo.setAlertRules('prod-portail', [
    {
      uid: 'portail-api-5xx',
      title: "Taux d'erreurs 5xx de l'API",
      group: 'portail-api',
      labels: { namespace: namespace('portail', 'prod'), severity: 'critical' },
      summary: "Plus de 5 % des requêtes de l'API échouent.",
      state: 'Alerting',
    },
  ]);
  demo.setAlertRules('hprod-portail', [
    {
      uid: 'portail-restarts-staging',
      title: 'Redémarrages de pods',
      group: 'portail-pods',
      labels: {
        namespace: namespace('portail', 'staging'),
        severity: 'warning',
      },
      summary: 'Un pod redémarre en boucle.',
      state: 'Normal',
    },
  ]);
  demo.setAlertRules('hprod-urbanisme', [
    {
      uid: 'urbanisme-web-latency',
      title: 'Latence du service web',
      group: 'urbanisme-web',
      labels: { namespace: namespace('urbanisme', 'dev'), severity: 'warning' },
      summary: 'Le 95e centile dépasse 500 ms.',
      state: 'Pending',
    },
  ]);
  demo.setAlertRules('prod-urbanisme', [
    {
      uid: 'urbanisme-web-availability',
      title: 'Disponibilité du service web',
      group: 'urbanisme-web',
      labels: {
        namespace: namespace('urbanisme', 'prod'),
        severity: 'critical',
      },
      summary: 'Le service web ne répond plus.',
      state: 'Normal',
    },
  ]);
}
