import type { z as zv3 } from 'zod/v3';

/** The zod v3 namespace the scaffolder passes to schema callbacks. */
export type Z = typeof zv3;

/** `instance`: the console instance to work on. */
export const instanceInput = (z: Z) =>
  z
    .string()
    .optional()
    .describe(
      'Name of the Cloud π Native instance (cloudPiNative.instances[].name). Optional when a single instance is configured.',
    );

/** `project`: a project slug or id. */
export const projectInput = (z: Z) =>
  z
    .string()
    .min(1)
    .describe(
      'The Cloud π project: its slug (e.g. "portail", as the CloudPiProjectPicker field gives it) or its UUID.',
    );

/** Output `projectId`. */
export const projectIdOutput = (z: Z) =>
  z.string().describe('UUID of the Cloud π project.');

/** Output `slug`. */
export const slugOutput = (z: Z) =>
  z
    .string()
    .describe(
      'Slug of the project: its identifier in every tool (GitLab group, Vault mount, Argo CD names).',
    );

/** Output `consoleUrl`. */
export const consoleUrlOutput = (z: Z) =>
  z.string().describe('Page of the project in the Cloud π Native console.');
