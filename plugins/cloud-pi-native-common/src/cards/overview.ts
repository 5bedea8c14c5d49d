import { z } from 'zod';
import { projectStatusSchema } from '../schemas';
import {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  stageKindSchema,
  zoneRefSchema,
} from './common';

/** Tools a project service link can point to. @public */
export const serviceLinkKindSchema = z.enum([
  'console',
  'gitlab',
  'argocd',
  'sonarqube',
  'grafana',
  'registry',
  'vault',
  'nexus',
]);

/** Tools a project service link can point to. @public */
export type ServiceLinkKind = z.infer<typeof serviceLinkKindSchema>;

/**
 * A link to one of the project's tools. Argo CD links are per zone (`zone`),
 * Grafana links per environment kind (`stageKind`).
 *
 * @public
 */
export const serviceLinkSchema = z.object({
  kind: serviceLinkKindSchema,
  /** Title given by the console (in French), kept for tooltips. */
  title: z.string(),
  url: httpUrlSchema,
  zone: zoneRefSchema.optional(),
  stageKind: stageKindSchema.optional(),
});

/** A link to one of the project's tools. @public */
export type ServiceLink = z.infer<typeof serviceLinkSchema>;

/** Outcome of a provisioning run, as the console logs it. @public */
export const provisioningResultSchema = z.enum(['OK', 'KO', 'WARNING']);

/** Outcome of a provisioning run. @public */
export type ProvisioningResult = z.infer<typeof provisioningResultSchema>;

/** One entry of the project's provisioning log (the console's clean view). @public */
export const provisioningLogEntrySchema = z.object({
  id: z.string(),
  /** Console action label, e.g. `Replay hooks for Project`. */
  action: z.string(),
  result: provisioningResultSchema,
  /** `Success`, or the failing plugins and their messages. */
  messageResume: z.string().nullable(),
  durationMs: z.number().nonnegative().nullable(),
  createdAt: isoDateTimeSchema,
});

/** One entry of the project's provisioning log. @public */
export type ProvisioningLogEntry = z.infer<typeof provisioningLogEntrySchema>;

/**
 * `GET /entities/:kind/:namespace/:name/overview`: the project an entity
 * belongs to. 403 `NotAllowedError` when the caller may not see the project,
 * 404 `NotFoundError` when the console does not know it (any more).
 *
 * @public
 */
export const projectOverviewResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  instance: z.object({
    name: z.string(),
    title: z.string(),
    /** The project's page in the console. */
    projectUrl: httpUrlSchema,
  }),
  project: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    status: projectStatusSchema,
    locked: z.boolean(),
  }),
  /** Provisioning freshness: `outdated` when the last successful run is older than the console. */
  provisioning: z.object({
    outdated: z.boolean().nullable(),
    lastSuccessVersion: z.string().nullable(),
    consoleVersion: z.string().nullable(),
    error: cardPartErrorSchema.optional(),
  }),
  team: z.object({
    owner: z.object({ name: z.string(), email: z.string() }).nullable(),
    /** Owner plus members. */
    size: z.number().int().nonnegative().nullable(),
    error: cardPartErrorSchema.optional(),
  }),
  services: z.object({
    items: z.array(serviceLinkSchema),
    error: cardPartErrorSchema.optional(),
  }),
  /** Newest first. */
  logs: z.object({
    items: z.array(provisioningLogEntrySchema),
    error: cardPartErrorSchema.optional(),
  }),
  /** What the caller may do on this project, as the console decides it. */
  permissions: z.object({ canReprovision: z.boolean() }),
});

/** The project overview. @public */
export type ProjectOverviewResponse = z.infer<
  typeof projectOverviewResponseSchema
>;
