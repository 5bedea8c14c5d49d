export { CloudPiNativeEntityProvider } from './CloudPiNativeEntityProvider';
export type {
  CloudPiNativeEntityProviderOptions,
  CloudPiNativeProjectRefreshResult,
  CloudPiNativeRefreshResult,
} from './CloudPiNativeEntityProvider';
export { loadUserDirectory } from './catalogUsers';
export type { CloudPiUserDirectory } from './catalogUsers';
export {
  DEFAULT_CLOUD_PI_PROVIDER_SCHEDULE,
  readProviderConfigs,
} from './config';
export type {
  CloudPiLockedFilter,
  CloudPiNativeProjectFilters,
  CloudPiNativeProviderConfig,
} from './config';
export { CloudPiRefreshError } from './readCloudPiEntities';
export type { CloudPiProjectChange } from './projectListsCache';
