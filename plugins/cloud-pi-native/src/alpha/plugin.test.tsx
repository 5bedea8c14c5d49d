import {
  ApiBlueprint,
  type ConfigApi,
  type DiscoveryApi,
  type FetchApi,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import {
  cloudPiAuthApiRef,
  cloudPiNativeApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import { screen } from '@testing-library/react';
import { CloudPiNativeClient } from '../api';
import { resourceEntity, systemEntity } from '../__testUtils__/entities';
import * as fixtures from '../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../__testUtils__/mockApi';
import { renderInLanguage } from '../__testUtils__/renderInLanguage';
import { cloudPiNativeTranslations } from '../translation';
import { cloudPiNativeApi } from './apis';
import { environmentsEntityContent } from './entityContents';
import {
  clusterPickerFormField,
  credentialsFormField,
  instancePickerFormField,
  projectPickerFormField,
  stagePickerFormField,
} from './formFields';
import cloudPiNativePlugin from './plugin';
import {
  cloudPiNativeTranslation,
  cloudPiNativeTranslationsModule,
} from './translations';

describe('cloud-pi-native plugin (new frontend system)', () => {
  it.each([
    'api:cloud-pi-native',
    'api:cloud-pi-native/auth',
    'entity-card:cloud-pi-native/project-overview',
    'entity-card:cloud-pi-native/quality-gate',
    'entity-card:cloud-pi-native/deployments',
    'entity-card:cloud-pi-native/observability',
    'entity-card:cloud-pi-native/environments',
    'entity-card:cloud-pi-native/journey',
    'entity-content:cloud-pi-native/environments',
    'scaffolder-form-field:cloud-pi-native/instance-picker',
    'scaffolder-form-field:cloud-pi-native/project-picker',
    'scaffolder-form-field:cloud-pi-native/stage-picker',
    'scaffolder-form-field:cloud-pi-native/cluster-picker',
    'scaffolder-form-field:cloud-pi-native/credentials',
  ] as const)('provides %s', id => {
    expect(cloudPiNativePlugin.getExtension(id)).toBeDefined();
  });

  it('builds the backend client from discovery, fetch and the platform sign-in', () => {
    const factory = createExtensionTester(cloudPiNativeApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(cloudPiNativeApiRef);
    expect(Object.values(factory.deps)).toContain(cloudPiAuthApiRef);
    const client = factory.factory({
      discoveryApi: {} as DiscoveryApi,
      fetchApi: {} as FetchApi,
      cloudPiAuthApi: { getAccessToken: jest.fn() },
      configApi: {} as ConfigApi,
    });
    expect(client).toBeInstanceOf(CloudPiNativeClient);
  });

  it('ships its translation in a module of the app plugin', () => {
    // The app's translations input only accepts extensions of the app plugin.
    expect(() =>
      cloudPiNativePlugin.getExtension(
        'translation:cloud-pi-native/cloud-pi-native' as any,
      ),
    ).toThrow('non-existent extension');
    expect(cloudPiNativeTranslationsModule.pluginId).toBe('app');
  });

  it('registers the French translation resource', () => {
    expect(
      createExtensionTester(cloudPiNativeTranslation).get(
        TranslationBlueprint.dataRefs.translation,
      ),
    ).toBe(cloudPiNativeTranslations);
  });

  it('adds an environments tab to projects and environments', async () => {
    const tester = createExtensionTester(environmentsEntityContent);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Environments',
    );
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(systemEntity)).toBe(true);
    expect(filter(resourceEntity)).toBe(true);

    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.environments);
    renderInLanguage(tester.reactElement(), {
      language: 'fr',
      api,
      entity: resourceEntity,
    });
    expect(await screen.findByText('Budget de ressources')).toBeInTheDocument();
  });

  it.each([
    ['instance picker', () => createExtensionTester(instancePickerFormField)],
    ['project picker', () => createExtensionTester(projectPickerFormField)],
    ['stage picker', () => createExtensionTester(stagePickerFormField)],
    ['cluster picker', () => createExtensionTester(clusterPickerFormField)],
    ['credentials', () => createExtensionTester(credentialsFormField)],
  ])('loads the %s form field', async (_name, tester) => {
    const loader = tester().get(FormFieldBlueprint.dataRefs.formFieldLoader);
    await expect(loader()).resolves.toMatchObject({
      $$type: '@backstage/scaffolder/FormField',
    });
  });
});
