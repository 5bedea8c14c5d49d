/**
 * Rows of the console stand-in's in-memory database. They mirror the console's
 * Prisma models (console 9.24): BigInt bitfields stay BigInts here and are
 * only turned into decimal strings by the serialisers.
 */

/** Kind of console user. */
export type UserType = 'human' | 'bot' | 'ghost';

/** `User`: the id is the Keycloak `sub`. */
export interface UserRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  type: UserType;
  adminRoleIds: string[];
  lastLogin: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `AdminRole`: a platform role, matched by OIDC group or assignment. */
export interface AdminRoleRecord {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  oidcGroup: string;
  type: string;
}

/** `Zone`. */
export interface ZoneRecord {
  id: string;
  slug: string;
  label: string;
  description: string;
  argocdUrl: string;
}

/** `Stage` (its clusters live on the cluster rows). */
export interface StageRecord {
  id: string;
  name: string;
}

/** Credentials of a cluster, only returned to platform admins. */
export interface KubeconfigRecord {
  user: {
    username?: string;
    password?: string;
    keyData?: string;
    certData?: string;
    token?: string;
  };
  cluster: {
    server?: string;
    tlsServerName: string;
    skipTLSVerify?: boolean;
    caData?: string;
  };
}

/** `Cluster`. */
export interface ClusterRecord {
  id: string;
  label: string;
  privacy: 'public' | 'dedicated';
  clusterResources: boolean;
  infos: string;
  cpu: number;
  gpu: number;
  memory: number;
  zoneId: string;
  stageIds: string[];
  projectIds: string[];
  kubeconfig: KubeconfigRecord;
}

/** Lifecycle status of a project. */
export type ProjectStatus =
  | 'initializing'
  | 'created'
  | 'failed'
  | 'archived'
  | 'warning';

/** `Project`. */
export interface ProjectRecord {
  id: string;
  name: string;
  slug: string;
  description: string;
  status: ProjectStatus;
  locked: boolean;
  ownerId: string;
  everyonePerms: bigint;
  limitless: boolean;
  hprodCpu: number;
  hprodGpu: number;
  hprodMemory: number;
  prodCpu: number;
  prodGpu: number;
  prodMemory: number;
  lastSuccessProvisionningVersion: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `ProjectRole`: `oidcGroup` is stored with its `/<slug>` prefix. */
export interface ProjectRoleRecord {
  id: string;
  projectId: string;
  name: string;
  permissions: bigint;
  position: number;
  oidcGroup: string;
  type: string;
}

/** `ProjectMembers` (the owner never has a row). */
export interface MemberRecord {
  id: string;
  projectId: string;
  userId: string;
  roleIds: string[];
}

/** `Environment`. */
export interface EnvironmentRecord {
  id: string;
  name: string;
  projectId: string;
  stageId: string;
  clusterId: string;
  cpu: number;
  gpu: number;
  memory: number;
  autosync: boolean;
  createdAt: string;
  updatedAt: string;
}

/** `Repository` (the external token is never stored). */
export interface RepositoryRecord {
  id: string;
  projectId: string;
  internalRepoName: string;
  externalRepoUrl: string;
  externalUserName: string;
  isPrivate: boolean;
  isInfra: boolean;
  deployRevision: string;
  deployPath: string;
  helmValuesFiles: string;
  createdAt: string;
  updatedAt: string;
}

/** Status of an access token. */
export type TokenStatus = 'active' | 'revoked' | 'inactive';

/** `PersonalAccessToken`: only the SHA-256 of the secret is kept. */
export interface PersonalTokenRecord {
  id: string;
  name: string;
  hash: string;
  userId: string;
  status: TokenStatus;
  expirationDate: string;
  lastUse: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `AdminToken`: acts as its own bot user. */
export interface AdminTokenRecord {
  id: string;
  name: string;
  hash: string;
  userId: string;
  permissions: bigint;
  status: TokenStatus;
  expirationDate: string | null;
  lastUse: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `Log`: one row per provisioning event. */
export interface LogRecord {
  id: string;
  action: string;
  data: Record<string, unknown>;
  userId: string | null;
  requestId: string | null;
  projectId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `ProjectPlugin`: the per-project plugin store. */
export interface ProjectPluginRecord {
  id: string;
  projectId: string;
  pluginName: string;
  key: string;
  value: string;
}

/** `SystemSetting`. */
export interface SystemSettingRecord {
  id: string;
  key: string;
  value: string;
}

/** `DeploymentInternalValueSource`: a values file of the source repository. */
export interface InternalValueSourceRecord {
  id: string;
  order: number;
  path: string;
}

/** `DeploymentExternalValueSource`: a values file of another repository. */
export interface ExternalValueSourceRecord {
  id: string;
  order: number;
  path: string;
  ref: string;
  targetRevision: string;
  repositoryId: string;
}

/** `DeploymentSource`: one repository a deployment deploys (kept inside its deployment row). */
export interface DeploymentSourceRecord {
  id: string;
  repositoryId: string;
  type: 'git' | 'oci';
  targetRevision: string;
  path: string;
  helmValuesFiles: string;
  internalValueSources: InternalValueSourceRecord[];
  externalValueSource: ExternalValueSourceRecord | null;
  createdAt: string;
  updatedAt: string;
}

/** `Deployment`: repositories bound to one environment (console 9.24). */
export interface DeploymentRecord {
  id: string;
  projectId: string;
  environmentId: string;
  name: string;
  autosync: boolean;
  sources: DeploymentSourceRecord[];
  createdAt: string;
  updatedAt: string;
}
