import { z } from 'zod';

/**
 * Response schemas of the console resources the suite reads (console 9.24).
 * They are lenient on purpose: NestJS responses are not contract-validated and
 * can carry extra fields, and archived or legacy names break the input rules.
 */

/** Lifecycle status of a project. @public */
export const projectStatusSchema = z.enum([
  'initializing',
  'created',
  'failed',
  'archived',
  'warning',
]);

/** Lifecycle status of a project. @public */
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

/** A console user. @public */
export const userSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  type: z.enum(['human', 'bot', 'ghost']).or(z.string()),
  lastLogin: z.string().nullable().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});

/** A console user. @public */
export type User = z.infer<typeof userSchema>;

/** A project member (the owner is not one). @public */
export const memberSchema = z.object({
  userId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  roleIds: z.array(z.string()),
});

/** A project member. @public */
export type Member = z.infer<typeof memberSchema>;

/** A project role; `permissions` is a BigInt serialised as a decimal string. @public */
export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  permissions: z.string(),
  position: z.number().optional(),
  projectId: z.string().optional(),
  oidcGroup: z.string().nullable().optional(),
  type: z.string().optional(),
  userCount: z.number().optional(),
});

/** A project role. @public */
export type Role = z.infer<typeof roleSchema>;

/** A project (`ProjectV2`). @public */
export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  status: projectStatusSchema,
  locked: z.boolean(),
  limitless: z.boolean(),
  hprodCpu: z.number(),
  hprodGpu: z.number(),
  hprodMemory: z.number(),
  prodCpu: z.number(),
  prodGpu: z.number(),
  prodMemory: z.number(),
  everyonePerms: z.string(),
  ownerId: z.string(),
  owner: userSchema,
  members: z.array(memberSchema),
  roles: z.array(roleSchema),
  clusterIds: z.array(z.string()),
  lastSuccessProvisionningVersion: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A project (`ProjectV2`). @public */
export type Project = z.infer<typeof projectSchema>;

/** An environment (v2 adds `stage`). @public */
export const environmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
  stageId: z.string(),
  clusterId: z.string(),
  cpu: z.number(),
  gpu: z.number(),
  memory: z.number(),
  autosync: z.boolean(),
  stage: z.object({ id: z.string(), name: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An environment. @public */
export type Environment = z.infer<typeof environmentSchema>;

/** A repository (never carries the external token). @public */
export const repositorySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  internalRepoName: z.string(),
  externalRepoUrl: z.string(),
  externalUserName: z.string().nullable().optional(),
  isPrivate: z.boolean(),
  isInfra: z.boolean(),
  deployRevision: z.string().optional(),
  deployPath: z.string().optional(),
  helmValuesFiles: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A repository. @public */
export type Repository = z.infer<typeof repositorySchema>;

/** A stage ("type d'environnement"). @public */
export const stageSchema = z.object({
  id: z.string(),
  name: z.string(),
  clusterIds: z.array(z.string()).optional(),
});

/** A stage. @public */
export type Stage = z.infer<typeof stageSchema>;

/** A zone (datacentre or security perimeter). @public */
export const zoneSchema = z.object({
  id: z.string(),
  slug: z.string(),
  label: z.string(),
  description: z.string().nullable().optional(),
  argocdUrl: z.string(),
  clusterIds: z.array(z.string()).optional(),
});

/** A zone. @public */
export type Zone = z.infer<typeof zoneSchema>;

/** A cluster as users see it (no kubeconfig). @public */
export const clusterSchema = z.object({
  id: z.string(),
  label: z.string(),
  privacy: z.enum(['public', 'dedicated']),
  clusterResources: z.boolean().optional(),
  infos: z.string().nullable().optional(),
  cpu: z.number().optional(),
  gpu: z.number().optional(),
  memory: z.number().optional(),
  zoneId: z.string(),
  stageIds: z.array(z.string()).optional(),
  projectIds: z.array(z.string()).optional(),
  external: z.boolean().optional(),
});

/** A cluster. @public */
export type Cluster = z.infer<typeof clusterSchema>;

/** Resources allocated on a cluster. @public */
export const clusterUsageSchema = z.object({
  cpu: z.number(),
  gpu: z.number(),
  memory: z.number(),
});

/** Resources allocated on a cluster. @public */
export type ClusterUsage = z.infer<typeof clusterUsageSchema>;

/** One tool of a project with its URLs. @public */
export const projectServiceSchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string().optional(),
  imgSrc: z.string().optional(),
  urls: z.array(
    z.object({
      to: z.string(),
      name: z.string(),
      description: z.string().optional(),
    }),
  ),
  manifest: z.unknown().optional(),
});

/** One tool of a project with its URLs. @public */
export type ProjectService = z.infer<typeof projectServiceSchema>;

/** Project secrets, grouped by tool. @public */
export const projectSecretsSchema = z.record(
  z.string(),
  z.record(z.string(), z.string()),
);

/** Project secrets, grouped by tool. @public */
export type ProjectSecrets = z.infer<typeof projectSecretsSchema>;

/** A provisioning log entry (the "clean" view members get). @public */
export const logSchema = z.object({
  id: z.string(),
  action: z.string(),
  userId: z.string().nullable().optional(),
  projectId: z.string().nullable().optional(),
  requestId: z.string().nullable().optional(),
  data: z
    .object({
      failed: z.union([z.array(z.string()), z.boolean()]).optional(),
      warning: z.array(z.string()).optional(),
      totalExecutionTime: z.number().optional(),
      messageResume: z.string().optional(),
    })
    .passthrough(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});

/** A provisioning log entry. @public */
export type Log = z.infer<typeof logSchema>;

/** A page of logs. @public */
export const logPageSchema = z.object({
  total: z.number(),
  logs: z.array(logSchema),
});

/** A page of logs. @public */
export type LogPage = z.infer<typeof logPageSchema>;

/** Console version. @public */
export const versionSchema = z.object({ version: z.string() });

/** Console version. @public */
export type Version = z.infer<typeof versionSchema>;

/** Liveness of the console (`GET /api/v1/healthz`). @public */
export const healthzSchema = z.object({ status: z.enum(['OK', 'KO']) });

/** Liveness of the console. @public */
export type Healthz = z.infer<typeof healthzSchema>;

/** Health of one platform tool. @public */
export const serviceHealthSchema = z.object({
  name: z.string(),
  status: z.enum(['OK', 'Dégradé', 'En échec', 'Inconnu']),
  interval: z.number().optional(),
  lastUpdateTimestamp: z.number().optional(),
  message: z.string().optional(),
});

/** Health of one platform tool. @public */
export type ServiceHealth = z.infer<typeof serviceHealthSchema>;

/** A personal or admin access token (the secret only comes once, on creation). @public */
export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'revoked', 'inactive']),
  expirationDate: z.string().nullable(),
  lastUse: z.string().nullable().optional(),
  createdAt: z.string(),
  permissions: z.string().optional(),
  password: z.string().optional(),
});

/** An access token. @public */
export type Token = z.infer<typeof tokenSchema>;
