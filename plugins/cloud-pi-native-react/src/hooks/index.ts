export { useCloudPiNativeData } from './useCloudPiNativeData';
export type { CloudPiAsyncState } from './useCloudPiNativeData';
export {
  useCloudPiClusters,
  useCloudPiInstances,
  useCloudPiProjects,
  useCloudPiStages,
} from './usePickerData';
