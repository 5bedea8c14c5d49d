export { CloudPiClusterPicker } from './CloudPiClusterPicker';
export {
  CLOUD_PI_TOKEN_SECRET,
  CloudPiCredentials,
} from './CloudPiCredentials';
export { CloudPiInstancePicker } from './CloudPiInstancePicker';
export { CloudPiProjectPicker } from './CloudPiProjectPicker';
export { CloudPiStagePicker } from './CloudPiStagePicker';
export {
  cloudPiClusterPickerField,
  cloudPiCredentialsField,
  cloudPiInstancePickerField,
  cloudPiProjectPickerField,
  cloudPiStagePickerField,
} from './extensions';
export {
  CloudPiClusterPickerSchema,
  CloudPiCredentialsSchema,
  CloudPiInstancePickerSchema,
  CloudPiProjectPickerSchema,
  CloudPiStagePickerSchema,
} from './schemas';
export type {
  CloudPiClusterPickerUiOptions,
  CloudPiCredentialsUiOptions,
  CloudPiProjectPickerUiOptions,
  CloudPiStagePickerUiOptions,
} from './schemas';
