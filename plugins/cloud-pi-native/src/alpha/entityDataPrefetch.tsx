import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  AppRootElementBlueprint,
  routeResolutionApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { cloudPiNativeApiRef } from '@cpin/plugin-cloud-pi-native-react';
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { entityPageMatcher } from './entityPageMatcher';

/**
 * Opening an entity page, sends the card data its Cloud π cards asked for
 * on an earlier visit: the cards only mount once the catalog has answered
 * the entity, so their own request would start after it instead of
 * alongside it.
 */
export function EntityDataPrefetch() {
  const api = useApi(cloudPiNativeApiRef);
  const routes = useApi(routeResolutionApiRef);
  const { pathname } = useLocation();
  useEffect(() => {
    // Resolved on each visit: the app's routes are only complete once the
    // user signed in. No catalog entity page: nothing to prefetch for.
    const entityRoute = routes.resolve(convertLegacyRouteRef(entityRouteRef));
    // Both paths leave out the app's base path.
    const entity = entityRoute && entityPageMatcher(entityRoute)(pathname);
    if (entity) api.prefetchEntityData?.(entity);
  }, [api, routes, pathname]);
  return null;
}

/**
 * Sends the card data of an entity page as the page opens (see
 * {@link EntityDataPrefetch}).
 *
 * @alpha
 */
export const entityDataPrefetchElement = AppRootElementBlueprint.make({
  name: 'entity-data-prefetch',
  params: { element: <EntityDataPrefetch /> },
});
