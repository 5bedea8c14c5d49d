import {
  clusterLabelSchema,
  descriptionSchema,
  emailSchema,
  externalRepoUrlSchema,
  projectStatusSchema,
  resourceAmountSchema,
  roleNameSchema,
  stageNameSchema,
  tokenNameSchema,
  zoneSlugSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';

/*
 * Request schemas of the routes the common package has no input schema for
 * (its schemas cover the scaffolder's writes). Shapes follow the console's
 * ts-rest contracts (release 9.24).
 */

/** A BigInt bitfield sent as a decimal string. */
export const permissionsSchema = z
  .string()
  .regex(/^\d+$/, { error: 'Les permissions doivent être un entier positif.' });

/** `true`/`false` as ts-rest accepts them in queries and some bodies. */
export const booleanLikeSchema = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform(value => value === true || value === 'true');

/** Query of `GET /api/v1/projects`. */
export const listProjectsQuerySchema = z.object({
  id: z.uuid().optional(),
  name: z.string().optional(),
  status: projectStatusSchema.optional(),
  statusIn: z.string().optional(),
  statusNotIn: z.string().optional(),
  locked: booleanLikeSchema.optional(),
  description: z.string().optional(),
  lastSuccessProvisionningVersion: z.string().optional(),
  search: z.string().optional(),
  filter: z.enum(['owned', 'member', 'all']).default('member'),
});

/** Query of `GET /api/v1/projects`. */
export type ListProjectsQuery = z.infer<typeof listProjectsQuerySchema>;

/** Body of `PUT /api/v1/projects/:id` (every field optional). */
export const updateProjectInputSchema = z.object({
  description: descriptionSchema.optional(),
  everyonePerms: permissionsSchema.optional(),
  locked: booleanLikeSchema.optional(),
  ownerId: z.uuid().optional(),
  limitless: booleanLikeSchema.optional(),
  hprodCpu: resourceAmountSchema('Le CPU hors production').optional(),
  hprodGpu: resourceAmountSchema('Le GPU hors production').optional(),
  hprodMemory: resourceAmountSchema('La mémoire hors production').optional(),
  prodCpu: resourceAmountSchema('Le CPU de production').optional(),
  prodGpu: resourceAmountSchema('Le GPU de production').optional(),
  prodMemory: resourceAmountSchema('La mémoire de production').optional(),
});

/** Body of a project update. */
export type UpdateProjectInput = z.infer<typeof updateProjectInputSchema>;

/** Body of `PUT /api/v2/projects/:id/repositories/:repoId` (partial). */
export const updateRepositoryInputSchema = z.object({
  externalRepoUrl: externalRepoUrlSchema.optional(),
  isPrivate: z.boolean().optional(),
  externalToken: z.string().optional(),
  externalUserName: z.string().optional(),
  isInfra: z.boolean().optional(),
  deployRevision: z.string().optional(),
  deployPath: z.string().optional(),
  helmValuesFiles: z.string().optional(),
});

/** Body of a repository update. */
export type UpdateRepositoryInput = z.infer<typeof updateRepositoryInputSchema>;

/** Body of `POST /api/v1/projects/:id/members`: by e-mail or by id. */
export const addMemberInputSchema = z.union([
  z.object({ email: emailSchema }),
  z.object({ userId: z.uuid() }),
]);

/** Body of `PATCH /api/v1/projects/:id/members`. */
export const patchMembersInputSchema = z.array(
  z.object({ userId: z.uuid(), roles: z.array(z.uuid()) }),
);

const oidcGroupSchema = z.string().startsWith('/', {
  error: 'Le groupe OIDC doit commencer par /.',
});

/** Body of `POST /api/v1/projects/:id/roles`. */
export const createRoleInputSchema = z.object({
  name: roleNameSchema,
  permissions: permissionsSchema.nullish(),
  oidcGroup: oidcGroupSchema.optional(),
  type: z.string().optional(),
});

/** Body of `PATCH /api/v1/projects/:id/roles`. */
export const patchRolesInputSchema = z.array(
  z.object({
    id: z.uuid(),
    name: roleNameSchema.optional(),
    permissions: permissionsSchema.nullish(),
    position: z.number().int().min(0).optional(),
    oidcGroup: oidcGroupSchema.optional(),
    type: z.string().optional(),
  }),
);

/** Query of `GET /api/v1/projects/:id/services`. */
export const servicesQuerySchema = z.object({
  permissionTarget: z.enum(['user', 'admin']).default('user'),
});

/** Body of `POST /api/v1/projects/:id/services`. */
export const servicesStoreInputSchema = z.record(
  z.string(),
  z.record(z.string(), z.string()),
);

/** Body of `POST /api/v1/user/tokens`. */
export const createPersonalTokenInputSchema = z.object({
  name: tokenNameSchema,
  expirationDate: z.string(),
});

/** Body of `POST /api/v1/admin/tokens`. */
export const createAdminTokenInputSchema = z.object({
  name: tokenNameSchema,
  permissions: permissionsSchema.nullish(),
  expirationDate: z.string().nullable(),
});

/** Query of `GET /api/v1/admin/tokens`. */
export const listAdminTokensQuerySchema = z.object({
  withRevoked: booleanLikeSchema.optional(),
});

/** Query of `GET /api/v1/logs` (`offset` and `limit` are required). */
export const logsQuerySchema = z.object({
  offset: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(0),
  projectId: z.string().optional(),
  clean: booleanLikeSchema.default(true),
});

/** Query of `GET /api/v1/users/matching`. */
export const matchingUsersQuerySchema = z.object({
  letters: z.string(),
  notInProjectId: z.uuid().optional(),
});

/** Body of `POST /api/v1/zones`. */
export const createZoneInputSchema = z.object({
  slug: zoneSlugSchema,
  label: z.string().min(1).max(50),
  argocdUrl: z.url().min(5),
  description: z.string().max(200).nullish(),
  clusterIds: z.array(z.uuid()).optional(),
});

/** Body of `PUT /api/v1/zones/:id`. */
export const updateZoneInputSchema = createZoneInputSchema.pick({
  label: true,
  argocdUrl: true,
  description: true,
});

/** Body of `POST /api/v1/stages`. */
export const createStageInputSchema = z.object({
  name: stageNameSchema,
  clusterIds: z.array(z.uuid()).optional(),
});

/** Body of `PUT /api/v1/stages/:id`. */
export const updateStageInputSchema = z.object({
  name: stageNameSchema,
  clusterIds: z.array(z.uuid()),
});

const kubeconfigSchema = z.object({
  user: z.object({
    username: z.string().optional(),
    password: z.string().optional(),
    keyData: z.string().optional(),
    certData: z.string().optional(),
    token: z.string().optional(),
  }),
  cluster: z.object({
    server: z.string().optional(),
    tlsServerName: z.string(),
    skipTLSVerify: z.boolean().optional(),
    caData: z.string().optional(),
  }),
});

/** Body of `POST /api/v1/clusters`. */
export const createClusterInputSchema = z.object({
  label: clusterLabelSchema,
  infos: z.string().max(1000).nullish(),
  clusterResources: z.boolean(),
  privacy: z.enum(['public', 'dedicated']),
  zoneId: z.uuid(),
  stageIds: z.array(z.uuid()),
  projectIds: z.array(z.uuid()).optional(),
  cpu: resourceAmountSchema('Le CPU'),
  gpu: resourceAmountSchema('Le GPU'),
  memory: resourceAmountSchema('La mémoire'),
  kubeconfig: kubeconfigSchema,
});

/** Body of a cluster creation. */
export type CreateClusterInput = z.infer<typeof createClusterInputSchema>;

/** Body of `PUT /api/v1/clusters/:id` (partial). */
export const updateClusterInputSchema = createClusterInputSchema.partial();

/** Query of `DELETE /api/v1/clusters/:id`. */
export const deleteClusterQuerySchema = z.object({
  force: booleanLikeSchema.optional(),
});
