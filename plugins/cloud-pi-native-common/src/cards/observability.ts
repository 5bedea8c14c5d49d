import { z } from 'zod';
import {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  stageKindSchema,
} from './common';

/** Deep links into the environment's Grafana instance. @public */
export const observabilityLinksSchema = z.object({
  /** The Grafana instance of the environment kind (`<GRAFANA_URL>/<hprod|prod>-<slug>`). */
  grafana: httpUrlSchema,
  /** Loki Explore pre-filtered on `{namespace="<namespace>"}`. */
  logs: httpUrlSchema,
  /** Prometheus/Mimir Explore pre-filtered on the namespace. */
  metrics: httpUrlSchema,
  /** The alerting page of the instance. */
  alerts: httpUrlSchema,
});

/** Deep links into the environment's Grafana instance. @public */
export type ObservabilityLinks = z.infer<typeof observabilityLinksSchema>;

/** The observability links of one environment; `links` is `null` with `error`. @public */
export const environmentObservabilitySchema = z.object({
  name: z.string(),
  stage: z.string(),
  stageKind: stageKindSchema,
  namespace: z.string(),
  links: observabilityLinksSchema.nullable(),
  error: cardPartErrorSchema.optional(),
});

/** The observability links of one environment. @public */
export type EnvironmentObservability = z.infer<
  typeof environmentObservabilitySchema
>;

/**
 * `GET /entities/:kind/:namespace/:name/observability`: links computed by the
 * backend from platform data, never from annotations.
 *
 * @public
 */
export const observabilityResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  /** Grafana instances of the project; `null` when the project has no environment of that kind. */
  grafana: z.object({
    hprod: httpUrlSchema.nullable(),
    prod: httpUrlSchema.nullable(),
  }),
  /** The `infra-observability` repository (dashboards and alert rules as code). */
  dashboardsRepositoryUrl: httpUrlSchema.nullable(),
  environments: z.array(environmentObservabilitySchema),
});

/** Observability links of the entity. @public */
export type ObservabilityResponse = z.infer<typeof observabilityResponseSchema>;
