import { z } from 'zod';
import { httpUrlSchema, isoDateTimeSchema } from './common';
import { qualityGateConditionSchema } from './qualityGate';

/**
 * The ten steps of a project's onboarding journey, in the order the
 * platform's documentation describes them.
 *
 * @public
 */
export const JOURNEY_STEP_IDS = [
  /** Enrolment in the console. */
  'enrolment',
  /** Tool resources instantiated (GitLab, Vault, registry…). */
  'toolResources',
  /** Code and deployment repositories mirrored. */
  'repositories',
  /** The DevSecOps pipeline set up in the secondary chain. */
  'pipeline',
  /** Namespaces, secrets and GitOps provisioning. */
  'namespaces',
  /** Artefacts built. */
  'artefacts',
  /** Quality and security analysis. */
  'qualityAnalysis',
  /** Container images built, scanned and signed. */
  'images',
  /** The application pulled onto the cluster by GitOps. */
  'deployment',
  /** Exploitation and observability. */
  'observability',
] as const;

/** A step of the onboarding journey. @public */
export const journeyStepIdSchema = z.enum(JOURNEY_STEP_IDS);

/** A step of the onboarding journey. @public */
export type JourneyStepId = z.infer<typeof journeyStepIdSchema>;

/**
 * Where a project stands on a step. `unknown` only when the tool the step
 * depends on is not configured or could not be read.
 *
 * @public
 */
export const journeyStepStateSchema = z.enum([
  'done',
  'in-progress',
  'blocked',
  'not-started',
  'unknown',
]);

/** Where a project stands on a step. @public */
export type JourneyStepState = z.infer<typeof journeyStepStateSchema>;

/**
 * What a piece of evidence says; the frontend translates each code, with
 * the evidence's `params` as interpolation values.
 *
 * @public
 */
export const journeyEvidenceCodeSchema = z.enum([
  'projectEnrolled',
  'projectLocked',
  'provisioned',
  'provisioning',
  'provisioningOutdated',
  'provisioningFailed',
  'noRepository',
  'noInfraRepository',
  'repositoryStandalone',
  'mirrorSynced',
  'mirrorSyncing',
  'mirrorNeverSynced',
  'mirrorFailed',
  'noApplicationRepository',
  'pipelineConfigured',
  'noPipeline',
  'noEnvironment',
  'namespaceReady',
  'namespacePending',
  'namespaceFailed',
  'buildSucceeded',
  'buildRunning',
  'buildFailed',
  'buildIncomplete',
  'qualityGatePassed',
  'qualityGateFailed',
  'notAnalysed',
  'noImage',
  'imageMissing',
  'imageReady',
  'scanPending',
  'criticalInProduction',
  'unsignedDeployed',
  'imageOutsideRegistry',
  'noApplication',
  'applicationHealthy',
  'applicationSyncing',
  'applicationDegraded',
  'applicationMissing',
  'outOfSyncManual',
  'notDeployed',
  'productionNotDeployed',
  'dashboardsAvailable',
  'notConfigured',
  'sourceUnavailable',
]);

/** What a piece of evidence says. @public */
export type JourneyEvidenceCode = z.infer<typeof journeyEvidenceCodeSchema>;

/** A fact behind a step's state, e.g. a failed quality gate condition. @public */
export const journeyEvidenceSchema = z.object({
  code: journeyEvidenceCodeSchema,
  /** Values for the message: names, counts, dates (ISO 8601). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Where to see it (a pipeline, a SonarQube dashboard, an application). */
  url: httpUrlSchema.optional(),
  /**
   * The failed conditions of a quality gate, for the frontend to word in the
   * user's language (`params.conditions` words them in English).
   */
  conditions: z.array(qualityGateConditionSchema).optional(),
});

/** A fact behind a step's state. @public */
export type JourneyEvidence = z.infer<typeof journeyEvidenceSchema>;

/** What the next action of a step is about; the frontend translates it. @public */
export const journeyActionCodeSchema = z.enum([
  'openConsole',
  'unlockProject',
  'reprovision',
  'addRepository',
  'syncRepository',
  'setUpPipeline',
  'addEnvironment',
  'openPipeline',
  'openQualityGate',
  'buildImages',
  'openRegistry',
  'signImages',
  'deployWithArgoCd',
  'syncApplication',
  'openArgoCd',
  'openGrafana',
]);

/** What the next action of a step is about. @public */
export type JourneyActionCode = z.infer<typeof journeyActionCodeSchema>;

/**
 * The next thing to do on a step: a software template to run
 * (`templateRef`), or a page of the console, the documentation or a tool
 * (`url`).
 *
 * @public
 */
export const journeyActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('template'),
    code: journeyActionCodeSchema,
    /** The template's entity ref, e.g. `template:default/cpin-add-repository`. */
    templateRef: z.string(),
  }),
  z.object({
    kind: z.enum(['console', 'documentation', 'link']),
    code: journeyActionCodeSchema,
    url: httpUrlSchema,
  }),
]);

/** The next thing to do on a step. @public */
export type JourneyAction = z.infer<typeof journeyActionSchema>;

/** One step of the journey: its state, the evidence, the next action. @public */
export const journeyStepSchema = z.object({
  id: journeyStepIdSchema,
  state: journeyStepStateSchema,
  evidence: z.array(journeyEvidenceSchema),
  /** `null` when there is nothing to do (done) or nothing the portal can suggest. */
  nextAction: journeyActionSchema.nullable(),
});

/** One step of the journey. @public */
export type JourneyStep = z.infer<typeof journeyStepSchema>;

/**
 * `GET /entities/:kind/:namespace/:name/journey`: the onboarding journey of
 * the entity's project ("Parcours d'embarquement"), the ten steps in order,
 * computed by the backend from the platform's data.
 *
 * @public
 */
export const journeyResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  steps: z.array(journeyStepSchema).length(JOURNEY_STEP_IDS.length),
});

/** The onboarding journey of a project. @public */
export type JourneyResponse = z.infer<typeof journeyResponseSchema>;
