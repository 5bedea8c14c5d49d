import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/**
 * The `CloudPiInstancePicker` scaffolder field.
 *
 * @alpha
 */
export const instancePickerFormField = FormFieldBlueprint.make({
  name: 'instance-picker',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.instancePickerFormField),
  },
});

/**
 * The `CloudPiProjectPicker` scaffolder field.
 *
 * @alpha
 */
export const projectPickerFormField = FormFieldBlueprint.make({
  name: 'project-picker',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.projectPickerFormField),
  },
});

/**
 * The `CloudPiStagePicker` scaffolder field.
 *
 * @alpha
 */
export const stagePickerFormField = FormFieldBlueprint.make({
  name: 'stage-picker',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.stagePickerFormField),
  },
});

/**
 * The `CloudPiClusterPicker` scaffolder field.
 *
 * @alpha
 */
export const clusterPickerFormField = FormFieldBlueprint.make({
  name: 'cluster-picker',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.clusterPickerFormField),
  },
});

/**
 * The `CloudPiCredentials` scaffolder field.
 *
 * @alpha
 */
export const credentialsFormField = FormFieldBlueprint.make({
  name: 'credentials',
  params: {
    field: () =>
      import('./formFieldDefinitions').then(m => m.credentialsFormField),
  },
});

/**
 * The `CloudPiInput` scaffolder field.
 *
 * @alpha
 */
export const inputFormField = FormFieldBlueprint.make({
  name: 'input',
  params: {
    field: () => import('./formFieldDefinitions').then(m => m.inputFormField),
  },
});
