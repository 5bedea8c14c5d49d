import type { z as zod } from 'zod/v3';

/**
 * Output schemas of the actions, in the zod v3 flavour the actions registry
 * hands to `schema.*` callbacks. They mirror the card contract of
 * `@cpin/plugin-cloud-pi-native-common` (which is zod v4): the registry
 * validates outputs with them, so a field missing here would be dropped.
 */

type Z = typeof zod;

const partError = (z: Z) =>
  z.object({ name: z.string(), message: z.string() }).optional();

const measures = (z: Z) =>
  z.object({
    bugs: z.number().nullable(),
    vulnerabilities: z.number().nullable(),
    securityHotspots: z.number().nullable(),
    codeSmells: z.number().nullable(),
    coverage: z.number().nullable().describe('Percentage, 0–100'),
    duplications: z.number().nullable().describe('Percentage, 0–100'),
    reliabilityRating: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
    securityRating: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
    maintainabilityRating: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
  });

/** Input of both actions: the catalog entity to read. */
export const entityInputSchema = (z: Z) =>
  z.object({
    entityRef: z
      .string()
      .min(1)
      .describe(
        'Catalog entity reference of a Cloud π Native project, repository or environment, e.g. "component:default/portail-api"',
      ),
  });

/** Output of `get-quality-gate` (`QualityGateResponse`). */
export const qualityGateOutputSchema = (z: Z) =>
  z.object({
    generatedAt: z.string().describe('When the data was read (ISO 8601)'),
    repositories: z.array(
      z.object({
        repositoryName: z.string(),
        projectKey: z.string().describe('SonarQube project key'),
        url: z.string().nullable().describe('SonarQube project dashboard'),
        analysis: z
          .object({
            status: z
              .enum(['OK', 'WARN', 'ERROR', 'NONE'])
              .describe('Quality gate status'),
            failedConditions: z.array(
              z.object({
                metric: z.string(),
                comparator: z.enum(['GT', 'LT', 'EQ', 'NE']),
                threshold: z.string(),
                actual: z.string().nullable(),
              }),
            ),
            overall: measures(z),
            newCode: measures(z),
            analysedAt: z.string().nullable(),
          })
          .nullable()
          .describe('null when the repository was never analysed'),
        error: partError(z).describe('Set when SonarQube could not be read'),
      }),
    ),
  });

/** Output of `get-deployments` (`DeploymentsResponse`). */
export const deploymentsOutputSchema = (z: Z) => {
  const line = z.object({ hard: z.number(), used: z.number() });
  return z.object({
    generatedAt: z.string().describe('When the data was read (ISO 8601)'),
    environments: z.array(
      z.object({
        name: z.string(),
        stage: z.string(),
        stageKind: z.enum(['hprod', 'prod']),
        zone: z.object({ slug: z.string(), label: z.string() }),
        cluster: z.object({ label: z.string() }),
        namespace: z.string(),
        applications: z.array(
          z.object({
            name: z.string(),
            syncStatus: z.enum(['Synced', 'OutOfSync', 'Unknown']),
            healthStatus: z.enum([
              'Healthy',
              'Progressing',
              'Degraded',
              'Suspended',
              'Missing',
              'Unknown',
            ]),
            revision: z.string().nullable(),
            message: z.string().nullable(),
            lastSyncedAt: z.string().nullable(),
            outOfSyncResources: z.number(),
            url: z.string().describe('The application in Argo CD'),
            repository: z
              .string()
              .nullable()
              .optional()
              .describe('The repository whose sources it deploys'),
            deployments: z
              .array(z.string())
              .optional()
              .describe(
                'The console Deployments it is rendered from (empty: rendered from the infra repositories)',
              ),
            autoSync: z
              .boolean()
              .optional()
              .describe('Argo CD syncs it automatically'),
            previousRevision: z
              .string()
              .nullable()
              .optional()
              .describe('The revision a rollback would go back to'),
          }),
        ),
        quota: z
          .object({ cpu: line, memory: line, gpu: line })
          .nullable()
          .describe(
            'Namespace quota (cores, GiB, GPUs); null if the cluster is not reachable',
          ),
        error: partError(z).describe('Set when Argo CD could not be read'),
      }),
    ),
    operations: z
      .object({
        refresh: z.boolean(),
        sync: z.boolean(),
        rollback: z.boolean(),
      })
      .optional()
      .describe('The Argo CD operations the caller may run'),
  });
};
