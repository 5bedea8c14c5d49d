import {
  boundedEmailSchema,
  boundedResourceAmountSchema,
  environmentNameSchema,
  projectNameSchema,
  repositoryNameSchema,
  validationMessages,
} from '@cpin/plugin-cloud-pi-native-common';

/** The platform rules a `CloudPiInput` field can check. @public */
export const CLOUD_PI_INPUT_RULES = [
  'projectName',
  'environmentName',
  'repositoryName',
  'email',
  'cpu',
  'memory',
  'gpu',
] as const;

/** A platform rule of {@link CLOUD_PI_INPUT_RULES}. @public */
export type CloudPiInputRule = (typeof CLOUD_PI_INPUT_RULES)[number];

/** Rules whose value is a number (an amount of a resource). */
export const NUMBER_RULES: readonly CloudPiInputRule[] = [
  'cpu',
  'memory',
  'gpu',
];

// The platform's schemas, with the console's French messages. The resource
// amounts are named so that the message agrees in gender ("positif").
const schemas: Record<
  CloudPiInputRule,
  Parameters<typeof validationMessages>[0]
> = {
  projectName: projectNameSchema,
  environmentName: environmentNameSchema,
  repositoryName: repositoryNameSchema,
  email: boundedEmailSchema,
  cpu: boundedResourceAmountSchema('Le nombre de cœurs', 'cpu'),
  memory: boundedResourceAmountSchema('Le volume de mémoire', 'memory'),
  gpu: boundedResourceAmountSchema('Le nombre de GPU', 'gpu'),
};

/** The platform's messages for `value` under `rule`; empty when it is valid. */
export function ruleProblems(rule: CloudPiInputRule, value: unknown): string[] {
  return validationMessages(schemas[rule], value);
}

export function isInputRule(rule: unknown): rule is CloudPiInputRule {
  return (CLOUD_PI_INPUT_RULES as readonly unknown[]).includes(rule);
}
