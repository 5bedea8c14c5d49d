export { CloudPiClusterPicker } from './CloudPiClusterPicker';
export {
  CLOUD_PI_TOKEN_SECRET,
  CloudPiCredentials,
} from './CloudPiCredentials';
export { CloudPiInput } from './CloudPiInput';
export { CloudPiInstancePicker } from './CloudPiInstancePicker';
export { CLOUD_PI_INPUT_RULES } from './inputRules';
export type { CloudPiInputRule } from './inputRules';
export { CloudPiProjectPicker } from './CloudPiProjectPicker';
export { CloudPiStagePicker } from './CloudPiStagePicker';
export {
  cloudPiClusterPickerField,
  cloudPiCredentialsField,
  cloudPiInputField,
  cloudPiInstancePickerField,
  cloudPiProjectPickerField,
  cloudPiStagePickerField,
} from './extensions';
export {
  CloudPiClusterPickerSchema,
  CloudPiCredentialsSchema,
  CloudPiInputSchema,
  CloudPiInstancePickerSchema,
  CloudPiProjectPickerSchema,
  CloudPiStagePickerSchema,
} from './schemas';
export type {
  CloudPiClusterPickerUiOptions,
  CloudPiCredentialsUiOptions,
  CloudPiInputUiOptions,
  CloudPiProjectPickerUiOptions,
  CloudPiStagePickerUiOptions,
} from './schemas';
