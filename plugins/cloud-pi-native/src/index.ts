/**
 * Cloud π Native entity cards (access panel, project overview, onboarding
 * journey, quality gate, deployments, builds, images, observability,
 * environments), the home page's list of the user's projects
 * (`CloudPiMyProjects`) and scaffolder field extensions, in English and
 * French. This entry point serves apps on the legacy frontend system; the
 * default export of `@cpin/plugin-cloud-pi-native/alpha` is the plugin for
 * the new frontend system.
 *
 * @packageDocumentation
 */

export {
  CloudPiClusterPickerFieldExtension,
  CloudPiCredentialsFieldExtension,
  CloudPiInputFieldExtension,
  CloudPiInstancePickerFieldExtension,
  CloudPiProjectPickerFieldExtension,
  CloudPiStagePickerFieldExtension,
  EntityCloudPiAccessCard,
  EntityCloudPiBuildsCard,
  EntityCloudPiDeploymentsCard,
  EntityCloudPiEnvironmentsCard,
  EntityCloudPiEnvironmentsContent,
  EntityCloudPiImagesCard,
  EntityCloudPiJourneyCard,
  EntityCloudPiObservabilityCard,
  EntityCloudPiProjectOverviewCard,
  EntityCloudPiQualityGateCard,
  cloudPiNativePlugin,
} from './plugin';
export { CloudPiEntityForReader } from './components/EntityForReader';
export { CloudPiMyProjects } from './components/MyProjects';
export type { CloudPiMyProjectsProps } from './components/MyProjects';
export { CloudPiNativeClient, InvalidResponseError } from './api';
export type { CloudPiNativeClientOptions } from './api';
export {
  cloudPiNativeTranslationRef,
  cloudPiNativeTranslations,
} from './translation';
export {
  CLOUD_PI_INPUT_RULES,
  CLOUD_PI_TOKEN_SECRET,
  CloudPiClusterPickerSchema,
  CloudPiCredentialsSchema,
  CloudPiInputSchema,
  CloudPiInstancePickerSchema,
  CloudPiProjectPickerSchema,
  CloudPiStagePickerSchema,
} from './fields';
export type {
  CloudPiClusterPickerUiOptions,
  CloudPiCredentialsUiOptions,
  CloudPiInputRule,
  CloudPiInputUiOptions,
  CloudPiProjectPickerUiOptions,
  CloudPiStagePickerUiOptions,
} from './fields';
export {
  isBuildsAvailable,
  isCloudPiEnvironment,
  isCloudPiNativeAvailable,
  isCloudPiProject,
  isCloudPiRepository,
  isDeploymentsAvailable,
  isEnvironmentsAvailable,
  isImagesAvailable,
  isObservabilityAvailable,
  isQualityGateAvailable,
} from '@cpin/plugin-cloud-pi-native-common';
