/**
 * Shared React API refs and hooks of the Cloud π Native frontend plugin.
 *
 * @packageDocumentation
 */

export * from './apis';
export * from './hooks';
export { classifyCloudPiError } from './errors';
export type { CloudPiErrorKind } from './errors';
