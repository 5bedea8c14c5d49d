import {
  DEFAULT_EVERYONE_PERMS,
  DEFAULT_PROJECT_ROLES,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ConsoleServices } from '../console/services';
import { SANDBOX_DEMO_USERS } from '../demo/demoCredentials';
import { deterministicUuid } from '../util/deterministicUuid';
import { DEMO_STAGES, seedPlatform } from './platformSeed';

/** Size of a generated world. @public */
export interface ScaleSeedOptions {
  projects: number;
  repositoriesPerProject?: number;
  environmentsPerProject?: number;
  /** Generated console users that own and join projects (default 50). */
  users?: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Generates a large world straight into the store (no provisioning, so no
 * tool objects): the demo platform, then `projects` projects with their
 * default roles, two members, environments and repositories. Replaying a
 * project's hooks (`PUT /projects/:id/hooks`) provisions it on demand.
 * Cluster capacities are left unconfigured (0) so the generated allocations
 * never block later environment creations.
 */
export async function seedScale(
  services: ConsoleServices,
  options: { publicUrl: string; scale: ScaleSeedOptions },
): Promise<void> {
  const { store, settings } = services.deps;
  const {
    projects: projectCount,
    repositoriesPerProject = 4,
    environmentsPerProject = 3,
    users: userCount = 50,
  } = options.scale;

  await store.withDeterministicIds(async () => {
    seedPlatform(services, options.publicUrl);
  });
  for (const cluster of store.clusters.all()) {
    store.clusters.update(cluster.id, c => {
      c.cpu = 0;
      c.gpu = 0;
      c.memory = 0;
    });
  }

  const now = new Date().toISOString();
  const people: string[] = [];
  for (let i = 1; i <= userCount; i++) {
    const email = `agent${pad(i, 4)}@scale.cloud-pi.fr`;
    const id = deterministicUuid('user', email);
    store.users.insert({
      id,
      firstName: 'Agent',
      lastName: pad(i, 4),
      email,
      type: 'human',
      adminRoleIds: [],
      lastLogin: null,
      createdAt: now,
      updatedAt: now,
    });
    people.push(id);
  }
  const alice = SANDBOX_DEMO_USERS.find(u => u.role === 'owner')!.id;
  const bob = SANDBOX_DEMO_USERS.find(u => u.role === 'devops')!.id;

  const stages = DEMO_STAGES.map(
    name => store.stages.findUnique('name', name)!,
  );
  const cluster = (label: string) =>
    store.clusters.findUnique('label', label)!.id;
  const clustersByZone = {
    default: { hprod: cluster('ovh-hprod'), prod: cluster('ovh-prod') },
    dr: { hprod: cluster('dr-restreint'), prod: cluster('dr-restreint') },
  };
  const width = Math.max(4, String(projectCount).length);

  for (let i = 1; i <= projectCount; i++) {
    const slug = `proj${pad(i, width)}`;
    const projectId = deterministicUuid('project', slug);
    // Alice owns every tenth project so the demo logins see some of them.
    const ownerId = i % 10 === 0 ? alice : people[i % people.length];
    store.projects.insert({
      id: projectId,
      name: slug,
      slug,
      description: `Projet généré n°${i}`,
      status: 'created',
      locked: false,
      ownerId,
      everyonePerms: DEFAULT_EVERYONE_PERMS,
      limitless: true,
      hprodCpu: 0,
      hprodGpu: 0,
      hprodMemory: 0,
      prodCpu: 0,
      prodGpu: 0,
      prodMemory: 0,
      lastSuccessProvisionningVersion: settings.consoleVersion,
      createdAt: now,
      updatedAt: now,
    });
    const roleIds = DEFAULT_PROJECT_ROLES.map((role, position) => {
      const id = deterministicUuid('project-role', `${slug}/${role.name}`);
      store.projectRoles.insert({
        id,
        projectId,
        name: role.name,
        permissions: role.permissions,
        position,
        oidcGroup: `/${slug}${role.oidcGroupSuffix}`,
        type: 'system:managed',
      });
      return id;
    });
    const memberIds = [
      i % 3 === 0 ? bob : people[(i + 7) % people.length],
      people[(i + 13) % people.length],
    ];
    [...new Set(memberIds)]
      .filter(userId => userId !== ownerId)
      .forEach((userId, index) => {
        store.members.insert({
          id: deterministicUuid('member', `${slug}/${userId}`),
          projectId,
          userId,
          roleIds: [roleIds[index === 0 ? 1 : 2]],
        });
      });

    const zone = i % 2 === 0 ? clustersByZone.default : clustersByZone.dr;
    for (let e = 0; e < environmentsPerProject; e++) {
      const stage = stages[Math.min(e, stages.length - 1)];
      const name = e < stages.length ? stage.name : `env${e + 1}`;
      store.environments.insert({
        id: deterministicUuid('environment', `${slug}/${name}`),
        name,
        projectId,
        stageId: stage.id,
        clusterId: stageKind(stage.name) === 'prod' ? zone.prod : zone.hprod,
        cpu: stageKind(stage.name) === 'prod' ? 2 : 0.5,
        gpu: 0,
        memory: stageKind(stage.name) === 'prod' ? 4 : 1,
        autosync: true,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (let r = 0; r < repositoriesPerProject; r++) {
      const name = r === 0 ? 'infra' : `app${r}`;
      const mirrored = r % 2 === 1;
      store.repositories.insert({
        id: deterministicUuid('repository', `${slug}/${name}`),
        projectId,
        internalRepoName: name,
        externalRepoUrl: mirrored
          ? `https://github.com/cloud-pi-native-scale/${slug}-${name}.git`
          : '',
        externalUserName: '',
        isPrivate: false,
        isInfra: r === 0,
        deployRevision: 'HEAD',
        deployPath: '.',
        helmValuesFiles: r === 0 ? 'values.yaml,values-<env>.yaml' : '',
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}
