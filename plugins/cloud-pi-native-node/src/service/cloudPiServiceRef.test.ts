import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { cloudPiServiceRef } from './cloudPiServiceRef';
import { CloudPiService } from './types';

describe('cloudPiServiceRef', () => {
  it('gives every plugin the same service built from the root config', async () => {
    const received: Record<string, CloudPiService> = {};
    const consumer = (pluginId: string) =>
      createBackendPlugin({
        pluginId,
        register(env) {
          env.registerInit({
            deps: { cloudPi: cloudPiServiceRef },
            async init({ cloudPi }) {
              received[pluginId] = cloudPi;
            },
          });
        },
      });

    const backend = await startTestBackend({
      features: [
        mockServices.rootConfig.factory({
          data: {
            cloudPiNative: {
              instances: [
                {
                  name: 'default',
                  consoleUrl: 'https://console.example.fr',
                  token: 'admin-token',
                  projectsRootDir: 'forge/projects',
                },
              ],
            },
          },
        }),
        consumer('catalog'),
        consumer('scaffolder'),
      ],
    });

    expect(received.catalog.listInstances().map(i => i.name)).toEqual([
      'default',
    ]);
    expect(received.scaffolder).toBe(received.catalog);
    await backend.stop();
  });

  it('fails the backend start on an invalid configuration', async () => {
    await expect(
      startTestBackend({
        features: [
          mockServices.rootConfig.factory({
            data: {
              cloudPiNative: {
                instances: [
                  {
                    name: 'Bad Name',
                    consoleUrl: 'https://c',
                    token: 't',
                    projectsRootDir: 'p',
                  },
                ],
              },
            },
          }),
          createBackendPlugin({
            pluginId: 'catalog',
            register(env) {
              env.registerInit({
                deps: { cloudPi: cloudPiServiceRef },
                async init() {},
              });
            },
          }),
        ],
      }),
    ).rejects.toThrow('cloudPiNative.instances[0].name');
  });
});
