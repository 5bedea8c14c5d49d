export { cloudPiServiceRef } from './cloudPiServiceRef';
export { DefaultCloudPiService } from './DefaultCloudPiService';
export type {
  CloudPiInstance,
  CloudPiInstanceRequestEvent,
  CloudPiService,
} from './types';
export type { CloudPiUrls, ConsoleProjectTab } from './urls';
