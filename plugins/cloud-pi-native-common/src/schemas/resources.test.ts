import { healthzSchema, versionSchema } from './resources';

describe('system schemas', () => {
  it('accepts the healthz statuses the console answers with', () => {
    expect(healthzSchema.parse({ status: 'OK' })).toEqual({ status: 'OK' });
    expect(healthzSchema.parse({ status: 'KO' })).toEqual({ status: 'KO' });
  });

  it('rejects an unknown healthz status', () => {
    expect(healthzSchema.safeParse({ status: 'UP' }).success).toBe(false);
  });

  it('reads the console version', () => {
    expect(versionSchema.parse({ version: '9.24.0' })).toEqual({
      version: '9.24.0',
    });
  });
});
