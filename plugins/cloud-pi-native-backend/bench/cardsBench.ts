/*
 * Load benchmark of the cards backend against the Cloud π sandbox.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs bench/cardsBench.ts \
 *     [--users=20] [--latency=50] [--pages=2000] [--think=0]
 *     [--catalog-latency=0] [--scale=<projects>]
 *
 * Starts the sandbox with an upstream latency, a test backend with the plugin
 * (catalog in memory with the entities of the sandbox's projects), then has
 * `--users` concurrent users load entity pages (the card routes of an
 * entity at once, as the entity page does: the five first cards everywhere,
 * plus builds, images and the onboarding journey on a project, builds and
 * images on a repository, images on an environment): every entity once on
 * an empty cache (cold), then `--pages` random page views (warm), then
 * `--pages` views of the new cards only (builds, images, journey). Each
 * page view is made by a member of the entity's project.
 */
import {
  createBackendModule,
  createServiceFactory,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  CloudPiEntityDataKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiServiceRef } from '@cpin/plugin-cloud-pi-native-node';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { cloudPiNativePlugin } from '../src/plugin';

const KINDS: CloudPiEntityDataKind[] = [
  'overview',
  'environments',
  'quality-gate',
  'deployments',
  'observability',
];

/** The cards of the secondary chain and the journey, per entity kind. */
const NEW_KINDS: Record<string, CloudPiEntityDataKind[]> = {
  System: ['builds', 'images', 'journey'],
  Component: ['builds', 'images'],
  Resource: ['images'],
};

interface Options {
  users: number;
  latencyMs: number;
  warmPages: number;
  /** Pause of each user between two page views (warm phase). */
  thinkMs: number;
  /** Added to every catalog read (the real catalog answers over HTTP). */
  catalogLatencyMs: number;
  scale?: number;
}

function readOptions(argv: string[]): Options {
  const arg = (name: string) =>
    argv.find(a => a.startsWith(`--${name}=`))?.split('=')[1];
  const int = (name: string, fallback: number) => {
    const value = arg(name);
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) {
      throw new Error(`--${name} must be a non-negative integer`);
    }
    return parsed;
  };
  return {
    users: Math.max(1, int('users', 20)),
    latencyMs: int('latency', 50),
    warmPages: int('pages', 2000),
    thinkMs: int('think', 0),
    catalogLatencyMs: int('catalog-latency', 0),
    scale: arg('scale') ? int('scale', 0) : undefined,
  };
}

/** A page of the catalog, its cards and the Backstage users who may open it. */
interface Page {
  path: string;
  kinds: CloudPiEntityDataKind[];
  members: string[];
}

/** A page view as the load generator makes it: path, cards and the viewer's token. */
interface PageView {
  path: string;
  kinds: CloudPiEntityDataKind[];
  authorization: string;
}

/**
 * Reads the sandbox's live projects with the admin token, and builds the
 * entities the Cloud π catalog provider would write for them, plus a user
 * entity per owner and member.
 */
async function buildCatalog(
  sandbox: Sandbox,
): Promise<{ entities: Entity[]; pages: Page[] }> {
  const headers = { 'x-dso-token': sandbox.credentials.adminToken };
  const read = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${sandbox.urls.console}${path}`, { headers });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  type Person = { email: string };
  const projects = await read<
    Array<{ id: string; slug: string; owner: Person; members: Person[] }>
  >('/api/v1/projects?filter=all&statusNotIn=archived');

  const entities: Entity[] = [];
  const pages: Page[] = [];
  const users = new Map<string, string>();
  const userRef = (email: string) => {
    let ref = users.get(email);
    if (!ref) {
      ref = `user:default/${email.split('@')[0].replace(/[^a-z0-9.-]/gi, '-')}`;
      users.set(email, ref);
    }
    return ref;
  };
  const add = (
    kind: string,
    name: string,
    annotations: object,
    members: string[],
  ) => {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: 'default', annotations: { ...annotations } },
      spec: {},
    });
    pages.push({
      path: `${kind.toLowerCase()}/default/${name}`,
      kinds: [...KINDS, ...NEW_KINDS[kind]],
      members,
    });
  };

  for (const project of projects) {
    const [environments, repositories] = await Promise.all([
      read<Array<{ name: string }>>(
        `/api/v2/projects/${project.id}/environments`,
      ),
      read<Array<{ internalRepoName: string }>>(
        `/api/v2/projects/${project.id}/repositories`,
      ),
    ]);
    const members = [project.owner, ...project.members].map(p =>
      userRef(p.email),
    );
    const base = {
      [A.instance]: 'sandbox',
      [A.projectSlug]: project.slug,
      [A.projectId]: project.id,
    };
    add('System', project.slug, base, members);
    for (const repo of repositories) {
      add(
        'Component',
        `${project.slug}-${repo.internalRepoName}`,
        {
          ...base,
          [A.repositoryName]: repo.internalRepoName,
        },
        members,
      );
    }
    for (const env of environments) {
      add(
        'Resource',
        `${project.slug}-${env.name}`,
        {
          ...base,
          [A.environmentName]: env.name,
        },
        members,
      );
    }
  }
  for (const [email, ref] of users) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: ref.split('/')[1], namespace: 'default' },
      spec: { profile: { email }, memberOf: [] },
    });
  }
  return { entities, pages };
}

interface PhaseResult {
  name: string;
  pageViews: number;
  requests: number;
  failures: Record<string, number>;
  elapsedMs: number;
  requestMs: number[];
  pageMs: number[];
  upstreamCalls: number;
}

/** What the load generator measures; upstream calls are counted by the backend. */
type ClientResult = Omit<PhaseResult, 'name' | 'upstreamCalls'>;

/** A GET over a keep-alive connection; lighter than `fetch` for a load generator. */
function httpGet(
  agent: http.Agent,
  url: string,
  authorization: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { authorization } }, response => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * Has `users` concurrent users load the page views: each loads the five
 * cards of a page at once, waits for all of them, then thinks for about
 * `thinkMs` before the next page.
 */
async function loadPages(
  baseUrl: string,
  views: PageView[],
  users: number,
  thinkMs: number,
): Promise<ClientResult> {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: users * (KINDS.length + 3),
  });
  const requestMs: number[] = [];
  const pageMs: number[] = [];
  const failures: Record<string, number> = {};
  let next = 0;

  const loadPage = async (view: PageView) => {
    const startedAt = performance.now();
    await Promise.all(
      view.kinds.map(async kind => {
        const url = `${baseUrl}/entities/${view.path}/${kind}`;
        const t0 = performance.now();
        // A kept-alive socket the server closed while the user paused is
        // reset on reuse: send once more, as a browser does.
        const status = await httpGet(agent, url, view.authorization)
          .catch(() => httpGet(agent, url, view.authorization))
          .catch((error: NodeJS.ErrnoException) => error.code ?? 'error');
        requestMs.push(performance.now() - t0);
        if (status !== 200) {
          const key = `${kind} ${status}`;
          failures[key] = (failures[key] ?? 0) + 1;
        }
      }),
    );
    pageMs.push(performance.now() - startedAt);
  };

  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: users }, async () => {
      while (next < views.length) {
        await loadPage(views[next++]);
        if (thinkMs > 0 && next < views.length) {
          // ±50% so that users do not move in lockstep.
          const pause = thinkMs * (0.5 + Math.random());
          await new Promise(resolve => setTimeout(resolve, pause));
        }
      }
    }),
  );
  const elapsedMs = performance.now() - startedAt;
  agent.destroy();
  return {
    pageViews: views.length,
    requests: requestMs.length,
    failures,
    elapsedMs,
    requestMs,
    pageMs,
  };
}

const RESULT_MESSAGE = 'cpin-cards-bench-result';

/**
 * The load generator runs in a child process, so that its own CPU use does
 * not slow the backend down (the machine may have few cores).
 */
class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadGenerator {
    const child = fork(__filename, ['--load-generator'], {
      execArgv: [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      stdio: 'inherit',
    });
    return new LoadGenerator(child);
  }

  run(
    baseUrl: string,
    views: PageView[],
    users: number,
    thinkMs: number,
  ): Promise<ClientResult> {
    return new Promise((resolve, reject) => {
      // The TypeScript loader uses the same channel for its own messages.
      const onMessage = (message: { type?: string; result?: ClientResult }) => {
        if (message?.type !== RESULT_MESSAGE) return;
        this.child.off('message', onMessage);
        resolve(message.result!);
      };
      this.child.on('message', onMessage);
      this.child.once('error', reject);
      this.child.send({ baseUrl, views, users, thinkMs });
    });
  }

  stop(): void {
    this.child.kill();
  }
}

async function runPhase(
  name: string,
  generator: LoadGenerator,
  baseUrl: string,
  views: PageView[],
  users: number,
  thinkMs: number,
  countUpstream: () => number,
): Promise<PhaseResult> {
  const before = countUpstream();
  const result = await generator.run(baseUrl, views, users, thinkMs);
  return { name, ...result, upstreamCalls: countUpstream() - before };
}

/**
 * The in-memory catalog of the test utilities, with an index for
 * `getEntityByRef` (the mock scans every entity on each call, which would
 * dominate the measure with thousands of entities) and an optional latency.
 */
function indexedCatalog(entities: Entity[], latencyMs: number) {
  const catalog = catalogServiceMock({ entities });
  const key = (ref: string | CompoundEntityRef) =>
    stringifyEntityRef(
      typeof ref === 'string' ? parseEntityRef(ref) : ref,
    ).toLocaleLowerCase('en-US');
  const byRef = new Map(entities.map(e => [key(stringifyEntityRef(e)), e]));
  const getEntityByRef = async (ref: string | CompoundEntityRef) => {
    if (latencyMs > 0)
      await new Promise(resolve => setTimeout(resolve, latencyMs));
    return byRef.get(key(ref));
  };
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => Object.assign(catalog, { getEntityByRef }),
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

function report(result: PhaseResult): string[] {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const failures = Object.entries(result.failures);
  return [
    `${result.name}: ${result.pageViews} page views, ${
      result.requests
    } requests in ${ms(result.elapsedMs)}`,
    `  throughput        ${(
      result.requests /
      (result.elapsedMs / 1000)
    ).toFixed(0)} requests/s`,
    `  request latency   p50 ${ms(percentile(result.requestMs, 50))}   p95 ${ms(
      percentile(result.requestMs, 95),
    )}   max ${ms(Math.max(...result.requestMs))}`,
    `  page latency      p50 ${ms(percentile(result.pageMs, 50))}   p95 ${ms(
      percentile(result.pageMs, 95),
    )}`,
    `  upstream calls    ${result.upstreamCalls} (${(
      (result.upstreamCalls / result.pageViews) *
      100
    ).toFixed(1)} per 100 page views)`,
    `  non-200 answers   ${
      failures.length === 0
        ? 'none'
        : failures.map(([k, n]) => `${k}: ${n}`).join(', ')
    }`,
  ];
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const sandbox = await startSandbox({
    port: 0,
    seed: options.scale ? { scale: { projects: options.scale } } : 'demo',
  });
  const { entities, pages } = await buildCatalog(sandbox);
  // Latency only from now on: building the catalog is not measured.
  sandbox.faults.latencyMs = options.latencyMs;

  let upstreamCalls = 0;
  const { urls, credentials } = sandbox;
  const backend = await startTestBackend({
    features: [
      cloudPiNativePlugin,
      indexedCatalog(entities, options.catalogLatencyMs),
      mockServices.rootConfig.factory({
        data: {
          cloudPiNative: {
            instances: [
              {
                name: 'sandbox',
                consoleUrl: urls.console,
                token: credentials.adminToken,
                projectsRootDir: 'forge/projects',
                gitlab: {
                  url: urls.gitlab,
                  token: credentials.tools.gitlabToken,
                },
                sonarqube: {
                  url: urls.sonarqube,
                  token: credentials.tools.sonarqubeToken,
                },
                grafana: { url: urls.grafana },
                harbor: { url: urls.harbor, ...credentials.tools.harbor },
                argocd: Object.entries(urls.argocd).map(([zone, url]) => ({
                  zone,
                  url,
                  ...credentials.tools.argocd,
                })),
                kubernetes: Object.entries(urls.kubernetes).map(
                  ([cluster, url]) => ({
                    cluster,
                    url,
                    token: credentials.tools.kubernetesToken,
                    skipTLSVerify: true,
                  }),
                ),
              },
            ],
          },
        },
      }),
      // Quiet logs: the benchmark measures, it does not debug.
      createServiceFactory({
        service: coreServices.rootLogger,
        deps: {},
        factory: () => mockServices.rootLogger({ level: 'error' }),
      }),
      createBackendModule({
        pluginId: 'cloud-pi-native',
        moduleId: 'bench-request-counter',
        register(env) {
          env.registerInit({
            deps: { cloudPi: cloudPiServiceRef },
            async init({ cloudPi }) {
              cloudPi.addRequestObserver(() => {
                upstreamCalls++;
              });
            },
          });
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api/cloud-pi-native`;

  // Each view by a random member of the entity's project.
  const view = (page: Page, onlyNew = false): PageView => ({
    path: page.path,
    kinds: onlyNew
      ? page.kinds.filter(kind => !KINDS.includes(kind))
      : page.kinds,
    authorization: mockCredentials.user.header(
      page.members[Math.floor(Math.random() * page.members.length)],
    ),
  });
  const randomPage = () => pages[Math.floor(Math.random() * pages.length)];
  const generator = LoadGenerator.start();
  try {
    sandbox.resetStats();
    const cold = await runPhase(
      'cold (empty cache, every entity once)',
      generator,
      baseUrl,
      shuffle(pages).map(page => view(page)),
      options.users,
      0,
      () => upstreamCalls,
    );
    const warm = await runPhase(
      options.thinkMs
        ? `warm (each user pauses ~${options.thinkMs} ms between pages)`
        : 'warm (no pause between pages: every user always waiting)',
      generator,
      baseUrl,
      Array.from({ length: options.warmPages }, () => view(randomPage())),
      options.users,
      options.thinkMs,
      () => upstreamCalls,
    );
    const warmNew = await runPhase(
      'warm, new cards only (builds, images, journey)',
      generator,
      baseUrl,
      Array.from({ length: options.warmPages }, () =>
        view(randomPage(), true),
      ),
      options.users,
      options.thinkMs,
      () => upstreamCalls,
    );
    const sessions = Object.entries(sandbox.stats().requests)
      .filter(([key]) => key.startsWith('POST /argocd/'))
      .reduce((sum, [, n]) => sum + n, 0);

    console.log(
      [
        `Cloud π cards backend benchmark`,
        `  sandbox ${options.scale ? `scale:${options.scale}` : 'demo'}: ${
          pages.length
        } entities, upstream latency ${options.latencyMs} ms, ${
          options.users
        } concurrent users, 6 to 8 card requests per page view`,
        `  Node ${process.version}, ${
          os.cpus().length
        } CPUs: backend and sandbox in one process, load generator in another`,
        `  catalog in memory (+${options.catalogLatencyMs} ms per read); permission policy: allow all (mock); cache: memory store`,
        '',
        ...report(cold),
        '',
        ...report(warm),
        '',
        ...report(warmNew),
        '',
        `Argo CD logins (POST /api/v1/session): ${sessions}`,
        `Goal: ≤ 10 upstream calls per 100 warm page views (all cards, and the new cards alone), warm p95 ≤ 25 ms`,
      ].join('\n'),
    );
  } finally {
    generator.stop();
    await backend.stop();
    await sandbox.stop();
  }
}

if (process.argv.includes('--load-generator')) {
  process.on('message', async message => {
    const { baseUrl, views, users, thinkMs } = message as {
      baseUrl: string;
      views: PageView[];
      users: number;
      thinkMs: number;
    };
    process.send!({
      type: RESULT_MESSAGE,
      result: await loadPages(baseUrl, views, users, thinkMs),
    });
  });
} else {
  main().catch(error => {
    console.error(error);
    process.exitCode = 1;
  });
}
