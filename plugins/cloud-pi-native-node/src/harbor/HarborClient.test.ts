import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { isCosignSigned, scanFacts } from './artifactFacts';
import { HarborClient } from './HarborClient';

const BASE = 'https://harbor.test';

describe('HarborClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const client = HarborClient.create({
    baseUrl: BASE,
    username: 'robot$reader',
    password: 's3cret-password',
    retries: { max: 0 },
  });

  it('encodes a nested repository name twice, as Harbor asks, with basic auth', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(
        `${BASE}/api/v2.0/projects/:project/repositories/:repository/artifacts`,
        ({ request }) => {
          seen = request;
          return HttpResponse.json([
            // Go sends empty lists as null, and omits what was not asked.
            { id: 1, digest: 'sha256:aa', tags: null, accessories: null },
          ]);
        },
      ),
    );

    const [artifact] = await client.listArtifacts('demo', 'tools/api');

    expect(new URL(seen!.url).pathname).toBe(
      '/api/v2.0/projects/demo/repositories/tools%252Fapi/artifacts',
    );
    expect(Object.fromEntries(new URL(seen!.url).searchParams)).toMatchObject({
      with_tag: 'true',
      with_scan_overview: 'true',
      with_accessory: 'true',
      sort: '-push_time',
    });
    expect(seen!.headers.get('authorization')).toBe(
      `Basic ${Buffer.from('robot$reader:s3cret-password').toString('base64')}`,
    );
    expect(artifact.tags).toEqual([]);
    expect(isCosignSigned(artifact)).toBe(false);
    expect(scanFacts(artifact)).toEqual({ status: 'not-scanned' });
  });

  it("reports Harbor's error messages, without the credentials", async () => {
    server.use(
      http.get(`${BASE}/api/v2.0/projects/demo`, () =>
        HttpResponse.json(
          {
            errors: [
              { code: 'FORBIDDEN', message: 'forbidden for s3cret-password' },
            ],
          },
          { status: 403 },
        ),
      ),
    );

    const refusal = client.getProject('demo');
    await expect(refusal).rejects.toBeInstanceOf(NotAllowedError);
    await expect(refusal).rejects.toThrow('forbidden for');
    await expect(refusal).rejects.not.toThrow('s3cret-password');
  });

  it('reads the preferred vulnerability report, and an unfinished scan', () => {
    const report = (status: string) => ({
      id: 1,
      digest: 'sha256:bb',
      tags: [],
      accessories: [{ type: 'signature.cosign' }],
      scan_overview: {
        'application/vnd.security.vulnerability.report; version=1.1': {
          scan_status: status,
          summary: { total: 3, fixable: 1, summary: { Critical: 1, Low: 2 } },
          end_time: '2026-11-02T10:00:00Z',
        },
      },
    });

    expect(scanFacts(report('Success'))).toEqual({
      status: 'success',
      endTime: '2026-11-02T10:00:00Z',
      vulnerabilities: {
        critical: 1,
        high: 0,
        medium: 0,
        low: 2,
        total: 3,
        fixable: 1,
      },
    });
    expect(scanFacts(report('Running')).status).toBe('running');
    expect(isCosignSigned(report('Success'))).toBe(true);
  });
});
