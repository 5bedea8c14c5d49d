/*
 * Measures what a full mutation costs the real catalog (in-memory SQLite,
 * processing loop off so only the write is timed): once into an empty
 * catalog, then the same entities again, which is what a run with nothing
 * changed upstream costs. Used by `catalogBench.ts --catalog-write`.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  EntityProviderConnection,
  EntityProviderMutation,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';

/** Seconds taken by each successive `applyMutation(mutation)`. */
export async function timeCatalogWrites(
  mutation: EntityProviderMutation,
  times: number,
): Promise<number[]> {
  let connection: EntityProviderConnection | undefined;
  const probe = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-probe',
    register(env) {
      env.registerInit({
        deps: { processing: catalogProcessingExtensionPoint },
        async init({ processing }) {
          processing.addEntityProvider({
            // The provider name of the benchmarked provider.
            getProviderName: () => 'CloudPiNativeEntityProvider:bench',
            connect: async c => {
              connection = c;
            },
          });
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      probe,
      mockServices.rootLogger.factory({ level: 'error' }),
      mockServices.rootConfig.factory({
        data: { catalog: { processingInterval: false } },
      }),
    ],
  });
  try {
    const seconds: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = process.hrtime.bigint();
      await connection!.applyMutation(mutation);
      seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    return seconds;
  } finally {
    await backend.stop();
  }
}
