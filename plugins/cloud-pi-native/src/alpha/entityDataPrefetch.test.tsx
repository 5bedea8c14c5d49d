import { routeResolutionApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import { cloudPiNativeApiRef } from '@cpin/plugin-cloud-pi-native-react';
import { act, render } from '@testing-library/react';
import { MemoryRouter, useNavigate } from 'react-router-dom';
import { createMockCloudPiApi } from '../__testUtils__/mockApi';
import { EntityDataPrefetch } from './entityDataPrefetch';

const entityRoute = ({ namespace, kind, name }: Record<string, string>) =>
  `/catalog/${namespace}/${kind}/${name}`;

function setup(resolved: typeof entityRoute | undefined) {
  const api = createMockCloudPiApi();
  let navigate!: (path: string) => void;
  function Navigator() {
    navigate = useNavigate();
    return null;
  }
  render(
    <TestApiProvider
      apis={[
        [cloudPiNativeApiRef, api],
        [routeResolutionApiRef, { resolve: () => resolved as never }],
      ]}
    >
      <MemoryRouter initialEntries={['/settings']}>
        <Navigator />
        <EntityDataPrefetch />
      </MemoryRouter>
    </TestApiProvider>,
  );
  return { api, go: (path: string) => act(() => navigate(path)) };
}

describe('EntityDataPrefetch', () => {
  it('prefetches the card data of each entity page opened', () => {
    const { api, go } = setup(entityRoute);
    expect(api.prefetchEntityData).not.toHaveBeenCalled();

    go('/catalog/sandbox/system/portail');
    expect(api.prefetchEntityData).toHaveBeenCalledWith({
      kind: 'system',
      namespace: 'sandbox',
      name: 'portail',
    });
    go('/catalog/sandbox/system/portail/environments');
    go('/catalog');
    expect(api.prefetchEntityData).toHaveBeenCalledTimes(2);
  });

  it('does nothing in an app without entity pages', () => {
    const { api, go } = setup(undefined);
    go('/catalog/sandbox/system/portail');
    expect(api.prefetchEntityData).not.toHaveBeenCalled();
  });
});
