export { cloudPiAuthApiRef } from './cloudPiAuthApiRef';
export { cloudPiNativeApiRef } from './CloudPiNativeApi';
export type {
  CloudPiClustersQuery,
  CloudPiNativeApi,
} from './CloudPiNativeApi';
