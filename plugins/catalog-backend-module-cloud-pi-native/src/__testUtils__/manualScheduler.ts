import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';

/**
 * The test scheduler for every plugin of a test backend. Nothing runs on
 * its own: `scheduler.triggerTask(id)` runs a task and resolves once it
 * has finished, so runs are deterministic.
 */
export function manualScheduler() {
  const scheduler = mockServices.scheduler();
  return {
    scheduler,
    factory: createServiceFactory({
      service: coreServices.scheduler,
      deps: {},
      factory: () => scheduler,
    }),
  };
}
