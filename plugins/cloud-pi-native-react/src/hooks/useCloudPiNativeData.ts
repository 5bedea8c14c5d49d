import { type Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  type CloudPiEntityData,
  type CloudPiEntityDataKind,
  isCloudPiNativeAvailable,
} from '@cpin/plugin-cloud-pi-native-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { cloudPiNativeApiRef } from '../apis';

/** Loading state of a Cloud π request. @public */
export interface CloudPiAsyncState<T> {
  value?: T;
  loading: boolean;
  error?: Error;
  /** Sends the request again. */
  retry(): void;
}

/**
 * Loads the data of one card for an entity. Nothing is requested for an
 * entity that is not a Cloud π entity: the state then stays empty.
 *
 * @public
 */
export function useCloudPiNativeData<K extends CloudPiEntityDataKind>(
  kind: K,
  entity: Entity,
): CloudPiAsyncState<CloudPiEntityData[K]> {
  const api = useApi(cloudPiNativeApiRef);
  const available = isCloudPiNativeAvailable(entity);
  const { kind: entityKind, namespace, name } = getCompoundEntityRef(entity);
  const state = useAsyncRetry(async () => {
    if (!available) return undefined;
    return api.getEntityData(kind, { kind: entityKind, namespace, name });
  }, [api, kind, available, entityKind, namespace, name]);
  return {
    value: state.value,
    loading: state.loading,
    error: state.error,
    retry: state.retry,
  };
}
