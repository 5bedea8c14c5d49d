import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  cloudPiNativePermissions,
} from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import { cloudPiNativePlugin } from './plugin';

describe('cloudPiNativePlugin without Cloud π configuration', () => {
  const start = () =>
    startTestBackend({
      features: [
        cloudPiNativePlugin,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'System',
              metadata: {
                name: 'portail',
                namespace: 'default',
                annotations: {
                  [A.instance]: 'default',
                  [A.projectSlug]: 'portail',
                },
              },
              spec: {},
            },
          ],
        }),
      ],
    });

  it('starts, serves its health endpoint without credentials and lists no instance', async () => {
    const { server } = await start();

    const health = await request(server)
      .get('/api/cloud-pi-native/health')
      .set('Authorization', mockCredentials.none.header());
    const instances = await request(server).get(
      '/api/cloud-pi-native/instances',
    );

    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect(instances.status).toBe(200);
    expect(instances.body.instances).toEqual([]);
  });

  it('answers 503 on the card routes and 404 on the instance pickers', async () => {
    const { server } = await start();

    const card = await request(server).get(
      '/api/cloud-pi-native/entities/system/default/portail/overview',
    );
    const stages = await request(server).get(
      '/api/cloud-pi-native/instances/default/stages',
    );

    expect(card.status).toBe(503);
    expect(card.body.error.message).toContain('cloudPiNative.instances');
    expect(stages.status).toBe(404);
  });

  it('requires a user on the card routes', async () => {
    const { server } = await start();

    const anonymous = await request(server)
      .get('/api/cloud-pi-native/entities/system/default/portail/overview')
      .set('Authorization', mockCredentials.none.header());
    const service = await request(server)
      .get('/api/cloud-pi-native/entities/system/default/portail/overview')
      .set('Authorization', mockCredentials.service.header());

    expect(anonymous.status).toBe(401);
    expect(service.status).toBe(403);
  });

  it('registers its permissions for policy authors', async () => {
    const { server } = await start();

    const response = await request(server).get(
      '/api/cloud-pi-native/.well-known/backstage/permissions/metadata',
    );

    expect(response.status).toBe(200);
    expect(response.body.permissions).toEqual(
      cloudPiNativePermissions.map(p => ({ ...p })),
    );
  });
});
