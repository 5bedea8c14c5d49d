import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { urlReaderServiceFactory } from '@backstage/backend-defaults/urlReader';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { CloudPiExamplePermissionPolicy } from './CloudPiExamplePermissionPolicy';

/**
 * The hijack the hardening review found: a signed-in user registers a
 * catalog file that declares a User with another person's e-mail, so that
 * the victim's sign-in ("emailMatchingUserEntityProfileEmail") finds two
 * Users and fails. Run against a real catalog with the example portal's own
 * `catalog.rules` and locations (app-config.yaml), its permission policy
 * answering the catalog's checks.
 */

jest.setTimeout(60_000);

const BACKEND_DIR = path.resolve(__dirname, '../..');
const VICTIM = 'alice.martin@interieur.gouv.fr';
const MALLORY = 'user:default/mallory';

const HIJACK = `
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: innocent-looking }
spec: { type: service, lifecycle: production, owner: user:default/mallory }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: alice-hijack }
spec:
  profile: { displayName: Alice Martin, email: ${VICTIM} }
  memberOf: []
`;
const COMPONENT = `
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: mallory-service }
spec: { type: service, lifecycle: production, owner: user:default/mallory }
`;

/** The catalog section of app-config.yaml, file targets made absolute. */
function exampleCatalogConfig(): JsonObject {
  const appConfig = parse(
    fs.readFileSync(path.join(BACKEND_DIR, '../../app-config.yaml'), 'utf8'),
  );
  const { rules, locations } = appConfig.catalog;
  return {
    rules,
    // The backend runs from packages/backend, where relative targets resolve.
    locations: locations.map((location: JsonObject) => ({
      ...location,
      target: path.resolve(BACKEND_DIR, String(location.target)),
    })),
  };
}

/**
 * The catalog's permission checks answered by the example policy in
 * process. (Through HTTP, the mock auth of the test backend presents the
 * catalog's on-behalf-of calls as direct user calls, which the permission
 * backend refuses for conditional decisions; the real auth does not.)
 */
const policyPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const policy = new CloudPiExamplePermissionPolicy();
    return {
      async authorize(requests: Array<{ permission: any }>) {
        return Promise.all(
          requests.map(async ({ permission }) => {
            const decision = await policy.handle({ permission });
            if (decision.result === AuthorizeResult.CONDITIONAL) {
              throw new Error(`Unexpected conditional ${permission.name}`);
            }
            return { result: decision.result };
          }),
        );
      },
      async authorizeConditional(queries: Array<{ permission: any }>) {
        return Promise.all(
          queries.map(({ permission }) => policy.handle({ permission })),
        );
      },
    } as any;
  },
});

/** Why the catalog refused to process entities, as it reports it. */
const processingErrors: string[] = [];
const recordProcessingErrors = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-processing-errors',
  register(reg) {
    reg.registerInit({
      deps: { processing: catalogProcessingExtensionPoint },
      async init({ processing }) {
        processing.setOnProcessingErrorHandler(({ errors }) => {
          processingErrors.push(...errors.map(e => e.message));
        });
      },
    });
  },
});

let files: http.Server;
let filesUrl: string;

beforeAll(async () => {
  files = http.createServer((req, res) => {
    const body = { '/hijack.yaml': HIJACK, '/component.yaml': COMPONENT }[
      req.url ?? ''
    ];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/yaml' });
    res.end(body ?? '');
  });
  await new Promise<void>(resolve => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise(resolve => files.close(resolve));
});

async function startCatalog(catalog: JsonObject) {
  return startTestBackend({
    features: [
      catalogPlugin,
      recordProcessingErrors,
      policyPermissions,
      urlReaderServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          backend: { reading: { allow: [{ host: new URL(filesUrl).host }] } },
          permission: { enabled: true },
          catalog: { ...catalog, processingInterval: { seconds: 1 } },
        },
      }),
    ],
  });
}

type Backend = Awaited<ReturnType<typeof startCatalog>>;

function api(backend: Backend, route: string, init: RequestInit = {}) {
  return fetch(
    `http://localhost:${backend.server.port()}/api/catalog${route}`,
    {
      ...init,
      headers: {
        authorization: mockCredentials.user.header(MALLORY),
        'content-type': 'application/json',
        ...init.headers,
      },
    },
  );
}

async function entities(backend: Backend, filter: string): Promise<Entity[]> {
  const response = await api(
    backend,
    `/entities/by-query?filter=${encodeURIComponent(filter)}`,
  );
  if (response.status !== 200) {
    throw new Error(
      `by-query answered ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()).items;
}

function register(backend: Backend, file: string, dryRun = false) {
  return api(backend, `/locations${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    body: JSON.stringify({ type: 'url', target: `${filesUrl}/${file}` }),
  });
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('the example portal against the User hijack', () => {
  let backend: Backend;

  beforeAll(async () => {
    backend = await startCatalog(exampleCatalogConfig());
    await waitFor(
      'the org file',
      async () =>
        (
          await entities(backend, `kind=user,spec.profile.email=${VICTIM}`)
        ).length === 1,
    );
  }, 60_000);

  afterAll(() => backend?.stop());

  it('refuses the file when the user analyses it before registering', async () => {
    const response = await register(backend, 'hijack.yaml', true);

    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.message).toContain('Entity user:default/alice-hijack');
    expect(error.message).toContain(
      'is not of an allowed kind for that location',
    );
  });

  it('never lets a registered file add a User, so the victim still signs in', async () => {
    expect((await register(backend, 'hijack.yaml')).status).toBe(201);

    const refusal = await waitFor('the refusal', async () =>
      processingErrors.find(message =>
        message.includes('Entity user:default/alice-hijack at url:'),
      ),
    );
    expect(refusal).toContain('is not of an allowed kind for that location');

    // What the sign-in resolver looks up: exactly the org file's User.
    const matches = await entities(
      backend,
      `kind=user,spec.profile.email=${VICTIM}`,
    );
    expect(matches.map(u => u.metadata.name)).toEqual(['alice.martin']);
    expect(
      await entities(backend, 'kind=user,metadata.name=alice-hijack'),
    ).toEqual([]);
  });

  it('still lets users register their components', async () => {
    expect((await register(backend, 'component.yaml')).status).toBe(201);
    const [component] = await waitFor('the component', async () => {
      const found = await entities(
        backend,
        'kind=component,metadata.name=mallory-service',
      );
      return found.length > 0 && found;
    });
    expect(component.spec?.owner).toBe('user:default/mallory');
  });

  it('lets users unregister what they may register, never a person', async () => {
    const [victim] = await entities(
      backend,
      `kind=user,spec.profile.email=${VICTIM}`,
    );
    const deleteUser = await api(
      backend,
      `/entities/by-uid/${victim.metadata.uid}`,
      { method: 'DELETE' },
    );
    expect(deleteUser.status).toBe(403);
    expect(
      await entities(backend, `kind=user,spec.profile.email=${VICTIM}`),
    ).toHaveLength(1);

    const [component] = await entities(
      backend,
      'kind=component,metadata.name=mallory-service',
    );
    const deleteComponent = await api(
      backend,
      `/entities/by-uid/${component.metadata.uid}`,
      { method: 'DELETE' },
    );
    expect(deleteComponent.status).toBe(204);
  });
});

describe('the rules this example shipped before', () => {
  it('let the same file add a second User with the victim e-mail', async () => {
    const config = exampleCatalogConfig();
    const backend = await startCatalog({
      ...config,
      rules: [
        {
          allow: [
            'Component',
            'System',
            'API',
            'Resource',
            'Location',
            'Domain',
            'Group',
            'User',
          ],
        },
      ],
    });
    try {
      expect((await register(backend, 'hijack.yaml')).status).toBe(201);
      const matches = await waitFor('the hijacking User', async () => {
        const found = await entities(
          backend,
          `kind=user,spec.profile.email=${VICTIM}`,
        );
        return found.length === 2 && found;
      });
      expect(matches.map(u => u.metadata.name).sort()).toEqual([
        'alice-hijack',
        'alice.martin',
      ]);
    } finally {
      await backend.stop();
    }
  });
});
