import { EntityProvider } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  cloudPiAuthApiRef,
  cloudPiNativeApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import { screen } from '@testing-library/react';
import { componentEntity, systemEntity } from './__testUtils__/entities';
import * as fixtures from './__testUtils__/fixtures';
import { createMockCloudPiApi } from './__testUtils__/mockApi';
import { pageAccessApiRef } from './components/PageAccess';
import {
  EntityCloudPiDeploymentsCard,
  EntityCloudPiJourneyCard,
  EntityCloudPiQualityGateCard,
  cloudPiNativePlugin,
} from './plugin';

describe('cloudPiNativePlugin (legacy frontend system)', () => {
  it('provides the backend client, the platform sign-in and the page access store', () => {
    const apis = [...cloudPiNativePlugin.getApis()].map(
      factory => factory.api.id,
    );
    expect(apis).toEqual([
      cloudPiAuthApiRef.id,
      cloudPiNativeApiRef.id,
      pageAccessApiRef.id,
    ]);
  });

  it('renders the cards in a legacy app', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockImplementation(async kind =>
      kind === 'quality-gate' ? fixtures.qualityGate : fixtures.deployments,
    );

    await renderInTestApp(
      <TestApiProvider apis={[[cloudPiNativeApiRef, api]]}>
        <EntityProvider entity={componentEntity}>
          <EntityCloudPiQualityGateCard />
          <EntityCloudPiDeploymentsCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(await screen.findByText('Code quality')).toBeInTheDocument();
    expect(await screen.findByText('Failed')).toBeInTheDocument();
    expect(await screen.findByText('Environment prod')).toBeInTheDocument();
  });

  it('renders the onboarding journey card in a legacy app', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.journey);

    await renderInTestApp(
      <TestApiProvider apis={[[cloudPiNativeApiRef, api]]}>
        <EntityProvider entity={systemEntity}>
          <EntityCloudPiJourneyCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(await screen.findByText('Onboarding journey')).toBeInTheDocument();
    expect(api.getEntityData).toHaveBeenCalledWith('journey', {
      kind: 'System',
      namespace: 'cloud-pi',
      name: 'demo',
    });
  });
});
