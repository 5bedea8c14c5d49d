import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import cloudPiNativePlugin from '@cpin/plugin-cloud-pi-native-backend';
import {
  databasesOfRun,
  dropDatabasesOfRun,
  testPostgresUrl,
  withPostgres,
} from './__testUtils__/postgres';

// The production database: PostgreSQL. The databases of this run:
const prefix = `cpin_test_${process.pid}_${Date.now()}_`;

describe('the backend on PostgreSQL', () => {
  afterAll(() => dropDatabasesOfRun(prefix), 30_000);

  it('boots its stateful plugins against PostgreSQL and serves catalog data from it', async () => {
    const examples = path.resolve(__dirname, '../../../examples/entities.yaml');
    const backend = await startTestBackend({
      features: [
        databaseServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              baseUrl: 'http://localhost:7007',
              database: {
                client: 'pg',
                connection: testPostgresUrl,
                prefix,
                pluginDivisionMode: 'database',
              },
            },
            catalog: {
              processingInterval: { seconds: 1 },
              rules: [{ allow: ['System', 'Component', 'Location'] }],
              locations: [{ type: 'file', target: examples }],
            },
          },
        }),
        catalogPlugin,
        scaffolderPlugin,
        cloudPiNativePlugin,
      ],
    });

    try {
      const { port } = backend.server.address() as AddressInfo;
      const url = `http://localhost:${port}/api/catalog/entities/by-name/system/default/cloud-pi-native-backstage`;
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        status = (await fetch(url)).status;
        if (status !== 200) await new Promise(r => setTimeout(r, 500));
      }
      expect(status).toBe(200);

      const databases = await databasesOfRun(prefix);
      expect(databases).toEqual(
        expect.arrayContaining([`${prefix}catalog`, `${prefix}scaffolder`]),
      );
      const stored = await withPostgres(
        async client => {
          const { rows } = await client.query(
            'SELECT count(*)::int AS n FROM final_entities WHERE final_entity LIKE $1',
            ['%"cloud-pi-native-backstage"%'],
          );
          return rows[0].n as number;
        },
        { database: `${prefix}catalog` },
      );
      expect(stored).toBeGreaterThan(0);
    } finally {
      await backend.stop();
    }
  }, 60_000);
});
