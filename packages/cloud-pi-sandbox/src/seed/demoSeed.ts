import {
  argoCdWorkloadAppName,
  gitlabRepoUrl,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ConsoleServices } from '../console/services';
import type { ProjectRecord } from '../console/store/records';
import type { PlatformSettings } from '../types';
import { actorFor } from './actors';
import { DEMO_PROJECTS, OUTDATED_VERSION } from './demoProjects';
import { linkDedicatedClusters, seedPlatform } from './platformSeed';
import { ScriptedProvisioner } from './ScriptedProvisioner';

/** The demo controls of the tool fakes (`ToolWorld['demo']`). */
export interface DemoStateHooks {
  setQualityGate(projectKey: string, status: 'OK' | 'ERROR'): void;
  setAppHealth(
    appName: string,
    sync: 'Synced' | 'OutOfSync',
    health: 'Healthy' | 'Progressing' | 'Degraded' | 'Missing',
  ): void;
}

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

  if (options.demo) applyDemoToolStates(settings, options.demo);
}

/**
 * Marks the demo states in the tool fakes: a failing quality gate, an
 * OutOfSync and a Degraded application (names from the platform's rules).
 */
export function applyDemoToolStates(
  settings: PlatformSettings,
  demo: DemoStateHooks,
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
}
