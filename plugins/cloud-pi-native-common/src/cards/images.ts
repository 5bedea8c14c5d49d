import { z } from 'zod';
import {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  stageKindSchema,
} from './common';

/** Vulnerability counts of a Trivy scan, by severity. @public */
export const vulnerabilityCountsSchema = z.object({
  critical: z.number().int().nonnegative(),
  high: z.number().int().nonnegative(),
  medium: z.number().int().nonnegative(),
  low: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Vulnerabilities with a fixed version available. */
  fixable: z.number().int().nonnegative(),
});

/** Vulnerability counts of a Trivy scan. @public */
export type VulnerabilityCounts = z.infer<typeof vulnerabilityCountsSchema>;

/** The vulnerability scan of an image (Harbor `scan_overview`). @public */
export const imageScanSchema = z.object({
  status: z.enum([
    'success',
    'pending',
    'running',
    'error',
    'stopped',
    'not-scanned',
  ]),
  /** Counts, once the scan succeeded. */
  vulnerabilities: vulnerabilityCountsSchema.nullable(),
  scannedAt: isoDateTimeSchema.nullable(),
});

/** The vulnerability scan of an image. @public */
export type ImageScan = z.infer<typeof imageScanSchema>;

/** An image artifact of the project's Harbor project. @public */
export const imageArtifactSchema = z.object({
  /** Harbor repository, `<slug>/<image>`. */
  repository: z.string(),
  digest: z.string(),
  tags: z.array(z.string()),
  pushedAt: isoDateTimeSchema.nullable(),
  /** A cosign signature is attached (Harbor accessory `signature.cosign`). */
  signed: z.boolean(),
  scan: imageScanSchema,
  /** The artifact in the Harbor UI. */
  url: httpUrlSchema.nullable(),
});

/** An image artifact of the project's Harbor project. @public */
export type ImageArtifact = z.infer<typeof imageArtifactSchema>;

/**
 * An image running in an environment, as its Argo CD applications report
 * it, with the matching Harbor artifact (`null` when the image is not in the
 * project's Harbor project).
 *
 * @public
 */
export const deployedImageSchema = z.object({
  /** The image reference, e.g. `harbor.example.fr/portail/api:1.4.2`. */
  reference: z.string(),
  /** The Argo CD applications running it. */
  applications: z.array(z.string()),
  artifact: imageArtifactSchema.nullable(),
});

/** An image running in an environment. @public */
export type DeployedImage = z.infer<typeof deployedImageSchema>;

/** The images of one environment; `error` when Argo CD could not be read. @public */
export const environmentImagesSchema = z.object({
  name: z.string(),
  stage: z.string(),
  stageKind: stageKindSchema,
  images: z.array(deployedImageSchema),
  error: cardPartErrorSchema.optional(),
});

/** The images of one environment. @public */
export type EnvironmentImages = z.infer<typeof environmentImagesSchema>;

/** A repository of the project's Harbor project and its newest artifact. @public */
export const registryRepositorySchema = z.object({
  /** Harbor repository, `<slug>/<image>`. */
  name: z.string(),
  artifactCount: z.number().int().nonnegative(),
  latest: imageArtifactSchema.nullable(),
  url: httpUrlSchema.nullable(),
});

/** A repository of the project's Harbor project. @public */
export type RegistryRepository = z.infer<typeof registryRepositorySchema>;

/**
 * `GET /entities/:kind/:namespace/:name/images`: the container images of the
 * project in Harbor (project `<slug>`), and per environment the images its
 * Argo CD applications run, with their Trivy scan and cosign signature.
 * A repository entity only gets the images named after it, an environment
 * entity only its environment. With `error`, Harbor could not be read.
 *
 * @public
 */
export const imagesResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  /** The Harbor project of the Cloud π project. */
  registry: z.object({
    project: z.string(),
    url: httpUrlSchema.nullable(),
  }),
  repositories: z.array(registryRepositorySchema),
  environments: z.array(environmentImagesSchema),
  error: cardPartErrorSchema.optional(),
});

/** The container images of the entity. @public */
export type ImagesResponse = z.infer<typeof imagesResponseSchema>;
