import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { CloudPiNativeTimeoutError } from './errors';
import {
  HttpMethod,
  HttpTransport,
  HttpTransportOptions,
} from './HttpTransport';
import { CloudPiRequestEvent } from './observer';
import { SecretRedactor } from './redaction';

const BASE = 'https://upstream.test';
const okSchema = z.object({ ok: z.boolean() });

describe('HttpTransport', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  function transport(overrides: Partial<HttpTransportOptions> = {}) {
    const events: CloudPiRequestEvent[] = [];
    const instance = new HttpTransport({
      upstream: 'console',
      baseUrl: BASE,
      timeouts: { requestMs: 1_000, provisioningMs: 2_000 },
      retries: { max: 2, baseDelayMs: 1, maxDelayMs: 5_000 },
      redactor: new SecretRedactor(),
      errorMessage: () => undefined,
      onRequest: event => events.push(event),
      ...overrides,
    });
    return { instance, events };
  }

  /** Answers `statuses` in turn, then 200 `{ ok: true }`. */
  function answerInTurn(
    method: 'get' | 'post' | 'put',
    statuses: Array<number | 'network'>,
    headers: Record<string, string> = {},
  ) {
    let calls = 0;
    server.use(
      http[method](`${BASE}/thing`, () => {
        const next = statuses[calls++];
        if (next === 'network') return HttpResponse.error();
        if (next !== undefined) {
          return HttpResponse.json({}, { status: next, headers });
        }
        return HttpResponse.json({ ok: true });
      }),
    );
    return () => calls;
  }

  const call = (t: HttpTransport, method: HttpMethod = 'GET') =>
    t.json({ method, path: '/thing' }, okSchema);

  it('retries a GET answered 503 and reports every attempt', async () => {
    const calls = answerInTurn('get', [503]);
    const { instance, events } = transport();

    await expect(call(instance)).resolves.toEqual({ ok: true });

    expect(calls()).toBe(2);
    expect(events.map(e => [e.attempt, e.status])).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });

  it('waits for the Retry-After of a 429, in seconds', async () => {
    answerInTurn('get', [429], { 'retry-after': '1' });
    const { instance } = transport();

    const started = Date.now();
    await call(instance);

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('caps a Retry-After given as an HTTP date', async () => {
    answerInTurn('get', [429], {
      'retry-after': new Date(Date.now() + 60_000).toUTCString(),
    });
    const { instance } = transport({
      retries: { max: 2, baseDelayMs: 1, maxDelayMs: 150 },
    });

    const started = Date.now();
    await call(instance);
    const elapsed = Date.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(140);
    // Far below the 60 s the server asked for.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('gives up after the maximum number of retries', async () => {
    const calls = answerInTurn('get', [503, 503, 503, 503]);
    const { instance } = transport();

    await expect(call(instance)).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(calls()).toBe(3);
  });

  it('does not retry when retries are disabled', async () => {
    const calls = answerInTurn('get', [503]);
    const { instance } = transport({
      retries: { max: 0, baseDelayMs: 1, maxDelayMs: 10 },
    });

    await expect(call(instance)).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(calls()).toBe(1);
  });

  it.each([
    ['post', 'POST', 429],
    ['post', 'POST', 503],
    ['post', 'POST', 'network'],
    ['put', 'PUT', 503],
  ] as const)(
    'never retries a %s answered %s',
    async (lower, method, status) => {
      const calls = answerInTurn(lower, [status]);
      const { instance } = transport();

      await expect(call(instance, method)).rejects.toBeInstanceOf(
        ServiceUnavailableError,
      );
      expect(calls()).toBe(1);
    },
  );

  it.each([500, 502, 504])('does not retry a GET answered %i', async status => {
    const calls = answerInTurn('get', [status]);
    const { instance } = transport();

    await expect(call(instance)).rejects.toThrow();
    expect(calls()).toBe(1);
  });

  it('retries a GET after a network error', async () => {
    const calls = answerInTurn('get', ['network', 'network']);
    const { instance, events } = transport();

    await expect(call(instance)).resolves.toEqual({ ok: true });
    expect(calls()).toBe(3);
    expect(events.map(e => e.status)).toEqual([undefined, undefined, 200]);
  });

  it('reports an unreachable upstream once retries are exhausted', async () => {
    answerInTurn('get', ['network', 'network', 'network']);
    const { instance } = transport();

    await expect(call(instance)).rejects.toThrow(
      'Cloud π console is unreachable (network error) for GET /thing',
    );
  });

  it('aborts a request that exceeds its timeout, without retrying it', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/thing`, async () => {
        calls++;
        await delay('infinite');
        return HttpResponse.json({ ok: true });
      }),
    );
    const { instance, events } = transport({
      timeouts: { requestMs: 50, provisioningMs: 5_000 },
    });

    const error = await call(instance).catch(e => e);

    expect(error).toBeInstanceOf(CloudPiNativeTimeoutError);
    expect(error).toMatchObject({
      name: 'CloudPiNativeTimeoutError',
      upstream: 'console',
      method: 'GET',
      path: '/thing',
      timeoutMs: 50,
      message: 'Cloud π console did not answer GET /thing within 50 ms',
    });
    expect(calls).toBe(1);
    expect(events).toEqual([
      expect.objectContaining({ status: undefined, attempt: 1 }),
    ]);
  });

  it('gives provisioning requests the long timeout', async () => {
    server.use(
      http.post(`${BASE}/thing`, async () => {
        await delay(200);
        return HttpResponse.json({ ok: true });
      }),
    );
    const { instance } = transport({
      timeouts: { requestMs: 50, provisioningMs: 2_000 },
    });

    await expect(
      instance.json(
        { method: 'POST', path: '/thing', timeout: 'provisioning' },
        okSchema,
      ),
    ).resolves.toEqual({ ok: true });
    await expect(
      instance.json({ method: 'POST', path: '/thing' }, okSchema),
    ).rejects.toBeInstanceOf(CloudPiNativeTimeoutError);
  });

  it('sends array query values comma-separated or repeated', async () => {
    const urls: string[] = [];
    server.use(
      http.get(`${BASE}/thing`, ({ request }) => {
        urls.push(new URL(request.url).search);
        return HttpResponse.json({ ok: true });
      }),
    );

    await transport().instance.json(
      {
        method: 'GET',
        path: '/thing',
        query: { a: ['x', 'y'], b: [], c: undefined },
      },
      okSchema,
    );
    await transport({ arrayQueryFormat: 'repeat' }).instance.json(
      { method: 'GET', path: '/thing', query: { a: ['x', 'y'] } },
      okSchema,
    );

    expect(urls).toEqual(['?a=x%2Cy', '?a=x&a=y']);
  });

  it('keeps working when an observer throws', async () => {
    answerInTurn('get', []);
    const { instance } = transport({
      onRequest: () => {
        throw new Error('broken metrics');
      },
    });

    await expect(call(instance)).resolves.toEqual({ ok: true });
  });
});
