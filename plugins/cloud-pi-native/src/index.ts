/**
 * Cloud π Native entity cards (project overview, quality gate, deployments,
 * observability, environments) and scaffolder field extensions, in English
 * and French. This entry point serves apps on the legacy frontend system;
 * the default export of `@cpin/plugin-cloud-pi-native/alpha` is the plugin
 * for the new frontend system.
 *
 * @packageDocumentation
 */

export {
  CloudPiClusterPickerFieldExtension,
  CloudPiCredentialsFieldExtension,
  CloudPiInstancePickerFieldExtension,
  CloudPiProjectPickerFieldExtension,
  CloudPiStagePickerFieldExtension,
  EntityCloudPiDeploymentsCard,
  EntityCloudPiEnvironmentsCard,
  EntityCloudPiEnvironmentsContent,
  EntityCloudPiObservabilityCard,
  EntityCloudPiProjectOverviewCard,
  EntityCloudPiQualityGateCard,
  cloudPiNativePlugin,
} from './plugin';
export { CloudPiNativeClient, InvalidResponseError } from './api';
export type { CloudPiNativeClientOptions } from './api';
export {
  cloudPiNativeTranslationRef,
  cloudPiNativeTranslations,
} from './translation';
export {
  CLOUD_PI_TOKEN_SECRET,
  CloudPiClusterPickerSchema,
  CloudPiCredentialsSchema,
  CloudPiInstancePickerSchema,
  CloudPiProjectPickerSchema,
  CloudPiStagePickerSchema,
} from './fields';
export type {
  CloudPiClusterPickerUiOptions,
  CloudPiCredentialsUiOptions,
  CloudPiProjectPickerUiOptions,
  CloudPiStagePickerUiOptions,
} from './fields';
export {
  isCloudPiEnvironment,
  isCloudPiNativeAvailable,
  isCloudPiProject,
  isCloudPiRepository,
  isDeploymentsAvailable,
  isEnvironmentsAvailable,
  isObservabilityAvailable,
  isQualityGateAvailable,
} from '@cpin/plugin-cloud-pi-native-common';
