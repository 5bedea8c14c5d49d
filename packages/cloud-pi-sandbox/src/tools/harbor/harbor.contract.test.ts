import { readSpec } from '@cpin/cloud-pi-specs';
import { stformSnapshot } from '../__testUtils__/projectSnapshots';
import {
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { swaggerValidator } from '../__testUtils__/swaggerValidator';

const REPORT = 'application/vnd.security.vulnerability.report; version=1.1';

describe('Harbor API fake', () => {
  const validate = swaggerValidator(readSpec('harbor', 'swagger.subset.json'), {
    strict: true,
  });
  let running: RunningToolWorld;
  let basic: string;

  const harbor = (path: string, init: RequestInit = {}) =>
    fetch(`${running.url}/harbor/api/v2.0${path}`, {
      ...init,
      headers: { authorization: basic, ...init.headers },
    });
  const json = async (path: string, init?: RequestInit) => {
    const response = await harbor(path, init);
    expect(response.status).toBe(200);
    return { response, body: await response.json() };
  };

  beforeAll(async () => {
    running = await startToolWorld();
    const { username, password } = running.world.credentials.harbor;
    basic = `Basic ${Buffer.from(`${username}:${password}`).toString(
      'base64',
    )}`;
    await running.world.provisioner.upsertProject(stformSnapshot());
  });
  afterAll(() => running.close());

  it('refuses requests without valid basic credentials, with the Errors body', async () => {
    for (const authorization of ['', 'Basic YWRtaW46bm9wZQ==', 'Bearer x']) {
      const response = await fetch(
        `${running.url}/harbor/api/v2.0/projects/stform`,
        { headers: { authorization } },
      );
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(validate('Errors', body)).toEqual([]);
      expect(body.errors[0].code).toBe('UNAUTHORIZED');
    }
    const health = await fetch(`${running.url}/harbor/api/v2.0/health`);
    expect(health.status).toBe(200);
    expect(validate('OverallHealthStatus', await health.json())).toEqual([]);
  });

  it('has the project <slug> the registry plugin creates, by name or by id', async () => {
    const { body } = await json('/projects/stform', {
      headers: { 'X-Is-Resource-Name': 'true' },
    });
    expect(validate('Project', body)).toEqual([]);
    expect(body).toMatchObject({ name: 'stform', repo_count: 1 });
    expect((await json(`/projects/${body.project_id}`)).body.name).toBe(
      'stform',
    );

    const missing = await harbor('/projects/nope');
    expect(missing.status).toBe(404);
    const error = await missing.json();
    expect(validate('Errors', error)).toEqual([]);
    expect(error.errors[0]).toEqual({
      code: 'NOT_FOUND',
      message: 'project nope not found',
    });
  });

  it('lists repositories with the pagination headers', async () => {
    const { response, body } = await json(
      '/projects/stform/repositories?page=1&page_size=10',
    );
    expect(response.headers.get('x-total-count')).toBe('1');
    expect(body).toHaveLength(1);
    expect(validate('Repository', body[0])).toEqual([]);
    expect(body[0]).toMatchObject({ name: 'stform/api', artifact_count: 1 });
  });

  it('serves the pushed artifact with its tag, cosign signature and Trivy summary', async () => {
    const { body } = await json(
      '/projects/stform/repositories/api/artifacts?with_tag=true&with_scan_overview=true&with_accessory=true&sort=-push_time',
    );
    expect(body).toHaveLength(1);
    const [artifact] = body;
    expect(validate('Artifact', artifact)).toEqual([]);
    expect(artifact.tags.map((t: { name: string }) => t.name)).toEqual([
      expect.stringMatching(/^1\.\d+\.\d+$/),
    ]);
    expect(artifact.accessories).toEqual([
      expect.objectContaining({
        type: 'signature.cosign',
        subject_artifact_digest: artifact.digest,
      }),
    ]);
    const report = artifact.scan_overview[REPORT];
    expect(report).toMatchObject({
      scan_status: 'Success',
      summary: { total: expect.any(Number), fixable: expect.any(Number) },
    });
    expect(report.summary.summary.Critical).toBeUndefined();

    // Without the with_* flags: tags only, as Harbor's defaults say.
    const plain = (await json('/projects/stform/repositories/api/artifacts'))
      .body[0];
    expect(plain.tags).toHaveLength(1);
    expect(plain.accessories).toBeUndefined();
    expect(plain.scan_overview).toBeUndefined();

    const byTag = (
      await json(
        `/projects/stform/repositories/api/artifacts/${artifact.tags[0].name}?with_accessory=true`,
      )
    ).body;
    expect(byTag.digest).toBe(artifact.digest);
    const byDigest = await harbor(
      `/projects/stform/repositories/api/artifacts/${artifact.digest}`,
    );
    expect(byDigest.status).toBe(200);
    const unknownTag = await harbor(
      '/projects/stform/repositories/api/artifacts/0.0.0',
    );
    expect(unknownTag.status).toBe(404);
    expect(validate('Errors', await unknownTag.json())).toEqual([]);
  });

  it('applies the demo states: critical vulnerabilities, no signature', async () => {
    running.world.demo.setImageScan('stform/api', {
      critical: 2,
      high: 1,
      medium: 0,
      low: 3,
      fixable: 2,
    });
    running.world.demo.setImageSigned('stform/api', false);

    const [artifact] = (
      await json(
        '/projects/stform/repositories/api/artifacts?with_scan_overview=true&with_accessory=true',
      )
    ).body;
    expect(validate('Artifact', artifact)).toEqual([]);
    expect(artifact.accessories).toBeUndefined();
    expect(artifact.scan_overview[REPORT]).toMatchObject({
      severity: 'Critical',
      summary: {
        total: 6,
        fixable: 2,
        summary: { Critical: 2, High: 1, Low: 3 },
      },
    });

    // Provisioning again does not sign it back: the CI is not replayed.
    await running.world.provisioner.upsertProject(stformSnapshot());
    const [again] = (
      await json(
        '/projects/stform/repositories/api/artifacts?with_accessory=true',
      )
    ).body;
    expect(again.accessories).toBeUndefined();
    expect(() =>
      running.world.demo.setImageSigned('stform/nope', true),
    ).toThrow('Harbor repository stform/nope not found');
  });

  it('deletes the Harbor project with the Cloud π project', async () => {
    await running.world.provisioner.deleteProject(stformSnapshot());
    expect((await harbor('/projects/stform')).status).toBe(404);
  });
});
