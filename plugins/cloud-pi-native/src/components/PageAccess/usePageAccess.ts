import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApiHolder } from '@backstage/core-plugin-api';
import {
  type CloudPiAsyncState,
  classifyCloudPiError,
} from '@cpin/plugin-cloud-pi-native-react';
import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useSyncExternalStore,
} from 'react';
import { CardSlotContext } from './cardSlot';
import type {
  PageAccessStore,
  PageOutage,
  PageRefusal,
} from './PageAccessStore';
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

/** Tells the page what a card's request learnt: a refusal or a failure. */
export function useReportCardAccess(
  entity: Entity,
  state: CloudPiAsyncState<unknown>,
): void {
  const store = useStore();
  const entityRef = stringifyEntityRef(entity);
  const ownSlot = useId();
  const slot = useContext(CardSlotContext) ?? ownSlot;
  const { error, loading } = state;
  const kind = error ? classifyCloudPiError(error) : undefined;
  const refusal = kind === 'other' ? undefined : kind;
  const failure = kind === 'other' ? error : undefined;
  // The latest retry, without a new report each time it changes.
  const retry = useRef(state.retry);
  retry.current = state.retry;
  useEffect(
    () =>
      store?.report(entityRef, slot, {
        refusal,
        failure,
        loading,
        retry: () => retry.current(),
      }),
    [store, entityRef, slot, refusal, failure, loading],
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

/** The failures of several of the entity's cards, if any. */
export function usePageOutage(entity: Entity): PageOutage | undefined {
  const entityRef = stringifyEntityRef(entity);
  return useSelect(
    useCallback(store => store.outage(entityRef), [entityRef]),
    undefined,
  );
}

/**
 * Whether a page-level panel already tells the user why the card in `slot`
 * is empty (a refusal, or a failure it shares with other cards): the card
 * then renders nothing rather than repeat it. Without a slot, a refusal only.
 */
export function useSaidByPanel(
  entity: Entity | undefined,
  slot?: string,
): boolean {
  const entityRef = entity ? stringifyEntityRef(entity) : undefined;
  return useSelect(
    useCallback(
      store => entityRef !== undefined && store.saidByPanel(entityRef, slot),
      [entityRef, slot],
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
