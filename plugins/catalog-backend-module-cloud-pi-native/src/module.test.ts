import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/config';
import { manualScheduler } from './__testUtils__/manualScheduler';
import { catalogModuleCloudPiNative } from './module';
import { CloudPiNativeEntityProvider } from './providers';

const INSTANCE = {
  consoleUrl: 'https://console.example.fr',
  token: 'token',
  projectsRootDir: 'forge/projects',
};

async function start(data: JsonObject) {
  const providers: CloudPiNativeEntityProvider[] = [];
  const { scheduler, factory } = manualScheduler();
  await startTestBackend({
    extensionPoints: [
      [
        catalogProcessingExtensionPoint,
        {
          addEntityProvider: (...added: unknown[]) =>
            providers.push(...(added.flat() as CloudPiNativeEntityProvider[])),
        },
      ],
    ],
    features: [
      catalogModuleCloudPiNative,
      mockServices.rootConfig.factory({ data }),
      factory,
      catalogServiceMock.factory(),
    ],
  });
  return { providers, scheduler };
}

describe('catalogModuleCloudPiNative', () => {
  it('registers one provider per configured id', async () => {
    const { providers } = await start({
      cloudPiNative: {
        instances: [
          { name: 'cpin', ...INSTANCE },
          { name: 'pax', ...INSTANCE, consoleUrl: 'https://pax.example.fr' },
        ],
      },
      catalog: {
        providers: {
          cloudPiNative: {
            cpin: { instance: 'cpin' },
            pax: { instance: 'pax', schedule: { frequency: { hours: 1 } } },
          },
        },
      },
    });
    expect(providers.map(p => p.getProviderName())).toEqual([
      'CloudPiNativeEntityProvider:cpin',
      'CloudPiNativeEntityProvider:pax',
    ]);
  });

  it('registers no provider without configuration', async () => {
    const { providers } = await start({
      cloudPiNative: { instances: [{ name: 'cpin', ...INSTANCE }] },
    });
    expect(providers).toEqual([]);
  });

  it('fails the backend start on an invalid provider configuration', async () => {
    await expect(
      start({
        cloudPiNative: { instances: [{ name: 'cpin', ...INSTANCE }] },
        catalog: {
          providers: { cloudPiNative: { main: { instance: 'unknown' } } },
        },
      }),
    ).rejects.toThrow(
      "no Cloud π Native instance named 'unknown' is configured (known instances: cpin)",
    );
  });
});
