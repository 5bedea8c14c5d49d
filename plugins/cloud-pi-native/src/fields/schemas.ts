import { CLOUD_PI_INPUT_RULES } from './inputRules';
import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

const instanceOptions = {
  instance:
    'Name of the console instance; default: the `instance` form field, else the only configured instance',
  instanceField: 'Form field holding the instance name (default: instance)',
};

/** Schema of the `CloudPiInstancePicker` field: the instance name. @public */
export const CloudPiInstancePickerSchema = makeFieldSchema({
  output: z => z.string().describe('Name of a configured console instance'),
});

/** Schema of the `CloudPiProjectPicker` field: the project slug. @public */
export const CloudPiProjectPickerSchema = makeFieldSchema({
  output: z => z.string().describe('Slug of a project the user belongs to'),
  uiOptions: z =>
    z.object({
      instance: z.string().optional().describe(instanceOptions.instance),
      instanceField: z
        .string()
        .optional()
        .describe(instanceOptions.instanceField),
    }),
});

/** Schema of the `CloudPiStagePicker` field: the stage name. @public */
export const CloudPiStagePickerSchema = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'Name of a stage (environment type); the actions also accept its id',
      ),
  uiOptions: z =>
    z.object({
      instance: z.string().optional().describe(instanceOptions.instance),
      instanceField: z
        .string()
        .optional()
        .describe(instanceOptions.instanceField),
    }),
});

/** Schema of the `CloudPiClusterPicker` field: the cluster name. @public */
export const CloudPiClusterPickerSchema = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'Name of a cluster available for the chosen stage; the actions also accept its id',
      ),
  uiOptions: z =>
    z.object({
      instance: z.string().optional().describe(instanceOptions.instance),
      instanceField: z
        .string()
        .optional()
        .describe(instanceOptions.instanceField),
      stageField: z
        .string()
        .optional()
        .describe('Form field holding the stage name or id (default: stageId)'),
      projectField: z
        .string()
        .optional()
        .describe(
          'Form field holding the project slug or id (default: project)',
        ),
      allowedPrivacy: z
        .array(z.enum(['public', 'dedicated']))
        .optional()
        .describe('Only offer clusters of these privacies (default: both)'),
    }),
});

/** Schema of the `CloudPiCredentials` field: the signed-in user's e-mail. @public */
export const CloudPiCredentialsSchema = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'E-mail of the signed-in user; the token goes to the task secrets',
      ),
  uiOptions: z =>
    z.object({
      secretKey: z
        .string()
        .optional()
        .describe(
          'Task secret receiving the access token (default: cloudPiToken)',
        ),
    }),
});

/**
 * Schema of the `CloudPiInput` field: a text or an amount checked against a
 * platform rule before Next, with the console's messages.
 *
 * @public
 */
export const CloudPiInputSchema = makeFieldSchema({
  output: z =>
    z
      .union([z.string(), z.number()])
      .describe('The text or amount, valid under the rule'),
  uiOptions: z =>
    z.object({
      rule: z
        .enum(CLOUD_PI_INPUT_RULES)
        .describe(
          'The platform rule: projectName, environmentName, repositoryName, email, or an amount of cpu (cores), memory (GiB) or gpu',
        ),
    }),
});

/** `ui:options` of the project picker. @public */
export type CloudPiProjectPickerUiOptions =
  typeof CloudPiProjectPickerSchema.uiOptionsType;
/** `ui:options` of the stage picker. @public */
export type CloudPiStagePickerUiOptions =
  typeof CloudPiStagePickerSchema.uiOptionsType;
/** `ui:options` of the cluster picker. @public */
export type CloudPiClusterPickerUiOptions =
  typeof CloudPiClusterPickerSchema.uiOptionsType;
/** `ui:options` of the input field. @public */
export type CloudPiInputUiOptions = typeof CloudPiInputSchema.uiOptionsType;
/** `ui:options` of the credentials field. @public */
export type CloudPiCredentialsUiOptions =
  typeof CloudPiCredentialsSchema.uiOptionsType;
