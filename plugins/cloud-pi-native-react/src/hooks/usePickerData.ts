import { useApi } from '@backstage/core-plugin-api';
import type {
  ClusterSummary,
  InstanceSummary,
  ProjectSummary,
  StageSummary,
} from '@cpin/plugin-cloud-pi-native-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { cloudPiNativeApiRef, type CloudPiClustersQuery } from '../apis';
import type { CloudPiAsyncState } from './useCloudPiNativeData';

/** Lists the configured console instances. @public */
export function useCloudPiInstances(): CloudPiAsyncState<InstanceSummary[]> {
  const api = useApi(cloudPiNativeApiRef);
  return useAsyncRetry(
    async () => (await api.listInstances()).instances,
    [api],
  );
}

/** Lists the signed-in user's projects; waits until `instance` is known. @public */
export function useCloudPiProjects(
  instance: string | undefined,
): CloudPiAsyncState<ProjectSummary[]> {
  const api = useApi(cloudPiNativeApiRef);
  return useAsyncRetry(async () => {
    if (!instance) return undefined;
    return (await api.listProjects(instance)).projects;
  }, [api, instance]);
}

/** Lists the stages of an instance; waits until `instance` is known. @public */
export function useCloudPiStages(
  instance: string | undefined,
): CloudPiAsyncState<StageSummary[]> {
  const api = useApi(cloudPiNativeApiRef);
  return useAsyncRetry(async () => {
    if (!instance) return undefined;
    return (await api.listStages(instance)).stages;
  }, [api, instance]);
}

/** Lists the clusters of a stage; waits until `instance` and the stage are known. @public */
export function useCloudPiClusters(
  instance: string | undefined,
  query: Partial<CloudPiClustersQuery>,
): CloudPiAsyncState<ClusterSummary[]> {
  const api = useApi(cloudPiNativeApiRef);
  const { stageId, projectId } = query;
  return useAsyncRetry(async () => {
    if (!instance || !stageId) return undefined;
    return (await api.listClusters(instance, { stageId, projectId })).clusters;
  }, [api, instance, stageId, projectId]);
}
