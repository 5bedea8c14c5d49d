import { Client } from 'pg';

/** The tests' PostgreSQL server (`scripts/test.sh` makes sure it runs). */
export const testPostgresUrl =
  process.env.CPIN_TEST_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Runs `fn` with a client of `database` (by default, the URL's) on the
 * server at `url`.
 */
export async function withPostgres<T>(
  fn: (client: Client) => Promise<T>,
  options: { database?: string; url?: string } = {},
): Promise<T> {
  const { database, url = testPostgresUrl } = options;
  const client = new Client({
    connectionString: database ? url.replace(/\/[^/]*$/, `/${database}`) : url,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The databases a run created: their names start with its `prefix`. */
export async function databasesOfRun(
  prefix: string,
  url = testPostgresUrl,
): Promise<string[]> {
  return withPostgres(
    async client => {
      const { rows } = await client.query(
        'SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname',
        [`${prefix}%`],
      );
      return rows.map(row => row.datname as string);
    },
    { url },
  );
}

/** Drops the databases of a run, closing the connections left to them. */
export async function dropDatabasesOfRun(
  prefix: string,
  url = testPostgresUrl,
): Promise<void> {
  for (const database of await databasesOfRun(prefix, url)) {
    await withPostgres(
      client => client.query(`DROP DATABASE "${database}" WITH (FORCE)`),
      { url },
    );
  }
}
