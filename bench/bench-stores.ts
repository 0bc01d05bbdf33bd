// The stores a benchmark runs on: PGlite always, then PostgreSQL in a throwaway schema when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set (the schema is dropped after). Must not measure anything itself.
import pg from 'pg';
import { createPgliteStore } from '../src/server/store/pglite';
import { createPostgresStore } from '../src/server/store/postgres';
import type { Store } from '../src/server/store/store';

export type BenchStoreName = 'pglite' | 'postgres';

/** Runs `bench` on a fresh PGlite store, then on PostgreSQL if configured; says so when PostgreSQL is skipped. */
export async function onEachBenchStore(
  benchName: string,
  bench: (name: BenchStoreName, store: Store) => Promise<void>,
): Promise<void> {
  const pglite = await createPgliteStore();
  try {
    await bench('pglite', pglite);
  } finally {
    await pglite.close();
  }
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log(JSON.stringify({ bench: benchName, store: 'postgres', skipped: 'set BENCH_DATABASE_URL' }));
    return;
  }
  const schema = `anxin_bench_${benchName.replace(/\W/g, '_')}_${process.pid}`;
  const store = await createPostgresStore({ connectionString: url, schema });
  try {
    await bench('postgres', store);
  } finally {
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
}
