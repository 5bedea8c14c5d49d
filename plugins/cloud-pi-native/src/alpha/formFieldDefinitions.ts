import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  CloudPiClusterPickerSchema,
  CloudPiCredentialsSchema,
  CloudPiInputSchema,
  CloudPiInstancePickerSchema,
  CloudPiProjectPickerSchema,
  CloudPiStagePickerSchema,
  cloudPiClusterPickerField,
  cloudPiCredentialsField,
  cloudPiInputField,
  cloudPiInstancePickerField,
  cloudPiProjectPickerField,
  cloudPiStagePickerField,
} from '../fields';

/** The field extensions as form fields of the new frontend system (loaded lazily). */
export const instancePickerFormField = createFormField({
  ...cloudPiInstancePickerField,
  schema: CloudPiInstancePickerSchema,
});

export const projectPickerFormField = createFormField({
  ...cloudPiProjectPickerField,
  schema: CloudPiProjectPickerSchema,
});

export const stagePickerFormField = createFormField({
  ...cloudPiStagePickerField,
  schema: CloudPiStagePickerSchema,
});

export const clusterPickerFormField = createFormField({
  ...cloudPiClusterPickerField,
  schema: CloudPiClusterPickerSchema,
});

export const credentialsFormField = createFormField({
  ...cloudPiCredentialsField,
  schema: CloudPiCredentialsSchema,
});

export const inputFormField = createFormField({
  ...cloudPiInputField,
  schema: CloudPiInputSchema,
});
