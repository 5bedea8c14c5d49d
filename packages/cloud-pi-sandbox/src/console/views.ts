import type {
  Cluster,
  Deployment,
  DeploymentValueSource,
  Environment,
  Member,
  Project,
  Repository,
  Role,
  Stage,
  User,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ConsoleStore } from './store/ConsoleStore';
import type {
  AdminTokenRecord,
  ClusterRecord,
  DeploymentRecord,
  DeploymentSourceRecord,
  EnvironmentRecord,
  LogRecord,
  MemberRecord,
  PersonalTokenRecord,
  ProjectRecord,
  ProjectRoleRecord,
  RepositoryRecord,
  StageRecord,
  UserRecord,
  ZoneRecord,
} from './store/records';

/*
 * Serialisers from rows to the JSON the console returns. BigInts become
 * decimal strings here and nowhere else.
 */

/** A user as embedded in a project (`owner`). */
export function userView(user: UserRecord): User {
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    type: user.type,
    lastLogin: user.lastLogin,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

/** A user with their platform roles (`/users/matching`, `/auth`). */
export function userWithRolesView(user: UserRecord) {
  return { ...userView(user), adminRoleIds: [...user.adminRoleIds] };
}

/** The slug a project had before it was archived. */
export function originalSlug(slug: string): string {
  return slug.replace(/_\d+_archived$/, '');
}

/** Strips the `/<slug>` prefix the console stores in project role groups. */
export function publicOidcGroup(oidcGroup: string, slug: string): string {
  const prefix = `/${originalSlug(slug)}`;
  return oidcGroup.startsWith(`${prefix}/`)
    ? oidcGroup.slice(prefix.length)
    : oidcGroup;
}

/** A project role, as embedded in a project and returned by role writes. */
export function roleView(role: ProjectRoleRecord, slug: string): Role {
  return {
    id: role.id,
    name: role.name,
    permissions: role.permissions.toString(),
    position: role.position,
    projectId: role.projectId,
    oidcGroup: publicOidcGroup(role.oidcGroup, slug),
    type: role.type,
  };
}

/** A member in the clean form the NestJS member routes return. */
export function memberView(member: MemberRecord, user: UserRecord): Member {
  return {
    userId: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    roleIds: [...member.roleIds],
  };
}

/** The members of a project (owner excluded), in insertion order. */
export function membersView(store: ConsoleStore, projectId: string): Member[] {
  return store.members
    .findGroup('project', projectId)
    .map(member => memberView(member, store.users.get(member.userId)!));
}

/** The roles of a project ordered by position. */
export function projectRoles(
  store: ConsoleStore,
  projectId: string,
): ProjectRoleRecord[] {
  return store.projectRoles
    .findGroup('project', projectId)
    .sort((a, b) => a.position - b.position);
}

/** `ProjectV2`. */
export function projectView(
  store: ConsoleStore,
  project: ProjectRecord,
): Project {
  return {
    id: project.id,
    name: project.name,
    slug: project.slug,
    description: project.description,
    status: project.status,
    locked: project.locked,
    limitless: project.limitless,
    hprodCpu: project.hprodCpu,
    hprodGpu: project.hprodGpu,
    hprodMemory: project.hprodMemory,
    prodCpu: project.prodCpu,
    prodGpu: project.prodGpu,
    prodMemory: project.prodMemory,
    everyonePerms: project.everyonePerms.toString(),
    ownerId: project.ownerId,
    owner: userView(store.users.get(project.ownerId)!),
    members: membersView(store, project.id),
    roles: projectRoles(store, project.id).map(r => roleView(r, project.slug)),
    clusterIds: store.clusters
      .all()
      .filter(c => c.projectIds.includes(project.id))
      .map(c => c.id),
    lastSuccessProvisionningVersion: project.lastSuccessProvisionningVersion,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
  };
}

/** An environment; v2 lists add `stage: { id, name }`. */
export function environmentView(
  env: EnvironmentRecord,
  stage?: StageRecord,
): Environment {
  return {
    id: env.id,
    name: env.name,
    projectId: env.projectId,
    stageId: env.stageId,
    clusterId: env.clusterId,
    cpu: env.cpu,
    gpu: env.gpu,
    memory: env.memory,
    autosync: env.autosync,
    ...(stage ? { stage: { id: stage.id, name: stage.name } } : {}),
    createdAt: env.createdAt,
    updatedAt: env.updatedAt,
  };
}

/** A repository (never with a token). */
export function repositoryView(repo: RepositoryRecord): Repository {
  return {
    id: repo.id,
    projectId: repo.projectId,
    internalRepoName: repo.internalRepoName,
    externalRepoUrl: repo.externalRepoUrl,
    externalUserName: repo.externalUserName,
    isPrivate: repo.isPrivate,
    isInfra: repo.isInfra,
    deployRevision: repo.deployRevision,
    deployPath: repo.deployPath,
    helmValuesFiles: repo.helmValuesFiles,
    createdAt: repo.createdAt,
    updatedAt: repo.updatedAt,
  };
}

/** A zone (legacy responses are stripped to the contract: no cluster ids). */
export function zoneView(zone: ZoneRecord): Zone {
  return {
    id: zone.id,
    slug: zone.slug,
    label: zone.label,
    argocdUrl: zone.argocdUrl,
    description: zone.description,
  };
}

/** A stage with its clusters. */
export function stageView(
  store: ConsoleStore,
  stage: StageRecord,
): Stage & {
  clusterIds: string[];
} {
  return {
    id: stage.id,
    name: stage.name,
    clusterIds: store.clusterIdsOfStage(stage.id),
  };
}

/** `CleanedCluster`: what every user may see. */
export function clusterView(cluster: ClusterRecord): Cluster & {
  clusterResources: boolean;
  infos: string;
  stageIds: string[];
} {
  return {
    id: cluster.id,
    label: cluster.label,
    infos: cluster.infos,
    clusterResources: cluster.clusterResources,
    privacy: cluster.privacy,
    zoneId: cluster.zoneId,
    stageIds: [...cluster.stageIds],
    cpu: cluster.cpu,
    gpu: cluster.gpu,
    memory: cluster.memory,
  };
}

/** `ClusterDetails`: with linked projects and the kubeconfig (admins only). */
export function clusterDetailsView(cluster: ClusterRecord) {
  return {
    ...clusterView(cluster),
    projectIds: [...cluster.projectIds],
    kubeconfig: structuredClone(cluster.kubeconfig),
  };
}

function tokenOwner(user: UserRecord | undefined) {
  return user
    ? {
        id: user.id,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        type: user.type,
      }
    : null;
}

/** A personal access token (without its secret). */
export function personalTokenView(
  token: PersonalTokenRecord,
  owner: UserRecord | undefined,
) {
  return {
    id: token.id,
    name: token.name,
    status: token.status,
    expirationDate: token.expirationDate,
    lastUse: token.lastUse,
    createdAt: token.createdAt,
    owner: tokenOwner(owner),
  };
}

/** An admin token (without its secret). */
export function adminTokenView(
  token: AdminTokenRecord,
  owner: UserRecord | undefined,
) {
  return {
    id: token.id,
    name: token.name,
    permissions: token.permissions.toString(),
    status: token.status,
    expirationDate: token.expirationDate,
    lastUse: token.lastUse,
    createdAt: token.createdAt,
    owner: tokenOwner(owner),
  };
}

/** A log with its full data (platform admins asking `clean=false`). */
export function rawLogView(log: LogRecord) {
  return {
    id: log.id,
    action: log.action,
    data: log.data,
    userId: log.userId,
    requestId: log.requestId,
    projectId: log.projectId,
    createdAt: log.createdAt,
    updatedAt: log.updatedAt,
  };
}

/** `CleanLogSchema`: what members see. */
export function cleanLogView(log: LogRecord) {
  const { failed, warning, totalExecutionTime, messageResume } = log.data as {
    failed?: unknown;
    warning?: unknown;
    totalExecutionTime?: unknown;
    messageResume?: unknown;
  };
  return {
    id: log.id,
    action: log.action,
    userId: log.userId,
    data: { failed, warning, totalExecutionTime, messageResume },
    createdAt: log.createdAt,
    updatedAt: log.updatedAt,
  };
}

/** What `POST`/`PUT …/deployments` answer: the bare row, as NestJS returns it. */
export function deploymentRowView(deployment: DeploymentRecord) {
  return {
    id: deployment.id,
    name: deployment.name,
    projectId: deployment.projectId,
    autosync: deployment.autosync,
    createdAt: deployment.createdAt,
    updatedAt: deployment.updatedAt,
    environmentId: deployment.environmentId,
  };
}

/** The value sources of a source as one list, merged by `order` like the console. */
export function valueSourcesView(
  source: DeploymentSourceRecord,
): DeploymentValueSource[] {
  const internal: DeploymentValueSource[] = source.internalValueSources.map(
    v => ({ type: 'internal', id: v.id, order: v.order, path: v.path }),
  );
  const external: DeploymentValueSource[] = source.externalValueSource
    ? [{ type: 'external', ...source.externalValueSource }]
    : [];
  return [...internal, ...external].sort((a, b) => a.order - b.order);
}

/** A deployment as `GET …/deployments` lists it: environment, repositories and value sources. */
export function deploymentView(
  store: ConsoleStore,
  deployment: DeploymentRecord,
): Deployment {
  return {
    ...deploymentRowView(deployment),
    environment: environmentView(
      store.environments.get(deployment.environmentId)!,
    ),
    deploymentSources: deployment.sources.map(source => ({
      id: source.id,
      createdAt: source.createdAt,
      updatedAt: source.updatedAt,
      deploymentId: deployment.id,
      repositoryId: source.repositoryId,
      type: source.type,
      targetRevision: source.targetRevision,
      path: source.path,
      helmValuesFiles: source.helmValuesFiles,
      repository: repositoryView(store.repositories.get(source.repositoryId)!),
      valueSources: valueSourcesView(source),
    })),
  };
}
