import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  cloudPiAuthApiRef,
  cloudPiNativeApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import { CloudPiNativeClient } from '../api';
import { PageAccessStore, pageAccessApiRef } from '../components/PageAccess';

/**
 * The client of the `cloud-pi-native` backend.
 *
 * @alpha
 */
export const cloudPiNativeApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: cloudPiNativeApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        cloudPiAuthApi: cloudPiAuthApiRef,
      },
      factory: deps => new CloudPiNativeClient(deps),
    }),
});

/**
 * What the cards of the open entity pages learnt about the user's access,
 * shared with the page's access panel and links filter.
 *
 * @alpha
 */
export const pageAccessApi = ApiBlueprint.make({
  name: 'page-access',
  params: defineParams =>
    defineParams({
      api: pageAccessApiRef,
      deps: {},
      factory: () => new PageAccessStore(),
    }),
});
