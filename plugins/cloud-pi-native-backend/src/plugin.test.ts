import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { cloudPiNativePlugin } from './plugin';

describe('cloudPiNativePlugin', () => {
  it('serves its health endpoint', async () => {
    const { server } = await startTestBackend({
      features: [cloudPiNativePlugin],
    });
    const response = await request(server).get('/api/cloud-pi-native/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});
