/**
 * Shared React API refs and hooks of the Cloud π Native frontend plugin.
 *
 * @packageDocumentation
 */

export * from './apis';
