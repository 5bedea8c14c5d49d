import { z } from 'zod';
import { projectStatusSchema } from '../schemas';
import {
  isoDateTimeSchema,
  resourceAmountsSchema,
  stageKindSchema,
  zoneRefSchema,
} from './common';

/** A configured console instance. @public */
export const instanceSummarySchema = z.object({
  name: z.string(),
  title: z.string(),
});

/** A configured console instance. @public */
export type InstanceSummary = z.infer<typeof instanceSummarySchema>;

/** `GET /instances`. @public */
export const instancesResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  instances: z.array(instanceSummarySchema),
});

/** `GET /instances`. @public */
export type InstancesResponse = z.infer<typeof instancesResponseSchema>;

/** A project the caller belongs to. @public */
export const projectSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  status: projectStatusSchema,
  locked: z.boolean(),
});

/** A project the caller belongs to. @public */
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/**
 * `GET /instances/:instance/projects` (with the user token header): the
 * non-archived projects the caller owns or is a member of.
 *
 * @public
 */
export const projectsResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  projects: z.array(projectSummarySchema),
});

/** `GET /instances/:instance/projects`. @public */
export type ProjectsResponse = z.infer<typeof projectsResponseSchema>;

/** A stage ("type d'environnement"). @public */
export const stageSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  stageKind: stageKindSchema,
});

/** A stage. @public */
export type StageSummary = z.infer<typeof stageSummarySchema>;

/** `GET /instances/:instance/stages`. @public */
export const stagesResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  stages: z.array(stageSummarySchema),
});

/** `GET /instances/:instance/stages`. @public */
export type StagesResponse = z.infer<typeof stagesResponseSchema>;

/** Cluster privacy: `public` clusters are shared, `dedicated` ones are linked to projects. @public */
export const clusterPrivacySchema = z.enum(['public', 'dedicated']);

/** Cluster privacy. @public */
export type ClusterPrivacy = z.infer<typeof clusterPrivacySchema>;

/**
 * A cluster an environment can be created on. `remainingCapacity` is only
 * present when the caller may see the cluster's usage.
 *
 * @public
 */
export const clusterSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  zone: zoneRefSchema,
  privacy: clusterPrivacySchema,
  remainingCapacity: resourceAmountsSchema.optional(),
});

/** A cluster an environment can be created on. @public */
export type ClusterSummary = z.infer<typeof clusterSummarySchema>;

/**
 * `GET /instances/:instance/clusters?stageId=&projectId=`: clusters attached
 * to the stage that the project may use (public ones, and dedicated ones
 * linked to the project). `projectId` accepts a project id or slug.
 *
 * @public
 */
export const clustersResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  clusters: z.array(clusterSummarySchema),
});

/** `GET /instances/:instance/clusters`. @public */
export type ClustersResponse = z.infer<typeof clustersResponseSchema>;
