import {
  BackendFeature,
  ServiceFactory,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CloudPiInstanceRequestEvent,
  CloudPiService,
  cloudPiServiceRef,
} from '@cpin/plugin-cloud-pi-native-node';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { Server } from 'node:http';
import { cloudPiNativePlugin } from '../plugin';
import {
  USERS,
  demoEntities,
  readProjectIds,
  sandboxInstanceConfig,
} from './demoWorld';

/** The demo sandbox with the ids of its projects. */
export interface DemoSandbox {
  sandbox: Sandbox;
  projectIds: Record<string, string>;
  entities: Entity[];
}

/** Starts the sandbox with the demo world (ephemeral port). */
export async function startDemoSandbox(
  options: { latencyMs?: number } = {},
): Promise<DemoSandbox> {
  const sandbox = await startSandbox({
    port: 0,
    seed: 'demo',
    latencyMs: options.latencyMs,
  });
  const projectIds = await readProjectIds(sandbox);
  sandbox.resetStats();
  return { sandbox, projectIds, entities: demoEntities(projectIds) };
}

/** Options of {@link startCardsBackend}. */
export interface CardsBackendOptions {
  world: DemoSandbox;
  /** `cloudPiNative.cards`; platform admins default to the demo admin. */
  cards?: JsonObject;
  /** Merged into the sandbox instance configuration. */
  instance?: JsonObject;
  /** Replaces the catalog entities (default: the demo entities in memory). */
  entities?: Entity[];
  /** Replaces the catalog service factory altogether. */
  catalog?: ServiceFactory;
  features?: BackendFeature[];
}

/** A running backend with the plugin, and every upstream call it made. */
export interface CardsBackend {
  server: Server;
  /** Upstream calls observed by the Cloud π service since the last `resetCalls`. */
  calls: CloudPiInstanceRequestEvent[];
  resetCalls(): void;
  stop(): Promise<void>;
}

/**
 * Starts a test backend with the plugin against the sandbox, the catalog
 * mocked with the demo entities, and an observer counting upstream calls.
 */
export async function startCardsBackend(
  options: CardsBackendOptions,
): Promise<CardsBackend> {
  const { world } = options;
  const calls: CloudPiInstanceRequestEvent[] = [];
  let service: CloudPiService | undefined;

  const backend = await startTestBackend({
    features: [
      cloudPiNativePlugin,
      options.catalog ??
        catalogServiceMock.factory({
          entities: options.entities ?? world.entities,
        }),
      mockServices.rootConfig.factory({
        data: {
          cloudPiNative: {
            instances: [sandboxInstanceConfig(world.sandbox, options.instance)],
            cards: { platformAdmins: [USERS.admin.ref], ...options.cards },
          },
        },
      }),
      ...(options.features ?? []),
      // Observe every upstream call the plugin's Cloud π service makes.
      observerModule(svc => {
        service = svc;
        svc.addRequestObserver(event => calls.push(event));
      }),
    ],
  });
  if (!service) throw new Error('The Cloud π service was not initialised');

  return {
    server: backend.server,
    calls,
    resetCalls: () => {
      calls.length = 0;
    },
    stop: () => backend.stop(),
  };
}

/** A module of the plugin sees the same root-scoped Cloud π service. */
function observerModule(onService: (service: CloudPiService) => void) {
  return createBackendModule({
    pluginId: 'cloud-pi-native',
    moduleId: 'test-request-observer',
    register(env) {
      env.registerInit({
        deps: { cloudPi: cloudPiServiceRef },
        async init({ cloudPi }) {
          onService(cloudPi);
        },
      });
    },
  });
}

/** Counts calls per `upstream METHOD path`. */
export function countCalls(
  calls: CloudPiInstanceRequestEvent[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) {
    const key = `${call.upstream} ${call.method} ${call.path}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
