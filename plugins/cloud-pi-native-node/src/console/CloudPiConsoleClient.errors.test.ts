import { registerMswTestHooks } from '@backstage/backend-test-utils';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { project } from '../__testUtils__/consoleFixtures';
import {
  CloudPiNativeHttpError,
  CloudPiNativeInvalidResponseError,
} from '../http/errors';
import { CloudPiConsoleClient } from './CloudPiConsoleClient';

const BASE = 'https://console.test';

describe('CloudPiConsoleClient error mapping', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = CloudPiConsoleClient.create({
    baseUrl: BASE,
    credential: { type: 'token', token: 'admin-token-1234' },
    retries: { max: 0 },
  });

  function answerCreate(status: number, body: unknown) {
    server.use(
      http.post(`${BASE}/api/v1/projects`, () =>
        HttpResponse.json(body as any, { status }),
      ),
    );
  }

  const createDemo = () =>
    client.projects.create({
      name: 'demo',
      limitless: true,
      hprodCpu: 0,
      hprodGpu: 0,
      hprodMemory: 0,
      prodCpu: 0,
      prodGpu: 0,
      prodMemory: 0,
    });

  it.each([
    [400, InputError, 'Ce nom de projet est déjà pris.'],
    [422, InputError, 'Echec des services lors de la création du dépôt'],
    [401, AuthenticationError, 'Token revoked'],
    [403, NotAllowedError, 'Le projet est verrouillé'],
    [404, NotFoundError, 'Projet introuvable'],
    [409, ConflictError, 'Conflit'],
    [429, ServiceUnavailableError, 'Trop de requêtes'],
    [502, ServiceUnavailableError, 'Bad gateway'],
    [503, ServiceUnavailableError, 'Maintenance'],
    [504, ServiceUnavailableError, 'Gateway timeout'],
  ])(
    'maps %i to %p with the console message',
    async (status, type, message) => {
      answerCreate(status, { statusCode: status, message, error: 'x' });

      const error = await createDemo().catch(e => e);

      expect(error).toBeInstanceOf(type);
      expect(error.message).toBe(message);
    },
  );

  it.each([
    [431, 'Request Header Fields Too Large'],
    [414, 'URI Too Long'],
    [413, 'Payload Too Large'],
  ])('turns %i (%s) into an InputError the user can act on', async status => {
    server.use(
      http.get(
        `${BASE}/api/v1/projects/:id`,
        () => new HttpResponse(null, { status }),
      ),
    );

    const error = await client.projects.get('x'.repeat(100_000)).catch(e => e);

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `La requête envoyée à Cloud π console est trop volumineuse (HTTP ${status}) : raccourcissez les valeurs saisies.`,
    );
  });

  it.each([405, 410, 418])(
    'maps any other 4xx (%i) to an InputError, never a server error',
    async status => {
      answerCreate(status, { message: 'Requête refusée' });

      const error = await createDemo().catch(e => e);

      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe('Requête refusée');
    },
  );

  it('maps 500 to an error carrying the status', async () => {
    answerCreate(500, { message: 'Erreur inattendue' });

    const error = await createDemo().catch(e => e);

    expect(error).toBeInstanceOf(CloudPiNativeHttpError);
    expect(error).toMatchObject({
      name: 'CloudPiNativeHttpError',
      status: 500,
      upstream: 'console',
      message: 'Erreur inattendue',
    });
  });

  it('joins the field errors of a NestJS validation failure into the InputError', async () => {
    answerCreate(400, {
      formErrors: [],
      fieldErrors: {
        name: ['Le nom ne doit contenir que des minuscules et des chiffres'],
        description: ['280 caractères maximum'],
      },
    });

    await expect(createDemo()).rejects.toEqual(
      new InputError(
        'name : Le nom ne doit contenir que des minuscules et des chiffres\n' +
          'description : 280 caractères maximum',
      ),
    );
  });

  it('reads the legacy ts-rest validation body', async () => {
    answerCreate(400, {
      bodyErrors: {
        issues: [{ path: ['name'], message: 'Nom invalide' }],
      },
      pathParameterErrors: null,
      queryParameterErrors: null,
      headerErrors: null,
    });

    await expect(createDemo()).rejects.toEqual(
      new InputError('name : Nom invalide'),
    );
  });

  it('describes a failure without a usable body instead of echoing it', async () => {
    server.use(
      http.get(
        `${BASE}/api/v1/projects/demo`,
        () =>
          new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );

    const error = await client.projects.get('demo').catch(e => e);

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      'Cloud π console answered 502 to GET /api/v1/projects/demo',
    );
  });

  it('rejects a success body that does not match the schema', async () => {
    const { status: _removed, ...withoutStatus } = project;
    server.use(
      http.get(`${BASE}/api/v1/projects/demo`, () =>
        HttpResponse.json({ ...withoutStatus, locked: 'no' }),
      ),
    );

    const error = await client.projects.get('demo').catch(e => e);

    expect(error).toBeInstanceOf(CloudPiNativeInvalidResponseError);
    expect(error.message).toContain(
      'Cloud π console returned an unexpected response to GET /api/v1/projects/demo',
    );
    expect(error.message).toContain('status');
    expect(error.message).toContain('locked');
  });

  it('rejects a success body that is not JSON', async () => {
    server.use(
      http.get(`${BASE}/api/v1/version`, () => HttpResponse.text('9.24.0')),
    );

    await expect(client.system.getVersion()).rejects.toThrow(
      'Cloud π console returned an unexpected response to GET /api/v1/version: the body is not JSON',
    );
  });

  it('rejects an empty success body where data is expected', async () => {
    server.use(
      http.get(
        `${BASE}/api/v1/stages`,
        () => new HttpResponse(null, { status: 200 }),
      ),
    );

    await expect(client.platform.listStages()).rejects.toBeInstanceOf(
      CloudPiNativeInvalidResponseError,
    );
  });
});
