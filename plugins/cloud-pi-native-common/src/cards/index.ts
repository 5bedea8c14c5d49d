export {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  resourceAmountsSchema,
  stageKindSchema,
  zoneRefSchema,
} from './common';
export type { CardPartError, ResourceAmounts, ZoneRef } from './common';
export {
  CLOUD_PI_NATIVE_BACKEND_PLUGIN_ID,
  CLOUD_PI_NATIVE_ROUTES,
  CLOUD_PI_USER_TOKEN_HEADER,
  cloudPiArgoOperationPath,
  cloudPiEntityCardsPath,
  cloudPiEntityDataPath,
  cloudPiInstancePath,
  cloudPiReprovisionPath,
  cloudPiSecretsPath,
} from './routes';
export type { CloudPiEntityDataKind, CloudPiEntityRouteRef } from './routes';
export {
  projectOverviewResponseSchema,
  provisioningLogEntrySchema,
  provisioningResultSchema,
  serviceLinkKindSchema,
  serviceLinkSchema,
} from './overview';
export type {
  ProjectOverviewResponse,
  ProvisioningLogEntry,
  ProvisioningResult,
  ServiceLink,
  ServiceLinkKind,
} from './overview';
export {
  budgetLineSchema,
  environmentSummarySchema,
  environmentsResponseSchema,
  stageBudgetSchema,
} from './environments';
export type {
  BudgetLine,
  EnvironmentSummary,
  EnvironmentsResponse,
  StageBudget,
} from './environments';
export {
  qualityGateAnalysisSchema,
  qualityGateConditionSchema,
  qualityGateRepositorySchema,
  qualityGateResponseSchema,
  qualityGateStatusSchema,
  sonarMeasuresSchema,
  sonarRatingSchema,
} from './qualityGate';
export type {
  QualityGateAnalysis,
  QualityGateCondition,
  QualityGateRepository,
  QualityGateResponse,
  QualityGateStatus,
  SonarMeasures,
  SonarRating,
} from './qualityGate';
export {
  argoApplicationSummarySchema,
  argoOperationPermissionsSchema,
  argoHealthStatusSchema,
  argoSyncStatusSchema,
  deploymentsResponseSchema,
  environmentDeploymentsSchema,
  namespaceQuotaUsageSchema,
  quotaLineSchema,
} from './deployments';
export type {
  ArgoApplicationSummary,
  ArgoOperationPermissions,
  ArgoHealthStatus,
  ArgoSyncStatus,
  DeploymentsResponse,
  EnvironmentDeployments,
  NamespaceQuotaUsage,
  QuotaLine,
} from './deployments';
export {
  environmentObservabilitySchema,
  observabilityLinksSchema,
  observabilityResponseSchema,
} from './observability';
export type {
  EnvironmentObservability,
  ObservabilityLinks,
  ObservabilityResponse,
} from './observability';
export {
  clusterPrivacySchema,
  clusterSummarySchema,
  clustersResponseSchema,
  instanceSummarySchema,
  instancesResponseSchema,
  projectSummarySchema,
  projectsResponseSchema,
  stageSummarySchema,
  stagesResponseSchema,
} from './pickers';
export type {
  ClusterPrivacy,
  ClusterSummary,
  ClustersResponse,
  InstanceSummary,
  InstancesResponse,
  ProjectSummary,
  ProjectsResponse,
  StageSummary,
  StagesResponse,
} from './pickers';
export { projectSecretsResponseSchema } from './secrets';
export type { ProjectSecretsResponse } from './secrets';
export {
  cloudPiEntityCardsResponseSchema,
  cloudPiEntityDataPermissions,
  cloudPiEntityDataSchemas,
  isEnvironmentsAvailable,
} from './entityData';
export type {
  CloudPiCardResult,
  CloudPiEntityCardsResponse,
  CloudPiEntityData,
} from './entityData';
export {
  buildsResponseSchema,
  mirrorSyncSchema,
  pipelineStatusSchema,
  pipelineSummarySchema,
  repositoryBuildsSchema,
} from './builds';
export type {
  BuildsResponse,
  MirrorSync,
  PipelineStatus,
  PipelineSummary,
  RepositoryBuilds,
} from './builds';
export {
  deployedImageSchema,
  environmentImagesSchema,
  imageArtifactSchema,
  imageScanSchema,
  imagesResponseSchema,
  registryRepositorySchema,
  vulnerabilityCountsSchema,
} from './images';
export type {
  DeployedImage,
  EnvironmentImages,
  ImageArtifact,
  ImageScan,
  ImagesResponse,
  RegistryRepository,
  VulnerabilityCounts,
} from './images';
export {
  JOURNEY_STEP_IDS,
  journeyActionCodeSchema,
  journeyActionSchema,
  journeyEvidenceCodeSchema,
  journeyEvidenceSchema,
  journeyResponseSchema,
  journeyStepIdSchema,
  journeyStepSchema,
  journeyStepStateSchema,
} from './journey';
export type {
  JourneyAction,
  JourneyActionCode,
  JourneyEvidence,
  JourneyEvidenceCode,
  JourneyResponse,
  JourneyStep,
  JourneyStepId,
  JourneyStepState,
} from './journey';
export {
  argoApplicationNameSchema,
  argoOperationResultSchema,
  argoOperationSchema,
} from './argoOperations';
export type { ArgoOperation, ArgoOperationResult } from './argoOperations';
