import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApiHolder } from '@backstage/core-plugin-api';
import {
  type CloudPiAsyncState,
  classifyCloudPiError,
} from '@cpin/plugin-cloud-pi-native-react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { PageAccessStore, PageRefusal } from './PageAccessStore';
import { pageAccessApiRef } from './pageAccessApi';

const noStore = () => () => {};

function useStore(): PageAccessStore | undefined {
  // Optional: a card rendered outside the plugin (tests, another app's
  // layout) simply stands alone.
  return useApiHolder().get(pageAccessApiRef);
}

function useSelect<T>(select: (store: PageAccessStore) => T, fallback: T): T {
  const store = useStore();
  const read = useCallback(
    () => (store ? select(store) : fallback),
    [store, select, fallback],
  );
  return useSyncExternalStore(store?.subscribe ?? noStore, read);
}

/** Tells the page what a card's request learnt about the user's access. */
export function useReportCardAccess(
  entity: Entity,
  state: CloudPiAsyncState<unknown>,
): void {
  const store = useStore();
  const entityRef = stringifyEntityRef(entity);
  const kind = state.error ? classifyCloudPiError(state.error) : undefined;
  const refusal = kind === 'other' ? undefined : kind;
  useEffect(
    () => store?.report(entityRef, refusal),
    [store, entityRef, refusal],
  );
}

/** The refusal the cards of the entity's page met, if any. */
export function usePageRefusal(entity: Entity): PageRefusal | undefined {
  const entityRef = stringifyEntityRef(entity);
  return useSelect(
    useCallback(store => store.refusal(entityRef), [entityRef]),
    undefined,
  );
}

/**
 * Whether a page-level panel already tells the user why the entity's cards
 * are empty: the cards then render nothing rather than repeat it.
 */
export function useRefusalShownByPanel(entity: Entity | undefined): boolean {
  const entityRef = entity ? stringifyEntityRef(entity) : undefined;
  return useSelect(
    useCallback(
      store =>
        entityRef !== undefined &&
        store.hasPanel(entityRef) &&
        store.refusal(entityRef) !== undefined,
      [entityRef],
    ),
    false,
  );
}

/** Registers the page-level panel of an entity while it is mounted. */
export function useRegisterPagePanel(entity: Entity): void {
  const store = useStore();
  const entityRef = stringifyEntityRef(entity);
  useEffect(() => store?.addPanel(entityRef), [store, entityRef]);
}
