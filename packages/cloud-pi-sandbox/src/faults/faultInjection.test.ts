import {
  startTestSandbox,
  DEMO,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

describe('fault and latency injection', () => {
  let t: TestSandbox;
  let version: string;

  beforeAll(async () => {
    t = await startTestSandbox({ seed: 'none' });
    version = `${t.sandbox.urls.console}/api/v1/version`;
  }, 120_000);
  afterEach(() => t.sandbox.faults.clear());
  afterAll(() => t.sandbox.stop());

  it('delays matching requests', async () => {
    t.sandbox.faults.add({
      method: 'GET',
      path: '/console/api/v1/version',
      kind: 'delay',
      ms: 300,
    });
    const started = Date.now();
    const response = await fetch(version);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('answers a status instead, a given number of times', async () => {
    t.sandbox.faults.add({
      path: '/console/api/v1/version',
      kind: 'status',
      status: 503,
      body: { message: 'Service indisponible' },
      times: 1,
    });
    const failed = await fetch(version);
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ message: 'Service indisponible' });
    expect((await fetch(version)).status).toBe(200);
  });

  it('rate-limits with Retry-After', async () => {
    t.sandbox.faults.add({
      path: '/gitlab/**',
      kind: 'rateLimit',
      retryAfterSeconds: 7,
    });
    const response = await fetch(`${t.sandbox.urls.gitlab}/api/v4/projects`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it('never answers a timed-out request, until the client gives up', async () => {
    t.sandbox.faults.add({
      path: '/console/api/v1/version',
      kind: 'timeout',
      times: 1,
    });
    const started = Date.now();
    await expect(
      fetch(version, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await fetch(version)).status).toBe(200);
  });

  it('truncates the real body and drops the connection', async () => {
    t.sandbox.faults.add({
      path: '/console/api/v1/projects',
      kind: 'truncate',
      ratio: 0.5,
      times: 1,
    });
    const response = await fetch(
      `${t.sandbox.urls.console}/api/v1/projects?filter=all`,
      {
        headers: { 'x-dso-token': t.sandbox.credentials.adminToken },
      },
    );
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    const whole = await t.call('GET', '/api/v1/projects?filter=all', {
      token: t.sandbox.credentials.adminToken,
    });
    expect(whole.status).toBe(200);
  });

  it('adds a global latency to every request', async () => {
    t.sandbox.faults.latencyMs = 150;
    try {
      const started = Date.now();
      await fetch(version);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      t.sandbox.faults.latencyMs = 0;
    }
  });

  it('counts requests per route', async () => {
    t.sandbox.resetStats();
    await fetch(version);
    await fetch(version);
    await t.call('GET', '/api/v1/projects', t.pat(DEMO.owner));
    const stats = t.sandbox.stats();
    expect(stats.requests['GET /console/api/v1/version']).toBe(2);
    expect(stats.requests['GET /console/api/v1/projects']).toBe(1);
    expect(stats.total).toBe(3);
  });

  describe('over HTTP', () => {
    const control = () => `${t.sandbox.url}/_sandbox`;
    const json = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

    it('registers, lists and clears rules', async () => {
      const created = await fetch(
        `${control()}/faults`,
        json({
          method: 'GET',
          pathRegex: '^/kubernetes/[^/]+/api/',
          kind: 'status',
          status: 500,
        }),
      );
      expect(created.status).toBe(201);
      const rule = await created.json();
      expect(rule).toMatchObject({
        id: expect.any(String),
        kind: 'status',
        applied: 0,
      });

      const cluster = await fetch(
        `${t.sandbox.url}/kubernetes/ovh-hprod/api/v1/namespaces`,
      );
      expect(cluster.status).toBe(500);
      const listed = await (await fetch(`${control()}/faults`)).json();
      expect(listed).toEqual([
        expect.objectContaining({ id: rule.id, applied: 1 }),
      ]);

      expect(
        (await fetch(`${control()}/faults/${rule.id}`, { method: 'DELETE' }))
          .status,
      ).toBe(204);
      await fetch(
        `${control()}/faults`,
        json({ path: '/**', kind: 'status', status: 502 }),
      );
      expect(
        (await fetch(`${control()}/faults`, { method: 'DELETE' })).status,
      ).toBe(204);
      expect((await fetch(version)).status).toBe(200);
    });

    it('rejects invalid rules with 400', async () => {
      const response = await fetch(
        `${control()}/faults`,
        json({ path: '/x', kind: 'explode' }),
      );
      expect(response.status).toBe(400);
    });

    it('sets the latency and reads and resets the counters', async () => {
      const latency = await fetch(`${control()}/latency`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs: 0 }),
      });
      expect(await latency.json()).toEqual({ latencyMs: 0 });
      expect(
        (await fetch(`${control()}/stats`, { method: 'DELETE' })).status,
      ).toBe(204);
      await fetch(version);
      const stats = await (await fetch(`${control()}/stats`)).json();
      // The control plane itself is not counted.
      expect(stats).toEqual({
        total: 1,
        requests: { 'GET /console/api/v1/version': 1 },
      });
    });
  });
});

describe('stopping with held requests', () => {
  it('closes promptly even while a request never answers', async () => {
    const t = await startTestSandbox({ seed: 'none' });
    t.sandbox.faults.add({ path: '/**', kind: 'timeout', times: 1 });
    t.sandbox.faults.add({ path: '/**', kind: 'delay', ms: 60_000 });
    const outcome = (url: string) =>
      fetch(url).then(
        response => `answered ${response.status}`,
        (error: Error) => error.message,
      );
    const held = outcome(`${t.sandbox.urls.console}/api/v1/version`);
    const delayed = outcome(`${t.sandbox.urls.console}/api/v1/healthz`);
    await new Promise(resolve => setTimeout(resolve, 100));
    const started = Date.now();
    await t.sandbox.stop();
    // Far below the 60 s the delayed request would hold it.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await held).toBe('fetch failed');
    expect(await delayed).toBe('fetch failed');
  });
});
