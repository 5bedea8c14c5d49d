import { type Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  type CloudPiEntityData,
  type CloudPiEntityDataKind,
  isCloudPiNativeAvailable,
} from '@cpin/plugin-cloud-pi-native-common';
import { useDeferredValue } from 'react';
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
  // The card fills in during a render React may interrupt: the page's other
  // cards, requests and answers are not held up behind a page of cards.
  const shown = useDeferredValue(state);
  return {
    value: shown.value,
    loading: shown.loading,
    error: shown.error,
    retry: state.retry,
  };
}
