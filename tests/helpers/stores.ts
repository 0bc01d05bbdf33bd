// Test stores: a PGlite copy of the migrated and seeded dump made once per run (global-store.ts), or a PostgreSQL
// schema of its own per test file, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createPgliteStore } from '../../src/server/store/pglite';
import { createPostgresStore, quoteIdent } from '../../src/server/store/postgres';
import type { Store } from '../../src/server/store/store';
import { postgresUrl } from './require-env';

export const seededDumpPath = '.tmp/test-store-seeded.tar';

/** An in-memory PGlite holding the migrated Xianyang demo, loaded from the run's dump (about 0.7 s). */
export async function seededPglite(): Promise<Store> {
  const blob = new Blob([readFileSync(seededDumpPath)]);
  return createPgliteStore({ loadDataDir: blob });
}

/** An empty PostgreSQL schema of its own; close() drops it. */
export async function freshPostgres(): Promise<Store> {
  const schema = `anxin_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const store = await createPostgresStore({ connectionString: postgresUrl, schema, max: 4 });
  return {
    ...store,
    close: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${quoteIdent(schema)} cascade`);
  } finally {
    await client.end();
  }
}
