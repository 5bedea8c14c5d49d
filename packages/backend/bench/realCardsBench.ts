/*
 * Benchmark of the cards backend in the real backend, beside the community
 * SonarQube and Argo CD backends, against the Cloud π sandbox:
 *
 *   yarn bench:cards:real [--latency=20] [--rounds=5] [--views=40]
 *     [--users=1] [--database=postgres|sqlite] [--authorization-memo]
 *     [--no-entity-memo]
 *
 * It boots the example backend's plugins (bench/benchBackend.ts: the real
 * catalog with the Cloud π provider, the example permission policy, the
 * OIDC sign-in) in a process of its own, on PostgreSQL (databases of this
 * run, dropped at the end) or SQLite, and signs the sandbox's demo users in
 * through the sandbox's OIDC realm as a browser does. Then, with
 * `--latency` ms added to every sandbox request, it measures every
 * scenario in `--rounds` interleaved rounds of `--views` views each, by
 * `--users` concurrent users (1: back to back), each view of a repository
 * made by a member of its project. Upstream calls are counted at the
 * sandbox, and the CPU time of the backend process per view (Linux) at its
 * /proc entry: unlike latencies, it hardly depends on the other jobs of a
 * shared machine.
 *
 * The authorization memo of the cards backend (5 s per user and entity) is
 * off unless `--authorization-memo`: the views cycle over a few dozen
 * (user, entity) pairs, so with it every request after the first few would
 * reuse a decision, which a single card view of a real user does not.
 * The entity memo (the entity the plugin read, 5 s, shared by every user;
 * the permission call still runs on each request) stays on, as in
 * production, unless `--no-entity-memo`: over the bench's few entities it
 * is nearly always warm, as it is on a page many people open.
 */
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { ChildProcess, spawn } from 'node:child_process';
import {
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import { dropDatabasesOfRun } from '../src/__testUtils__/postgres';
import { LoadGenerator, LoadResult, View } from './loadGenerator';
import { signInBackstageUser } from './signIn';

interface Options {
  latencyMs: number;
  rounds: number;
  views: number;
  users: number;
  database: 'postgres' | 'sqlite';
  authorizationMemo: boolean;
  entityMemo: boolean;
}

function readOptions(argv: string[]): Options {
  const arg = (name: string) =>
    argv.find(a => a.startsWith(`--${name}=`))?.split('=')[1];
  const int = (name: string, fallback: number, min: number) => {
    const value = arg(name);
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(parsed) || parsed < min) {
      throw new Error(`--${name} must be an integer ≥ ${min}`);
    }
    return parsed;
  };
  const database = arg('database') ?? 'postgres';
  if (database !== 'postgres' && database !== 'sqlite') {
    throw new Error('--database must be postgres or sqlite');
  }
  return {
    latencyMs: int('latency', 20, 0),
    rounds: int('rounds', 5, 1),
    views: int('views', 40, 1),
    users: int('users', 1, 1),
    database,
    authorizationMemo: argv.includes('--authorization-memo'),
    entityMemo: !argv.includes('--no-entity-memo'),
  };
}

/** The cards a repository page shows (see the app's entity pages). */
const REPOSITORY_CARDS = [
  'overview',
  'environments',
  'quality-gate',
  'deployments',
  'observability',
  'builds',
  'images',
];

/** A repository entity of the catalog and who may view it. */
interface Page {
  name: string;
  argocdInstances: string[];
  argocdSelector: string;
  /** Backstage tokens of the members of its project. */
  tokens: string[];
}

interface Scenario {
  name: string;
  /** The requests of one view of `page`. */
  urls(page: Page): string[];
}

function scenarios(base: string): Scenario[] {
  const entity = (page: Page) => `component/sandbox/${page.name}`;
  const ours = (page: Page, kind: string) =>
    `${base}/api/cloud-pi-native/entities/${entity(page)}/${kind}`;
  return [
    {
      name: 'bare catalog read (by name)',
      urls: page => [`${base}/api/catalog/entities/by-name/${entity(page)}`],
    },
    { name: 'ours: quality gate card', urls: p => [ours(p, 'quality-gate')] },
    { name: 'ours: deployments card', urls: p => [ours(p, 'deployments')] },
    {
      name: `ours: page view, batched (${REPOSITORY_CARDS.length} cards)`,
      urls: p => [ours(p, `cards?kinds=${REPOSITORY_CARDS.join(',')}`)],
    },
    {
      name: `ours: page view, ${REPOSITORY_CARDS.length} card routes at once`,
      urls: p => REPOSITORY_CARDS.map(kind => ours(p, kind)),
    },
    {
      name: 'community SonarQube (summary)',
      urls: p => [`${base}/api/sonarqube/entities/${entity(p)}/summary`],
    },
    {
      name: 'community Argo CD (apps per instance)',
      urls: p =>
        p.argocdInstances.map(
          instance =>
            `${base}/api/backstage-community-argocd/argoInstance/${instance}/applications/selector/${encodeURIComponent(
              p.argocdSelector,
            )}`,
        ),
    },
  ];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

const postgresUrl =
  process.env.CPIN_BENCH_POSTGRES_URL ??
  process.env.CPIN_TEST_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

/** The bench's configuration, on top of the repository's app-config.yaml. */
function benchConfig(
  sandbox: Sandbox,
  port: number,
  options: Options,
  databasePrefix: string,
) {
  const { urls, credentials } = sandbox;
  const { tools } = credentials;
  return {
    backend: {
      baseUrl: `http://localhost:${port}`,
      listen: { port, host: '127.0.0.1' },
      database:
        options.database === 'postgres'
          ? {
              client: 'pg',
              connection: postgresUrl,
              prefix: databasePrefix,
              pluginDivisionMode: 'database',
            }
          : { client: 'better-sqlite3', connection: ':memory:' },
    },
    auth: {
      providers: {
        oidc: {
          development: {
            metadataUrl: `${urls.oidcIssuer}/.well-known/openid-configuration`,
          },
        },
      },
    },
    cloudPiNative: {
      instances: [
        {
          name: 'sandbox',
          consoleUrl: urls.console,
          token: credentials.adminToken,
          projectsRootDir: 'forge/projects',
          gitlab: { url: urls.gitlab, token: tools.gitlabToken },
          vault: { url: urls.vault, token: tools.vaultToken },
          sonarqube: { url: urls.sonarqube, token: tools.sonarqubeToken },
          grafana: { url: urls.grafana },
          harbor: { url: urls.harbor, ...tools.harbor },
          argocd: Object.entries(urls.argocd).map(([zone, url]) => ({
            zone,
            url,
            ...tools.argocd,
          })),
          kubernetes: Object.entries(urls.kubernetes).map(([cluster, url]) => ({
            cluster,
            url,
            token: tools.kubernetesToken,
            skipTLSVerify: true,
          })),
        },
      ],
      cards: {
        cache: {
          ...(!options.authorizationMemo && {
            authorizationTtl: { seconds: 0 },
          }),
          ...(!options.entityMemo && { entityTtl: { seconds: 0 } }),
        },
      },
    },
    catalog: {
      providers: {
        cloudPiNative: {
          sandbox: {
            // One import at start; none during the measures.
            schedule: {
              frequency: { hours: 6 },
              timeout: { minutes: 10 },
              initialDelay: { seconds: 0 },
            },
          },
        },
      },
    },
    kubernetes: {
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: Object.entries(urls.kubernetes).map(([name, url]) => ({
            name,
            url,
            authProvider: 'serviceAccount',
            serviceAccountToken: tools.kubernetesToken,
            skipTLSVerify: true,
          })),
        },
      ],
    },
    sonarqube: { baseUrl: urls.sonarqube, apiKey: tools.sonarqubeToken },
    argocd: {
      appLocatorMethods: [
        {
          type: 'config',
          instances: Object.entries(urls.argocd).map(([zone, url]) => ({
            name: zone,
            url,
            username: tools.argocd.username,
            password: tools.argocd.password,
          })),
        },
      ],
    },
  };
}

/** Starts the backend in a process of its own and waits until it is ready. */
async function startBackend(
  configFile: string,
  logFile: string,
  port: number,
): Promise<ChildProcess> {
  const cwd = path.resolve(__dirname, '..');
  const log = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'bench/benchBackend.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      configFile,
    ],
    { cwd, stdio: ['ignore', log, log], detached: true },
  );
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      const health = await fetch(
        `http://127.0.0.1:${port}/.backstage/health/v1/readiness`,
      );
      if (health.ok) return child;
    } catch {
      // Not listening yet.
    }
    const failed = readFileSync(logFile, 'utf8').includes(
      'Backend startup failed',
    );
    if (failed || child.exitCode !== null || Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGTERM');
      throw new Error(
        `The backend did not start:\n${readFileSync(logFile, 'utf8')
          .split('\n')
          .filter(line => !line.includes('/.backstage/health/'))
          .slice(-40)
          .join('\n')}`,
      );
    }
    await sleep(500);
  }
}

interface CatalogEntity {
  metadata: { name: string; annotations?: Record<string, string> };
}

/** The repositories the provider imported, once their count is stable. */
async function importedRepositories(
  base: string,
  token: string,
): Promise<CatalogEntity[]> {
  const url = `${base}/api/catalog/entities/by-query?filter=kind=component,metadata.namespace=sandbox&limit=1000`;
  const deadline = Date.now() + 180_000;
  let previous = -1;
  for (;;) {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
    });
    const items = response.ok
      ? ((await response.json()) as { items: CatalogEntity[] }).items
      : [];
    if (items.length > 0 && items.length === previous) return items;
    if (Date.now() > deadline) {
      throw new Error(`The catalog has ${items.length} repositories`);
    }
    previous = items.length;
    await sleep(3_000);
  }
}

/** Project slug → e-mails of its owner and members, read with the admin token. */
async function projectMembers(
  sandbox: Sandbox,
): Promise<Map<string, string[]>> {
  const response = await fetch(
    `${sandbox.urls.console}/api/v1/projects?filter=all`,
    { headers: { 'x-dso-token': sandbox.credentials.adminToken } },
  );
  type Person = { email: string };
  const projects = (await response.json()) as Array<{
    slug: string;
    owner: Person;
    members: Person[];
  }>;
  return new Map(
    projects.map(p => [p.slug, [p.owner, ...p.members].map(m => m.email)]),
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

interface Measure {
  viewMs: number[];
  elapsedMs: number;
  upstream: number;
  /** CPU time the backend process spent; undefined where /proc is not. */
  cpuMs: number | undefined;
  failures: Record<string, number>;
}

/** `getconf CLK_TCK` of Linux on the usual architectures. */
const CLOCK_TICKS = 100;

/** CPU time (user + system) of a process so far, from Linux's /proc. */
function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function add(
  measure: Measure,
  result: LoadResult,
  upstream: number,
  cpuMs: number | undefined,
) {
  measure.viewMs.push(...result.viewMs);
  measure.elapsedMs += result.elapsedMs;
  measure.upstream += upstream;
  measure.cpuMs =
    cpuMs === undefined || measure.cpuMs === undefined
      ? undefined
      : measure.cpuMs + cpuMs;
  for (const [label, n] of Object.entries(result.failures)) {
    measure.failures[label] = (measure.failures[label] ?? 0) + n;
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const runId = `${process.pid}_${Date.now()}`;
  const databasePrefix = `cpin_bench_${runId}_`;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'cpin-real-bench-'));
  const sandbox = await startSandbox({
    port: 0,
    extraRedirectUris: [`${base}/api/auth/oidc/handler/frame`],
  });
  let backend: ChildProcess | undefined;
  let generator: LoadGenerator | undefined;
  try {
    const configFile = path.join(workDir, 'app-config.bench.yaml');
    writeFileSync(
      configFile,
      yaml.stringify(benchConfig(sandbox, port, options, databasePrefix)),
    );
    const bootStart = Date.now();
    backend = await startBackend(
      configFile,
      path.join(workDir, 'backend.log'),
      port,
    );
    const bootMs = Date.now() - bootStart;

    // Every member of a project signs in, as a browser would.
    const members = await projectMembers(sandbox);
    const emails = new Set([...members.values()].flat());
    const tokens = new Map<string, string>();
    for (const user of sandbox.credentials.users) {
      if (!emails.has(user.email)) continue;
      // Until the catalog has processed the org's User entities, the sign-in
      // resolver finds nobody.
      const deadline = Date.now() + 180_000;
      for (;;) {
        try {
          tokens.set(
            user.email,
            await signInBackstageUser({
              backendUrl: base,
              email: user.email,
              password: user.password,
            }),
          );
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await sleep(2_000);
        }
      }
    }
    const anyToken = [...tokens.values()][0];
    const pages: Page[] = [];
    for (const entity of await importedRepositories(base, anyToken)) {
      const annotations = entity.metadata.annotations ?? {};
      const memberTokens = (members.get(annotations[A.projectSlug]) ?? [])
        .map(email => tokens.get(email))
        .filter((t): t is string => !!t);
      if (
        memberTokens.length === 0 ||
        !annotations['argocd/app-selector'] ||
        !annotations['sonarqube.org/project-key']
      ) {
        continue;
      }
      pages.push({
        name: entity.metadata.name,
        argocdInstances: annotations['argocd/instance-name'].split(','),
        argocdSelector: annotations['argocd/app-selector'],
        tokens: memberTokens,
      });
    }
    const pairs = pages.flatMap(page =>
      page.tokens.map(token => ({ page, token })),
    );

    sandbox.faults.latencyMs = options.latencyMs;
    generator = LoadGenerator.start();
    const all = scenarios(base);
    const viewsOf = (scenario: Scenario, chosen: typeof pairs): View[] =>
      chosen.map(({ page, token }) => ({
        urls: scenario.urls(page),
        authorization: `Bearer ${token}`,
      }));

    // Warm-up, not measured: every pair once per scenario (caches, sessions, JIT).
    for (const scenario of all) {
      await generator.run(viewsOf(scenario, pairs), options.users);
    }

    const measures = new Map<string, Measure>(
      all.map(s => [
        s.name,
        { viewMs: [], elapsedMs: 0, upstream: 0, cpuMs: 0, failures: {} },
      ]),
    );
    for (let round = 0; round < options.rounds; round++) {
      // The same views for every scenario of a round; the order rotates.
      const chosen = Array.from(
        { length: options.views },
        () => pairs[Math.floor(Math.random() * pairs.length)],
      );
      const order = [
        ...all.slice(round % all.length),
        ...all.slice(0, round % all.length),
      ];
      for (const scenario of order) {
        const before = sandbox.stats().total;
        const cpuBefore = cpuMsOf(backend.pid!);
        const result = await generator.run(
          viewsOf(scenario, chosen),
          options.users,
        );
        const cpuAfter = cpuMsOf(backend.pid!);
        add(
          measures.get(scenario.name)!,
          result,
          sandbox.stats().total - before,
          cpuBefore === undefined || cpuAfter === undefined
            ? undefined
            : cpuAfter - cpuBefore,
        );
      }
    }

    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const rows = all.map(scenario => {
      const m = measures.get(scenario.name)!;
      return {
        name: scenario.name,
        viewsPerSecond: m.viewMs.length / (m.elapsedMs / 1000),
        p50: percentile(m.viewMs, 50),
        p95: percentile(m.viewMs, 95),
        upstreamPer100: (m.upstream / m.viewMs.length) * 100,
        cpuPerView:
          m.cpuMs === undefined ? undefined : m.cpuMs / m.viewMs.length,
        failures: m.failures,
      };
    });
    const row = (prefix: string) => rows.find(r => r.name.startsWith(prefix))!;
    const catalog = row('bare catalog');
    const sonar = row('community SonarQube');
    const argo = row('community Argo CD');
    const qualityGate = row('ours: quality gate');
    const deployments = row('ours: deployments');
    const batched = row('ours: page view, batched');
    const pad = (s: string, n: number) => s.padEnd(n);
    const padStart = (s: string, n: number) => s.padStart(n);
    const load = os
      .loadavg()
      .map(v => v.toFixed(2))
      .join(' ');

    console.log(
      [
        'Cloud π cards backend in the real backend (bench:cards:real)',
        `  ${new Date().toISOString()}, Node ${process.version}, ${
          os.cpus().length
        } CPUs, load average ${load}`,
        `  backend: the example backend's plugins + community SonarQube and Argo CD backends, one process (booted in ${(
          bootMs / 1000
        ).toFixed(0)} s)`,
        `  catalog: real, on ${
          options.database === 'postgres' ? 'PostgreSQL' : 'SQLite'
        }, ${
          pages.length
        } repositories imported by the Cloud π provider; example permission policy; ${
          tokens.size
        } users signed in through the sandbox's OIDC`,
        `  sandbox: demo world, +${options.latencyMs} ms per request; ${options.rounds} rounds × ${options.views} views per scenario, ${options.users} user(s) at a time, each view by a member of the repository's project`,
        `  authorization memo of the cards backend: ${
          options.authorizationMemo
            ? 'on (5 s per user and entity)'
            : 'off (every request decides afresh)'
        }; entity memo: ${
          options.entityMemo
            ? 'on (5 s, shared; the permission call runs per request)'
            : 'off (one catalog read per request)'
        }; card data: warm cache`,
        '',
        `  ${pad('scenario', 44)}${padStart('views/s', 9)}${padStart(
          'p50',
          11,
        )}${padStart('p95', 11)}${padStart('CPU/view', 11)}${padStart(
          'upstream/100 views',
          20,
        )}   non-200`,
        ...rows.map(
          r =>
            `  ${pad(r.name, 44)}${padStart(
              r.viewsPerSecond.toFixed(1),
              9,
            )}${padStart(ms(r.p50), 11)}${padStart(ms(r.p95), 11)}${padStart(
              r.cpuPerView === undefined ? 'n/a' : ms(r.cpuPerView),
              11,
            )}${padStart(r.upstreamPer100.toFixed(1), 20)}   ${
              Object.entries(r.failures)
                .map(([k, n]) => `${k}: ${n}`)
                .join(', ') || 'none'
            }`,
        ),
        '',
        `  ours ÷ community, views/s: quality gate ÷ SonarQube ${(
          qualityGate.viewsPerSecond / sonar.viewsPerSecond
        ).toFixed(1)}×, deployments ÷ Argo CD ${(
          deployments.viewsPerSecond / argo.viewsPerSecond
        ).toFixed(1)}× (target ≥ 5×)`,
        `  ours ÷ bare catalog read, p50: quality gate ${(
          qualityGate.p50 / catalog.p50
        ).toFixed(2)}×, deployments ${(deployments.p50 / catalog.p50).toFixed(
          2,
        )}×, batched page view ${(batched.p50 / catalog.p50).toFixed(
          2,
        )}× (target ≤ 1.3×)`,
      ].join('\n'),
    );
  } finally {
    generator?.stop();
    if (backend?.pid && backend.exitCode === null) {
      const exited = new Promise(resolve => backend!.once('exit', resolve));
      process.kill(-backend.pid, 'SIGTERM');
      await exited;
    }
    await sandbox.stop();
    if (options.database === 'postgres')
      await dropDatabasesOfRun(databasePrefix, postgresUrl);
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
