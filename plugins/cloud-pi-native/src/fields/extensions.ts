import type {
  CustomFieldValidator,
  FieldExtensionOptions,
} from '@backstage/plugin-scaffolder-react';
import { CloudPiClusterPicker } from './CloudPiClusterPicker';
import { CloudPiCredentials } from './CloudPiCredentials';
import { CloudPiInput } from './CloudPiInput';
import { CloudPiInstancePicker } from './CloudPiInstancePicker';
import { isInputRule, ruleProblems } from './inputRules';
import { CloudPiProjectPicker } from './CloudPiProjectPicker';
import { CloudPiStagePicker } from './CloudPiStagePicker';
import {
  type CloudPiClusterPickerUiOptions,
  CloudPiClusterPickerSchema,
  type CloudPiCredentialsUiOptions,
  CloudPiCredentialsSchema,
  type CloudPiInputUiOptions,
  CloudPiInputSchema,
  CloudPiInstancePickerSchema,
  type CloudPiProjectPickerUiOptions,
  CloudPiProjectPickerSchema,
  type CloudPiStagePickerUiOptions,
  CloudPiStagePickerSchema,
} from './schemas';
import {
  type FieldValidationKey,
  isFrench,
  validationMessages,
} from './validationMessages';

/** Project slugs: lower-case letters, digits and hyphens (pre-v9 slugs included). */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function requireValue<T>(
  key: FieldValidationKey,
): CustomFieldValidator<string, T> {
  return (value, validation, { apiHolder }) => {
    if (typeof value !== 'string' || value.trim() === '') {
      validation.addError(validationMessages(apiHolder)(key));
    }
  };
}

// The field extensions, in the shape both frontend systems accept: the new
// one wraps them with `createFormField`, the legacy one with
// `createScaffolderFieldExtension`.

/** `CloudPiInstancePicker`: a configured console instance. */
export const cloudPiInstancePickerField: FieldExtensionOptions<string, {}> = {
  name: 'CloudPiInstancePicker',
  component: CloudPiInstancePicker,
  schema: CloudPiInstancePickerSchema.schema,
};

/** `CloudPiProjectPicker`: the slug of a project of the signed-in user. */
export const cloudPiProjectPickerField: FieldExtensionOptions<
  string,
  CloudPiProjectPickerUiOptions
> = {
  name: 'CloudPiProjectPicker',
  component: CloudPiProjectPicker,
  validation: (value, validation, { apiHolder }) => {
    if (typeof value !== 'string' || !SLUG.test(value)) {
      validation.addError(
        validationMessages(apiHolder)('fields.project.invalid'),
      );
    }
  },
  schema: CloudPiProjectPickerSchema.schema,
};

/** `CloudPiStagePicker`: a stage id. */
export const cloudPiStagePickerField: FieldExtensionOptions<
  string,
  CloudPiStagePickerUiOptions
> = {
  name: 'CloudPiStagePicker',
  component: CloudPiStagePicker,
  validation: requireValue('fields.stage.invalid'),
  schema: CloudPiStagePickerSchema.schema,
};

/** `CloudPiClusterPicker`: a cluster id for the chosen stage. */
export const cloudPiClusterPickerField: FieldExtensionOptions<
  string,
  CloudPiClusterPickerUiOptions
> = {
  name: 'CloudPiClusterPicker',
  component: CloudPiClusterPicker,
  validation: requireValue('fields.cluster.invalid'),
  schema: CloudPiClusterPickerSchema.schema,
};

/** `CloudPiCredentials`: hands the user's platform token to the task secrets. */
export const cloudPiCredentialsField: FieldExtensionOptions<
  string,
  CloudPiCredentialsUiOptions
> = {
  name: 'CloudPiCredentials',
  component: CloudPiCredentials,
  validation: requireValue('fields.credentials.required'),
  schema: CloudPiCredentialsSchema.schema,
};

/**
 * `CloudPiInput`: a text or amount checked against the platform rule of
 * `ui:options.rule`. In French the message is the console's own; in other
 * languages, the rule in words.
 */
export const cloudPiInputField: FieldExtensionOptions<
  string | number,
  CloudPiInputUiOptions
> = {
  name: 'CloudPiInput',
  component: CloudPiInput,
  validation: (value, validation, { apiHolder, uiSchema }) => {
    const rule = uiSchema?.['ui:options']?.rule;
    if (!isInputRule(rule)) {
      validation.addError(
        `ui:options.rule must be a Cloud π rule, not ${rule}`,
      );
      return;
    }
    const problems = ruleProblems(rule, value);
    if (problems.length === 0) return;
    validation.addError(
      isFrench(apiHolder)
        ? problems[0]
        : validationMessages(apiHolder)(`fields.input.invalid.${rule}`),
    );
  },
  schema: CloudPiInputSchema.schema,
};
