/**
 * Catalog backend module importing every Cloud π Native project (teams,
 * repositories, environments) and the platform's clusters and zones into
 * the Backstage catalog.
 *
 * @packageDocumentation
 */

export { catalogModuleCloudPiNative as default } from './module';
export {
  CloudPiInconsistentDataError,
  CloudPiReadError,
  CloudPiRemovalRefusedError,
} from './errors';
export * from './providers';
export * from './transformers';
