import { mockServices } from '@backstage/backend-test-utils';
import { metricsServiceMock } from '@backstage/backend-test-utils/alpha';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { DefaultCloudPiService } from '@cpin/plugin-cloud-pi-native-node';
import {
  CloudPiNativeEntityProvider,
  CloudPiNativeEntityProviderOptions,
} from '../providers/CloudPiNativeEntityProvider';
import { captureLogger } from './captureLogger';
import { fakeConnection } from './fakeConnection';
import { liveCatalog } from './liveCatalog';
import { memoryCache } from './memoryCache';

function user(name: string, email: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { email }, memberOf: [] },
  };
}

/** The demo people of the sandbox, as an org provider would import them. */
export const DEMO_USERS: Entity[] = [
  user('alice.martin', 'alice.martin@interieur.gouv.fr'),
  user('bob.durand', 'bob.durand@interieur.gouv.fr'),
  user('david.moreau', 'david.moreau@interieur.gouv.fr'),
];

/**
 * A provider built through `fromConfig` with a mock scheduler, a catalog
 * holding `users` that the recording connection writes into, a capturing
 * logger and mocked metrics.
 */
export async function startProvider(options: {
  instance: Record<string, unknown>;
  provider?: Record<string, unknown>;
  users?: Entity[];
  /** Replaces the in-memory catalog holding `users`. */
  catalog?: CloudPiNativeEntityProviderOptions['catalog'];
  ready?: Promise<void>;
  events?: CloudPiNativeEntityProviderOptions['events'];
  /** Replaces the in-memory cache of project lists; `null` for none. */
  cache?: CloudPiNativeEntityProviderOptions['cache'] | null;
  /** Leave the provider unconnected. */
  connect?: boolean;
}) {
  const config = new ConfigReader({
    cloudPiNative: { instances: [options.instance] },
    catalog: { providers: { cloudPiNative: { main: options.provider ?? {} } } },
  } as never);
  const logger = captureLogger();
  const cloudPi = DefaultCloudPiService.fromConfig(config, { logger });
  const scheduler = mockServices.scheduler();
  const metrics = metricsServiceMock.mock();
  // The catalog the connection writes into, unless a test brings its own.
  const live = liveCatalog(options.users ?? DEMO_USERS);
  const [provider, ...others] = CloudPiNativeEntityProvider.fromConfig(config, {
    logger,
    cloudPi,
    catalog: options.catalog ?? live.catalog,
    auth: mockServices.auth(),
    scheduler,
    ready: options.ready,
    metrics,
    events: options.events,
    cache: options.cache === null ? undefined : options.cache ?? memoryCache(),
  });
  if (others.length > 0) throw new Error('Expected one provider');
  const connection = options.catalog ? fakeConnection() : live.connection;
  if (options.connect !== false) await provider.connect(connection);
  const taskId = `${provider.getProviderName()}:refresh`;
  return {
    provider,
    connection,
    logger,
    cloudPi,
    scheduler,
    metrics,
    taskId,
    /** Runs the scheduled task once, as the scheduler would. */
    run: () => scheduler.triggerTask(taskId),
  };
}
