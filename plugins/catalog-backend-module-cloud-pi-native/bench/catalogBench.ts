/*
 * Benchmark of one full refresh of the Cloud π Native entity provider at
 * scale, through the real provider code: the sandbox's scale world (in a
 * child process, with a per-request latency) is read over HTTP and the
 * full mutation goes to a recording connection.
 *
 *   yarn workspace @cpin/plugin-catalog-backend-module-cloud-pi-native bench \
 *     [--projects 2000] [--repositories 4] [--environments 3] [--latency 20] \
 *     [--concurrency 8] [--runs 1] [--role-groups] [--catalog-write]
 *
 * `--catalog-write` then times the same full mutation written twice into a
 * real catalog (in-memory SQLite), after the figures above are printed.
 *
 * Every flag can also be given as CPIN_BENCH_<FLAG> (e.g. CPIN_BENCH_LATENCY=50).
 */
import {
  BackstageCredentials,
  BackstageServicePrincipal,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { DefaultCloudPiService } from '@cpin/plugin-cloud-pi-native-node';
import { subscribe } from 'node:diagnostics_channel';
import { parseArgs } from 'node:util';
import { CloudPiNativeEntityProvider } from '../src/providers';
import { startSandboxProcess } from './startSandboxProcess';

function options() {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string' },
      repositories: { type: 'string' },
      environments: { type: 'string' },
      latency: { type: 'string' },
      concurrency: { type: 'string' },
      runs: { type: 'string' },
      'role-groups': { type: 'boolean' },
      'catalog-write': { type: 'boolean' },
    },
  });
  const number = (flag: keyof typeof values, fallback: number) => {
    const raw =
      (values[flag] as string | undefined) ??
      process.env[`CPIN_BENCH_${flag.toUpperCase().replace(/-/g, '_')}`];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`--${flag} must be a non-negative integer, got ${raw}`);
    }
    return value;
  };
  return {
    projects: number('projects', 2000),
    repositories: number('repositories', 4),
    environments: number('environments', 3),
    latencyMs: number('latency', 20),
    concurrency: Math.max(1, number('concurrency', 8)),
    runs: Math.max(1, number('runs', 1)),
    roleGroups:
      values['role-groups'] ?? process.env.CPIN_BENCH_ROLE_GROUPS === 'true',
    catalogWrite:
      values['catalog-write'] ??
      process.env.CPIN_BENCH_CATALOG_WRITE === 'true',
  };
}

/**
 * The generated world's people (plus the two demo owners), as an identity
 * provider would import them, served like the catalog's User query. Kept
 * minimal on purpose: the test utilities would weigh on the measured RSS.
 */
function userCatalog(count: number) {
  const user = (name: string, email: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { email }, memberOf: [] },
  });
  const items = [
    user('alice.martin', 'alice.martin@interieur.gouv.fr'),
    user('bob.durand', 'bob.durand@interieur.gouv.fr'),
    ...Array.from({ length: count }, (_, i) => {
      const id = String(i + 1).padStart(4, '0');
      return user(`agent${id}`, `agent${id}@scale.cloud-pi.fr`);
    }),
  ];
  return {
    queryEntities: async () => ({
      items,
      totalItems: items.length,
      pageInfo: {},
    }),
  };
}

const serviceCredentials = {
  $$type: '@backstage/BackstageCredentials',
  principal: { type: 'service', subject: 'plugin:catalog' },
} as BackstageCredentials<BackstageServicePrincipal>;

const quiet = {
  error: (message: string) => process.stderr.write(`error: ${message}\n`),
  warn: (message: string) => process.stderr.write(`warn: ${message}\n`),
  info: () => {},
  debug: () => {},
  child() {
    return quiet;
  },
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const opts = options();
  process.stdout.write(
    `Starting the sandbox: ${opts.projects} projects × ${opts.repositories} repositories × ${opts.environments} environments, ${opts.latencyMs} ms latency…\n`,
  );
  const sandbox = await startSandboxProcess([
    opts.projects,
    opts.repositories,
    opts.environments,
    opts.latencyMs,
  ]);
  const { info } = sandbox;
  try {
    const config = new ConfigReader({
      cloudPiNative: {
        instances: [
          {
            name: 'bench',
            consoleUrl: info.consoleUrl,
            token: info.adminToken,
            projectsRootDir: 'forge/projects',
            concurrency: opts.concurrency,
            gitlab: { url: info.gitlabUrl, token: 'unused' },
            grafana: { url: info.grafanaUrl },
          },
        ],
      },
      catalog: {
        providers: {
          cloudPiNative: { bench: { roleGroups: opts.roleGroups } },
        },
      },
    });
    const cloudPi = DefaultCloudPiService.fromConfig(config, { logger: quiet });
    let consoleRequests = 0;
    cloudPi.addRequestObserver(() => {
      consoleRequests++;
    });
    let connections = 0;
    subscribe('undici:client:connected', () => {
      connections++;
    });

    const [provider] = CloudPiNativeEntityProvider.fromConfig(config, {
      logger: quiet,
      cloudPi,
      catalog: userCatalog(50),
      auth: { getOwnServiceCredentials: async () => serviceCredentials },
    });
    let mutation = undefined as EntityProviderMutation | undefined;
    await provider.connect({
      applyMutation: async m => {
        mutation = m;
      },
      refresh: async () => {},
    });

    const rssBefore = process.memoryUsage().rss;
    for (let run = 1; run <= opts.runs; run++) {
      await fetch(`${info.controlUrl}/stats`, { method: 'DELETE' });
      consoleRequests = 0;
      connections = 0;
      mutation = undefined as EntityProviderMutation | undefined;
      const started = process.hrtime.bigint();
      const result = await provider.refresh();
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const stats = await (await fetch(`${info.controlUrl}/stats`)).json();
      const lowerBoundMs =
        (consoleRequests * opts.latencyMs) / opts.concurrency;
      const entities = mutation?.type === 'full' ? mutation.entities.length : 0;
      const rows: Array<[string, string]> = [
        ['run', `${run}/${opts.runs}`],
        ['console requests (client)', String(consoleRequests)],
        ['console requests (sandbox)', String(stats.total)],
        ['TCP connections opened', String(connections)],
        ['concurrency', String(opts.concurrency)],
        ['latency per request', `${opts.latencyMs} ms`],
        ['wall time', `${(wallMs / 1000).toFixed(2)} s`],
        [
          'lower bound (requests × latency ÷ concurrency)',
          `${(lowerBoundMs / 1000).toFixed(2)} s`,
        ],
        [
          'ratio',
          lowerBoundMs > 0 ? (wallMs / lowerBoundMs).toFixed(3) : 'n/a',
        ],
        ['projects', String(result.projects)],
        ['entities emitted', String(entities)],
        ['unresolved member e-mails', String(result.unresolvedEmails)],
        ['RSS before the first run', mb(rssBefore)],
        [
          'peak RSS (provider process)',
          mb(process.resourceUsage().maxRSS * 1024),
        ],
        ['heap used after the run', mb(process.memoryUsage().heapUsed)],
      ];
      const width = Math.max(...rows.map(([label]) => label.length));
      process.stdout.write(
        `${rows
          .map(([label, value]) => `${label.padEnd(width)}  ${value}`)
          .join('\n')}\n\n`,
      );
    }
    if (opts.catalogWrite && mutation) {
      // Loaded only now: the catalog backend would weigh on the RSS above.
      const { timeCatalogWrites } =
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('./catalogWrite') as typeof import('./catalogWrite');
      const [first, second] = await timeCatalogWrites(mutation, 2);
      process.stdout.write(
        `catalog write, empty catalog         ${first.toFixed(2)} s\n` +
          `catalog write, nothing changed      ${second.toFixed(2)} s\n`,
      );
    }
  } finally {
    sandbox.stop();
  }
}

main().then(
  // The in-process catalog of --catalog-write leaves pool timers behind.
  () => process.exit(),
  error => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
