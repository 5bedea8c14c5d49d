/*
 * Freshness at scale: how long after an action ends its result is in the
 * catalog, and what the targeted refresh costs the console.
 *
 * A real catalog (PostgreSQL by default, or in-memory SQLite) with this
 * module imports the sandbox's scale world once. Then, for each round, a
 * repository, an environment and a project are created in the console as
 * their owner, the change event is published as the `cpin:*` actions publish
 * it, and the bench times the moment the entity is served by the catalog
 * (`/entities/by-query`, which reads `final_entities`). The sandbox counts
 * the console requests of each refresh.
 *
 *   yarn bench:freshness [--projects 2000] [--latency 20] [--rounds 3] \
 *     [--database postgres|sqlite]
 *
 * `CPIN_BENCH_POSTGRES_URL` (default postgresql://postgres@127.0.0.1:5432/postgres)
 * names the server; the bench's databases are dropped at the end.
 */
import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  EventsService,
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  CloudPiProjectChangedEvent,
} from '@cpin/plugin-cloud-pi-native-common';
import { Client } from 'pg';
import { parseArgs } from 'node:util';
import { manualScheduler } from '../src/__testUtils__/manualScheduler';
import { catalogModuleCloudPiNative } from '../src/module';
import { SandboxInfo, startSandboxProcess } from './startSandboxProcess';

const INSTANCE = 'bench';
const TASK = `CloudPiNativeEntityProvider:${INSTANCE}:refresh`;
const postgresUrl =
  process.env.CPIN_BENCH_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

function options() {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string' },
      latency: { type: 'string' },
      rounds: { type: 'string' },
      database: { type: 'string' },
    },
  });
  const number = (raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`expected a positive integer, got ${raw}`);
    }
    return value;
  };
  const database = values.database ?? 'postgres';
  if (database !== 'postgres' && database !== 'sqlite') {
    throw new Error('--database must be postgres or sqlite');
  }
  return {
    projects: number(values.projects, 2000),
    latencyMs: number(values.latency, 20),
    rounds: number(values.rounds, 3),
    database,
  };
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The console as alice, owner of every tenth generated project. */
function consoleAs(info: SandboxInfo) {
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${info.consoleUrl}${path}`, {
      method,
      headers: {
        'x-dso-token': info.ownerToken,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw new Error(
        `${method} ${path} answered ${
          response.status
        }: ${await response.text()}`,
      );
    }
    return (response.status === 204 ? undefined : response.json()) as T;
  };
}

async function main() {
  const opts = options();
  process.stdout.write(
    `Starting the sandbox: ${opts.projects} projects × 4 repositories × 3 environments, ${opts.latencyMs} ms latency…\n`,
  );
  const sandbox = await startSandboxProcess([
    opts.projects,
    4,
    3,
    opts.latencyMs,
  ]);
  const { info } = sandbox;
  const prefix = `cpin_fresh_${process.pid}_${Date.now()}_`;
  const { scheduler, factory: schedulerFactory } = manualScheduler();
  let events!: EventsService;
  const publisher = createBackendPlugin({
    pluginId: 'publisher',
    register(env) {
      env.registerInit({
        deps: { events: eventsServiceRef },
        async init(deps) {
          events = deps.events;
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleCloudPiNative,
      publisher,
      eventsServiceFactory,
      schedulerFactory,
      mockServices.rootLogger.factory({ level: 'error' }),
      mockServices.rootConfig.factory({ data: config() }),
      ...(opts.database === 'postgres' ? [databaseServiceFactory] : []),
    ],
  });
  const base = `http://localhost:${backend.server.port()}/api/catalog`;
  const count = async (filter: string) => {
    const response = await fetch(
      `${base}/entities/by-query?limit=1&fields=kind&filter=${encodeURIComponent(
        filter,
      )}`,
      { headers: { authorization: mockCredentials.service.header() } },
    );
    if (!response.ok) throw new Error(`catalog answered ${response.status}`);
    return ((await response.json()) as { totalItems: number }).totalItems;
  };
  const stats = async () =>
    (
      (await (await fetch(`${info.controlUrl}/stats`)).json()) as {
        total: number;
      }
    ).total;

  function config() {
    return {
      backend: {
        baseUrl: 'http://localhost:0',
        ...(opts.database === 'postgres' && {
          database: {
            client: 'pg',
            connection: postgresUrl,
            prefix,
            pluginDivisionMode: 'database',
          },
        }),
      },
      events: { useEventBus: 'never' },
      cloudPiNative: {
        instances: [
          {
            name: INSTANCE,
            consoleUrl: info.consoleUrl,
            token: info.adminToken,
            projectsRootDir: 'forge/projects',
            gitlab: { url: info.gitlabUrl, token: 'unused' },
            grafana: { url: info.grafanaUrl },
          },
        ],
      },
      catalog: {
        rules: [{ allow: ['Component', 'System', 'Resource', 'Group'] }],
        providers: {
          cloudPiNative: {
            [INSTANCE]: { schedule: { frequency: { trigger: 'manual' } } },
          },
        },
      },
    };
  }

  try {
    const all = `metadata.annotations.${A.instance}=${INSTANCE}`;
    let started = Date.now();
    await scheduler.triggerTask(TASK);
    const readMs = Date.now() - started;
    // The import is done once every System is served and the total holds.
    let total = -1;
    for (;;) {
      await sleep(2_000);
      const systems = await count(`kind=system,${all}`);
      const now = await count(all);
      if (systems >= opts.projects && now === total) break;
      total = now;
    }
    process.stdout.write(
      `Full import: console read and mutation ${(readMs / 1000).toFixed(
        1,
      )} s, ${total} entities served after ${(
        (Date.now() - started) /
        1000
      ).toFixed(1)} s (${opts.database})\n\n`,
    );

    const call = consoleAs(info);
    const [stage] = await call<Array<{ id: string }>>('GET', '/api/v1/stages');
    const clusters = await call<Array<{ id: string; label: string }>>(
      'GET',
      '/api/v1/clusters',
    );
    const cluster = clusters.find(c => c.label === 'ovh-hprod') ?? clusters[0];
    const owned = await call<Array<{ id: string; slug: string }>>(
      'GET',
      '/api/v1/projects?filter=owned',
    );
    const rows: Array<{ scenario: string; ms: number; requests: number }> = [];

    /** Publishes as the actions do, then waits for `filter` to be served. */
    const measure = async (
      scenario: string,
      change: CloudPiProjectChangedEvent,
      filter: string,
    ) => {
      await fetch(`${info.controlUrl}/stats`, { method: 'DELETE' });
      started = Date.now();
      await events.publish({
        topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
        eventPayload: { ...change, instance: INSTANCE },
      });
      while ((await count(filter)) === 0) {
        if (Date.now() - started > 120_000) {
          throw new Error(`${scenario}: not in the catalog after 120 s`);
        }
        await sleep(50);
      }
      rows.push({
        scenario,
        ms: Date.now() - started,
        requests: await stats(),
      });
    };

    for (let round = 1; round <= opts.rounds; round++) {
      const project = owned[round % owned.length];
      const repository = await call<{ id: string }>(
        'POST',
        `/api/v2/projects/${project.id}/repositories`,
        {
          internalRepoName: `fresh-${round}`,
          isInfra: false,
          isPrivate: false,
        },
      );
      await measure(
        'new repository → Component',
        { projectId: project.id, parts: ['repositories'] },
        `kind=component,metadata.annotations.${A.repositoryId}=${repository.id}`,
      );

      const environment = await call<{ id: string }>(
        'POST',
        `/api/v2/projects/${project.id}/environments`,
        {
          name: `fresh${round}`,
          stageId: stage.id,
          clusterId: cluster.id,
          cpu: 1,
          gpu: 0,
          memory: 1,
          autosync: true,
        },
      );
      await measure(
        'new environment → Resource',
        { projectId: project.id, parts: ['environments'] },
        `kind=resource,metadata.annotations.${A.environmentId}=${environment.id}`,
      );

      const created = await call<{ id: string; status: string }>(
        'POST',
        '/api/v1/projects',
        {
          name: `fresh${round}${process.pid}`.slice(0, 20),
          limitless: true,
          hprodCpu: 0,
          hprodGpu: 0,
          hprodMemory: 0,
          prodCpu: 0,
          prodGpu: 0,
          prodMemory: 0,
        },
      );
      // The action ends once the console has provisioned the project.
      for (let settled = created; settled.status === 'initializing'; ) {
        await sleep(200);
        settled = await call('GET', `/api/v1/projects/${created.id}`);
      }
      await measure(
        'new project → System',
        { projectId: created.id, parts: ['project'], created: true },
        `kind=system,metadata.annotations.${A.projectId}=${created.id}`,
      );
    }

    const width = Math.max(...rows.map(r => r.scenario.length));
    process.stdout.write(
      `${'scenario'.padEnd(
        width,
      )}  time to catalog (each round)      console requests\n`,
    );
    for (const scenario of [...new Set(rows.map(r => r.scenario))]) {
      const mine = rows.filter(r => r.scenario === scenario);
      process.stdout.write(
        `${scenario.padEnd(width)}  ${mine
          .map(r => `${r.ms} ms`)
          .join(', ')
          .padEnd(32)}  ${mine.map(r => r.requests).join(', ')}\n`,
      );
    }
  } finally {
    await backend.stop();
    sandbox.stop();
    if (opts.database === 'postgres') await dropDatabases(prefix);
  }
}

async function dropDatabases(prefix: string) {
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(),
  error => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
