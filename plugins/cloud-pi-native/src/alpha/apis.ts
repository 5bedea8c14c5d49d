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
