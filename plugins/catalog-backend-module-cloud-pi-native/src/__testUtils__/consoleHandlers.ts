import {
  Deployment,
  Environment,
  Project,
  ProjectService,
  Repository,
} from '@cpin/plugin-cloud-pi-native-common';
import { http, HttpResponse } from 'msw';
import {
  IDS,
  TEST_INSTANCE_CONFIG,
  environment,
  project,
  repository,
  services,
  topology,
} from './fixtures';

export const CONSOLE = TEST_INSTANCE_CONFIG.consoleUrl;

/** What the fake console serves; each test edits its copy. */
export interface ConsoleWorld {
  version: string;
  projects: Project[];
  environments: Record<string, Environment[]>;
  repositories: Record<string, Repository[]>;
  services: Record<string, ProjectService[]>;
  deployments: Record<string, Deployment[]>;
  /** Every request received, as `METHOD /path?query`. */
  requests: string[];
}

/** Two projects: `portail` (dev + prod, api + infra) and `sirh` (nothing). */
export function consoleWorld(): ConsoleWorld {
  const sirhId = 'f548b5e1-ad80-4f5e-8bd2-2d1e0f9a8b7e';
  return {
    version: '9.24.0',
    projects: [
      project({
        id: sirhId,
        name: 'sirh',
        slug: 'sirh',
        members: [],
        roles: [],
      }),
      project(),
    ],
    environments: {
      [IDS.project]: [
        environment(),
        environment({
          id: IDS.envProd,
          name: 'prod',
          stageId: IDS.stageProd,
          clusterId: IDS.clusterProd,
        }),
      ],
      [sirhId]: [],
    },
    repositories: {
      [IDS.project]: [
        repository(),
        repository({
          id: IDS.repoInfra,
          internalRepoName: 'infra',
          isInfra: true,
        }),
      ],
      [sirhId]: [],
    },
    services: { [IDS.project]: services(), [sirhId]: [] },
    deployments: { [IDS.project]: [], [sirhId]: [] },
    requests: [],
  };
}

/** msw handlers serving `world` like the console 9.24 does. */
export function consoleHandlers(world: ConsoleWorld) {
  const record = (request: Request) => {
    const url = new URL(request.url);
    world.requests.push(`${request.method} ${url.pathname}${url.search}`);
  };
  const perProject =
    (lists: () => Record<string, unknown[]>) =>
    ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, unknown>;
    }) => {
      record(request);
      const list = lists()[String(params.id)];
      return list
        ? HttpResponse.json(list)
        : HttpResponse.json(
            {
              statusCode: 404,
              message: 'Projet introuvable',
              error: 'Not Found',
            },
            { status: 404 },
          );
    };
  const world0 = topology();
  return [
    http.get(`${CONSOLE}/api/v1/version`, ({ request }) => {
      record(request);
      return HttpResponse.json({ version: world.version });
    }),
    http.get(`${CONSOLE}/api/v1/stages`, ({ request }) => {
      record(request);
      return HttpResponse.json([...world0.stages.values()]);
    }),
    http.get(`${CONSOLE}/api/v1/zones`, ({ request }) => {
      record(request);
      return HttpResponse.json([...world0.zones.values()]);
    }),
    http.get(`${CONSOLE}/api/v1/clusters`, ({ request }) => {
      record(request);
      return HttpResponse.json([...world0.clusters.values()]);
    }),
    http.get(`${CONSOLE}/api/v1/projects`, ({ request }) => {
      record(request);
      // The status and lock filters, as the console applies them.
      const query = new URL(request.url).searchParams;
      const list = (key: string) => query.get(key)?.split(',');
      const statusIn = list('statusIn');
      const statusNotIn = list('statusNotIn') ?? [];
      const locked = query.get('locked');
      const id = query.get('id');
      return HttpResponse.json(
        world.projects.filter(
          p =>
            (id === null || p.id === id) &&
            (!statusIn || statusIn.includes(p.status)) &&
            !statusNotIn.includes(p.status) &&
            (locked === null || String(p.locked) === locked),
        ),
      );
    }),
    http.get(
      `${CONSOLE}/api/v2/projects/:id/environments`,
      perProject(() => world.environments),
    ),
    http.get(
      `${CONSOLE}/api/v2/projects/:id/repositories`,
      perProject(() => world.repositories),
    ),
    http.get(
      `${CONSOLE}/api/v1/projects/:id/services`,
      perProject(() => world.services),
    ),
    http.get(
      `${CONSOLE}/api/v1/projects/:id/deployments`,
      perProject(() => world.deployments),
    ),
  ];
}
