import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  CONSOLE,
  ConsoleWorld,
  consoleHandlers,
  consoleWorld,
} from '../__testUtils__/consoleHandlers';
import { IDS, TEST_INSTANCE_CONFIG, cluster } from '../__testUtils__/fixtures';
import { startProvider } from '../__testUtils__/providerHarness';

const server = setupServer();
registerMswTestHooks(server);

const INSTANCE = {
  ...TEST_INSTANCE_CONFIG,
  // Fast failures: a single retry, no real waiting.
  retries: { max: 1, baseDelayMs: 1, maxDelayMs: 2 },
};
const PROVIDER = 'CloudPiNativeEntityProvider:main';
const TOKEN = TEST_INSTANCE_CONFIG.token;

let world: ConsoleWorld;
beforeEach(() => {
  world = consoleWorld();
  server.use(...consoleHandlers(world));
});

function refs(entities: Array<{ entity: Entity }>) {
  return entities.map(({ entity }) => stringifyEntityRef(entity));
}

describe('CloudPiNativeEntityProvider', () => {
  it('schedules one refresh task named after the provider', async () => {
    const { provider, scheduler } = await startProvider({ instance: INSTANCE });
    expect(provider.getProviderName()).toBe(PROVIDER);
    expect((await scheduler.getScheduledTasks()).map(t => t.id)).toEqual([
      `${PROVIDER}:refresh`,
    ]);
  });

  it('applies one full mutation with every entity of the console', async () => {
    const { connection, run } = await startProvider({
      instance: INSTANCE,
      provider: { roleGroups: true },
    });
    await run();

    expect(connection.mutations).toHaveLength(1);
    const [mutation] = connection.mutations;
    if (mutation.type !== 'full') throw new Error('Expected a full mutation');
    expect(refs(mutation.entities)).toEqual([
      'resource:cpin/zone-default',
      'resource:cpin/ovh-hprod',
      'resource:cpin/ovh-prod',
      'system:cpin/portail',
      'group:cpin/cpin-portail',
      'group:cpin/cpin-portail-admin',
      'group:cpin/cpin-portail-devops',
      'component:cpin/portail-api',
      'component:cpin/portail-infra',
      'resource:cpin/portail-dev',
      'resource:cpin/portail-prod',
      'system:cpin/sirh',
      'group:cpin/cpin-sirh',
    ]);
    expect(
      new Set(mutation.entities.map(({ locationKey }) => locationKey)),
    ).toEqual(new Set([PROVIDER]));

    const byRef = new Map(
      mutation.entities.map(({ entity }) => [
        stringifyEntityRef(entity),
        entity,
      ]),
    );
    // Alice (owner, e-mail in another case) and Bob resolve; Claire has no User.
    expect(byRef.get('group:cpin/cpin-portail')?.spec).toEqual({
      type: 'team',
      profile: { displayName: 'portail' },
      children: [
        'group:cpin/cpin-portail-admin',
        'group:cpin/cpin-portail-devops',
      ],
      members: ['user:default/alice.martin', 'user:default/bob.durand'],
    });
    expect(
      byRef.get('group:cpin/cpin-portail')?.metadata.annotations?.[
        'cloud-pi-native.fr/unresolved-members'
      ],
    ).toBe('claire.petit@interieur.gouv.fr');
    expect(byRef.get('group:cpin/cpin-portail-devops')?.spec?.members).toEqual([
      'user:default/bob.durand',
    ]);
    expect(
      byRef.get('system:cpin/portail')?.metadata.annotations,
    ).toMatchObject({
      'backstage.io/managed-by-location': `url:${CONSOLE}/projects/portail`,
      'cloud-pi-native.fr/provisioning-outdated': 'false',
    });
    expect(JSON.stringify(mutation)).not.toContain(TOKEN);
  });

  it('makes 4 platform calls, 1 project list and 4 calls per project', async () => {
    const { run } = await startProvider({ instance: INSTANCE });
    await run();
    expect([...world.requests].sort()).toEqual(
      [
        'GET /api/v1/version',
        'GET /api/v1/stages',
        'GET /api/v1/zones',
        'GET /api/v1/clusters',
        'GET /api/v1/projects?filter=all&statusNotIn=archived',
        ...[IDS.project, 'f548b5e1-ad80-4f5e-8bd2-2d1e0f9a8b7e'].flatMap(id => [
          `GET /api/v2/projects/${id}/environments`,
          `GET /api/v2/projects/${id}/repositories`,
          `GET /api/v1/projects/${id}/services`,
          `GET /api/v1/projects/${id}/deployments`,
        ]),
      ].sort(),
    );
  });

  it('sends the status and lock filters to the console and applies the patterns', async () => {
    const { connection, run } = await startProvider({
      instance: INSTANCE,
      provider: {
        filters: {
          statuses: ['created', 'failed'],
          locked: 'exclude',
          slugPattern: '^s',
        },
      },
    });
    await run();
    expect(world.requests).toContain(
      'GET /api/v1/projects?filter=all&statusIn=created%2Cfailed&statusNotIn=archived&locked=false',
    );
    const [mutation] = connection.mutations;
    expect(
      mutation.type === 'full' &&
        refs(mutation.entities).filter(ref => ref.startsWith('system:')),
    ).toEqual(['system:cpin/sirh']);
    expect(world.requests.some(r => r.includes(IDS.project))).toBe(false);
  });

  it('flags projects provisioned by another console version', async () => {
    world.version = '9.25.0';
    const { connection, run } = await startProvider({ instance: INSTANCE });
    await run();
    const [mutation] = connection.mutations;
    const system =
      mutation.type === 'full' &&
      mutation.entities.find(e => e.entity.metadata.name === 'portail')?.entity;
    expect(system && system.metadata.tags).toContain('outdated');
  });

  it('names the missing MANAGE bit when the token may not list every project', async () => {
    server.use(
      http.get(`${CONSOLE}/api/v1/projects`, () =>
        HttpResponse.json(
          {
            statusCode: 403,
            message: 'Forbidden resource',
            error: 'Forbidden',
          },
          { status: 403 },
        ),
      ),
    );
    const { provider, connection, logger } = await startProvider({
      instance: INSTANCE,
    });
    await expect(provider.refresh()).rejects.toThrow(
      "Listing every project of instance 'cpin' was refused: the configured token lacks the MANAGE admin permission bit (value 2), which GET /api/v1/projects?filter=all requires",
    );
    expect(connection.mutations).toEqual([]);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('MANAGE admin permission bit'),
        meta: expect.objectContaining({
          call: 'GET /api/v1/projects?filter=all',
        }),
      }),
    );
  });

  it('names the rejected token on a 401', async () => {
    server.use(
      http.get(`${CONSOLE}/api/v1/projects`, () =>
        HttpResponse.json({ message: 'Token revoked' }, { status: 401 }),
      ),
    );
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
    });
    await expect(provider.refresh()).rejects.toThrow(
      "The console of instance 'cpin' rejected the configured token (unknown, expired or revoked)",
    );
    expect(connection.mutations).toEqual([]);
  });

  it('imports the other projects and names the call and project when one project fails', async () => {
    server.use(
      http.get(`${CONSOLE}/api/v1/projects/${IDS.project}/services`, () =>
        HttpResponse.json({ message: 'boom' }, { status: 500 }),
      ),
    );
    const { provider, connection, logger } = await startProvider({
      instance: INSTANCE,
    });
    await expect(provider.refresh()).resolves.toMatchObject({
      projects: 1,
      staleProjects: 0,
      skippedProjects: 1,
    });
    const [mutation] = connection.mutations;
    expect(
      mutation.type === 'full' &&
        refs(mutation.entities).filter(ref => ref.startsWith('system:')),
    ).toEqual(['system:cpin/sirh']);
    expect(logger.entries).toContainEqual({
      level: 'error',
      message: expect.stringContaining(
        `Listing the services of project 'portail' (${IDS.project}) failed (GET /api/v1/projects/{id}/services)`,
      ),
      meta: expect.objectContaining({
        call: 'GET /api/v1/projects/{id}/services',
        project: 'portail',
        target: PROVIDER,
      }),
    });
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: expect.stringMatching(
          /^Project 'portail' could not be read and has no entity in the catalog yet; it is skipped this run: /,
        ),
      }),
    );
  });

  it('keeps the last good state of a persistently failing project while the others keep updating', async () => {
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
    });
    await provider.refresh();
    const [good] = connection.mutations;
    const portail = (m: typeof good) =>
      m.type === 'full'
        ? m.entities
            .map(({ entity }) => entity)
            .filter(
              e =>
                e.metadata.annotations?.['cloud-pi-native.fr/project-slug'] ===
                'portail',
            )
        : [];

    server.use(
      http.get(`${CONSOLE}/api/v2/projects/${IDS.project}/environments`, () =>
        HttpResponse.json(
          {
            statusCode: 404,
            message: 'Projet introuvable',
            error: 'Not Found',
          },
          { status: 404 },
        ),
      ),
    );
    for (const description of ['Ressources humaines', 'RH, deuxième version']) {
      world.projects[0].description = description;
      await expect(provider.refresh()).resolves.toMatchObject({
        projects: 1,
        staleProjects: 1,
      });
      const latest = connection.mutations.at(-1)!;
      expect(portail(latest)).toEqual(portail(good));
      const sirh =
        latest.type === 'full' &&
        latest.entities.find(e => e.entity.metadata.name === 'sirh')?.entity;
      expect(sirh && sirh.metadata.description).toBe(description);
    }
    expect(connection.mutations).toHaveLength(3);
  });

  it('reports every global list that failed', async () => {
    server.use(
      http.get(`${CONSOLE}/api/v1/stages`, () =>
        HttpResponse.json([{ id: 1 }]),
      ),
      http.get(`${CONSOLE}/api/v1/zones`, () =>
        HttpResponse.json({ message: 'down' }, { status: 502 }),
      ),
    );
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
    });
    const error = await provider.refresh().then(
      () => undefined,
      e => e,
    );
    expect(error.name).toBe('CloudPiRefreshError');
    expect(error.failures.map((f: { call: string }) => f.call)).toEqual([
      'GET /api/v1/stages',
      'GET /api/v1/zones',
    ]);
    expect(error.failures[0].cause.name).toBe(
      'CloudPiNativeInvalidResponseError',
    );
    expect(connection.mutations).toEqual([]);
  });

  it.each([
    {
      case: 'an environment on a cluster missing from the list',
      edit: (w: ConsoleWorld) => {
        w.environments[IDS.project][0].clusterId = 'gone';
      },
      message: 'refers to cluster gone, missing from GET /api/v1/clusters',
    },
    {
      case: 'a repository of another project',
      edit: (w: ConsoleWorld) => {
        w.repositories[IDS.project][0].projectId = 'other';
      },
      message: 'but it belongs to project other',
    },
    {
      case: 'a project archived between the list and its details (404)',
      edit: (w: ConsoleWorld) => {
        delete w.environments[IDS.project];
      },
      message: "Listing the environments of project 'portail'",
    },
  ])(
    'skips the project on $case and imports the others',
    async ({ edit, message }) => {
      edit(world);
      const { provider, connection, logger } = await startProvider({
        instance: INSTANCE,
      });
      await expect(provider.refresh()).resolves.toMatchObject({
        projects: 1,
        skippedProjects: 1,
      });
      const [mutation] = connection.mutations;
      expect(
        mutation.type === 'full' &&
          refs(mutation.entities).some(ref => ref.includes('portail')),
      ).toBe(false);
      expect(logger.entries).toContainEqual(
        expect.objectContaining({
          level: 'error',
          message: expect.stringContaining(message),
        }),
      );
    },
  );

  it('leaves out any annotation an upstream made huge, and says so', async () => {
    world.projects[1].roles[0].oidcGroup = `/console/${'x'.repeat(100_000)}`;
    const { provider, connection, logger } = await startProvider({
      instance: INSTANCE,
      provider: { roleGroups: true },
    });
    await provider.refresh();
    const [mutation] = connection.mutations;
    const longest = Math.max(
      ...(mutation.type === 'full' ? mutation.entities : []).flatMap(
        ({ entity }) =>
          Object.values(entity.metadata.annotations ?? {}).map(v => v.length),
      ),
    );
    expect(longest).toBeLessThan(32 * 1024);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: expect.stringMatching(
          /^Left out the annotation cloud-pi-native\.fr\/oidc-group of group:cpin\/cpin-portail-[\w-]+: its value has 100\d+ characters, more than 32768$/,
        ),
      }),
    );
  });

  it('does not mutate on a project listed twice', async () => {
    world.projects.push(world.projects[0]);
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
    });
    await expect(provider.refresh()).rejects.toThrow(
      'GET /api/v1/projects?filter=all listed',
    );
    expect(connection.mutations).toEqual([]);
  });

  it('does not mutate when two console objects map to the same entity', async () => {
    server.use(
      http.get(`${CONSOLE}/api/v1/clusters`, () =>
        HttpResponse.json([
          cluster(),
          cluster({ id: IDS.clusterProd, label: 'ovh-prod' }),
          // A cluster labelled like the Resource of portail's dev environment.
          cluster({ id: 'c3', label: 'portail-dev' }),
        ]),
      ),
    );
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
    });
    await expect(provider.refresh()).rejects.toThrow(
      'Two console objects map to the same entity resource:cpin/portail-dev',
    );
    expect(connection.mutations).toEqual([]);
  });

  it('does not mutate when the catalog cannot list the User entities', async () => {
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
      catalog: {
        queryEntities: async () => {
          throw new Error('catalog unavailable');
        },
      },
    });
    await expect(provider.refresh()).rejects.toThrow(
      'Reading the User entities of the catalog failed (catalog User entities); caused by Error: catalog unavailable',
    );
    expect(connection.mutations).toEqual([]);
  });

  it('does not mutate when the task is aborted', async () => {
    const { provider, connection } = await startProvider({
      instance: INSTANCE,
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      provider.refresh({ signal: controller.signal }),
    ).rejects.toThrow('The refresh was aborted');
    expect(connection.mutations).toEqual([]);
  });

  it('waits for the backend to be ready before the first scheduled run', async () => {
    let ready!: () => void;
    const { connection, run } = await startProvider({
      instance: INSTANCE,
      ready: new Promise<void>(resolve => {
        ready = resolve;
      }),
    });
    const running = run();
    await new Promise(resolve => setImmediate(resolve));
    expect(world.requests).toEqual([]);
    ready();
    await running;
    expect(connection.mutations).toHaveLength(1);
  });

  it('refuses to refresh before the catalog connected it', async () => {
    const { provider } = await startProvider({
      instance: INSTANCE,
      connect: false,
    });
    await expect(provider.refresh()).rejects.toThrow(
      `${PROVIDER} is not connected to the catalog yet`,
    );
    expect(world.requests).toEqual([]);
  });

  it('never writes the token into a log line', async () => {
    server.use(
      http.get(`${CONSOLE}/api/v2/projects/:id/repositories`, ({ request }) =>
        HttpResponse.json(
          { message: `invalid token ${request.headers.get('x-dso-token')}` },
          { status: 500 },
        ),
      ),
    );
    const { logger, run } = await startProvider({ instance: INSTANCE });
    await run();
    expect(logger.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(logger.entries)).not.toContain(TOKEN);
    expect(JSON.stringify(logger.entries)).toContain('invalid token ***');
  });
});
