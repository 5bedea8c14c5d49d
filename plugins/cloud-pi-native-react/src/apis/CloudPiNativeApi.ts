import type { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ArgoOperation,
  ArgoOperationResult,
  CloudPiEntityData,
  CloudPiEntityDataKind,
  ClustersResponse,
  InstancesResponse,
  ProjectsResponse,
  StagesResponse,
} from '@cpin/plugin-cloud-pi-native-common';

/** Filters of the clusters picker. @public */
export interface CloudPiClustersQuery {
  /** Only clusters attached to this stage. */
  stageId: string;
  /** Only clusters this project may use (id or slug). */
  projectId?: string;
}

/**
 * Client of the `cloud-pi-native` backend. Every method rejects with a
 * `ResponseError` when the backend answers an error (403 `NotAllowedError`:
 * the caller may not see the project; 404 `NotFoundError`: unknown project).
 *
 * @public
 */
export interface CloudPiNativeApi {
  /** Reads the data of one card for a catalog entity. */
  getEntityData<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityData[K]>;
  /**
   * Starts reading, as the entity's page opens, the card data its cards are
   * expected to ask for: their `getEntityData` calls then share it.
   * Optional: without it, the cards read their data when they mount.
   */
  prefetchEntityData?(entity: CompoundEntityRef): void;
  /** Replays the provisioning of the entity's project, as the signed-in user. */
  reprovision(entity: CompoundEntityRef): Promise<void>;
  /**
   * Refreshes, syncs or rolls back one of the entity's Argo CD
   * applications (403 `NotAllowedError` unless the caller may).
   */
  runArgoOperation(
    entity: CompoundEntityRef,
    application: string,
    operation: ArgoOperation,
  ): Promise<ArgoOperationResult>;
  /** Lists the configured console instances. */
  listInstances(): Promise<InstancesResponse>;
  /** Lists the projects the signed-in user belongs to, as that user. */
  listProjects(instance: string): Promise<ProjectsResponse>;
  /** Lists the stages of an instance. */
  listStages(instance: string): Promise<StagesResponse>;
  /** Lists the clusters available for a stage (and a project). */
  listClusters(
    instance: string,
    query: CloudPiClustersQuery,
  ): Promise<ClustersResponse>;
}

/** The {@link CloudPiNativeApi} reference. @public */
export const cloudPiNativeApiRef = createApiRef<CloudPiNativeApi>({
  id: 'plugin.cloud-pi-native.service',
});
