// The store contract on PostgreSQL (TEST_DATABASE_URL), in a schema of its own; plus concurrent migration.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/store/migrate';
import { available } from '../helpers/require-env';
import { freshPostgres } from '../helpers/stores';
import { runStoreContract } from './store-contract';

const run = available('postgres');

if (run) {
  runStoreContract('postgres', freshPostgres);

  describe('store contract: postgres, several instances', () => {
    it('[ARCH-store] two instances migrating one database at once apply each migration exactly once', async () => {
      const a = await freshPostgres();
      // A second pool on the same schema stands in for a second server instance.
      const { createPostgresStore } = await import('../../src/server/store/postgres');
      const schema = (await a.query<{ s: string }>('select current_schema() as s'))[0]!.s;
      const b = await createPostgresStore({ connectionString: process.env.TEST_DATABASE_URL!, schema, max: 2 });
      try {
        const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
        expect([...ra, ...rb].sort()).toEqual(ra.length ? ra : rb);
        const rows = await a.query('select version from schema_migrations');
        expect(rows.length).toBe(ra.length + rb.length);
      } finally {
        await b.close();
        await a.close();
      }
    });
  });
} else {
  describe.skipIf(true)('store contract: postgres', () => {
    it('needs TEST_DATABASE_URL', () => undefined);
  });
}
