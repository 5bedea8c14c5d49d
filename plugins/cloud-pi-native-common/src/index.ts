/**
 * Isomorphic building blocks of the Cloud π Native plugin suite: console
 * resource schemas, the platform's validation and naming rules, permission
 * bitfields and entity annotations.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './cards';
export * from './events';
export * from './links';
export * from './naming';
export * from './permissions';
export * from './schemas';
export * from './search';
export * from './validation';
