// The store contract: what every adapter (PGlite, PostgreSQL) must do the same way, run against both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncTables } from '../../src/protocol/rows';
import { listMigrations, migrate, splitSql } from '../../src/server/store/migrate';
import type { Store } from '../../src/server/store/store';

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await makeStore();
      await migrate(store);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('[ARCH-store] applies every numbered migration once, and a second run applies nothing', async () => {
      const rows = await store.query<{ version: number }>('select version from schema_migrations order by version');
      expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
      expect(await migrate(store)).toEqual([]);
    });

    it('[SYN-3] has a table for every table devices pull, plus the change log and processed mutations', async () => {
      const rows = await store.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = current_schema()`,
      );
      const names = new Set(rows.map((r) => r.table_name));
      for (const t of [
        ...Object.keys(syncTables),
        'change_log',
        'processed_mutations',
        'audit_log',
        'sessions',
        'jobs',
      ]) {
        expect(names, t).toContain(t);
      }
    });

    it('[ARCH-store] returns dates as YYYY-MM-DD, timestamps as Date, bigint as number, arrays and json as values', async () => {
      const [row] = await store.query<Record<string, unknown>>(
        `select date '1941-03-05' as d, timestamptz '2026-11-23T08:00:00Z' as t, 9007199254740991::int8 as n,
                array['a','b']::text[] as arr, '{"x":1}'::jsonb as j, null::text as nothing, 1.5::float8 as f`,
      );
      expect(row).toEqual({
        d: '1941-03-05',
        t: new Date('2026-11-23T08:00:00Z'),
        n: 9007199254740991,
        arr: ['a', 'b'],
        j: { x: 1 },
        nothing: null,
        f: 1.5,
      });
    });

    it('[SEC-3] a transaction that throws leaves nothing half-written', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.query(`insert into settings (key, value) values ('contract.a', '1')`);
          await tx.query(`insert into settings (key, value) values ('contract.a', '2')`); // duplicate key
        }),
      ).rejects.toMatchObject({ code: '23505' });
      expect(await store.query(`select * from settings where key = 'contract.a'`)).toEqual([]);
    });

    it('[SEC-3] a committed transaction keeps all its writes and returns its value', async () => {
      const value = await store.transaction(async (tx) => {
        await tx.query(`insert into settings (key, value) values ('contract.b', '"x"'), ('contract.c', '"y"')`);
        return 42;
      });
      expect(value).toBe(42);
      const rows = await store.query<{ key: string }>(
        `select key from settings where key like 'contract.%' order by key`,
      );
      expect(rows.map((r) => r.key)).toEqual(['contract.b', 'contract.c']);
    });

    it('[SYN-2] concurrent transactions on one row serialise: no lost update', async () => {
      await store.query(`insert into settings (key, value) values ('contract.counter', '0')`);
      const bump = () =>
        store.transaction(async (tx) => {
          const [r] = await tx.query<{ value: number }>(
            `select value from settings where key = 'contract.counter' for update`,
          );
          await tx.query(`update settings set value = $1 where key = 'contract.counter'`, [
            JSON.stringify(Number(r!.value) + 1),
          ]);
        });
      await Promise.all(Array.from({ length: 8 }, bump));
      const [r] = await store.query<{ value: number }>(`select value from settings where key = 'contract.counter'`);
      expect(r!.value).toBe(8);
    });

    it('[ARCH-store] the change log sequence only grows', async () => {
      const insert = () =>
        store.query<{ seq: number }>(
          `insert into change_log (tbl, row_id, op) values ('settings', 'x', 'put') returning seq`,
        );
      const [a] = await insert();
      const [b] = await insert();
      expect(typeof a!.seq).toBe('number');
      expect(b!.seq).toBeGreaterThan(a!.seq);
    });

    it('[BIL-4] the card ledger refuses a second charge for one service log', async () => {
      await store.query(
        `insert into districts (id, name, lat, lng) values ('d1', 'D', 34.3, 108.7);
         `.replace(';', ''),
      );
      await store.query(`insert into streets (id, district_id, name) values ('s1', 'd1', 'S')`);
      await store.query(
        `insert into communities (id, street_id, district_id, name, lat, lng) values ('c1','s1','d1','C',34.3,108.7)`,
      );
      await store.query(
        `insert into residents (id, name, gender, birth_date, community_id) values ('r1', '张三', 'male', '1940-01-01', 'c1')`,
      );
      await store.query(
        `insert into users (id, username, display_name, role, password_hash) values ('u1', 'u1', 'U', 'field_worker', 'x')`,
      );
      await store.query(
        `insert into service_logs (id, provider_user_id, resident_id, mode, clock_in_at) values ('l1', 'u1', 'r1', 'paid', now())`,
      );
      const charge = (id: string) =>
        store.query(
          `insert into card_transactions (id, resident_id, service_log_id, kind, amount_cents) values ($1, 'r1', 'l1', 'charge', -3000)`,
          [id],
        );
      await charge('t1');
      await expect(charge('t2')).rejects.toMatchObject({ code: '23505' });
    });

    it('[ARCH-store] splits a migration script on statement ends, not inside strings or comments', () => {
      expect(splitSql(`select 'a;b'; -- x; y\nselect 2;`)).toEqual([`select 'a;b'`, 'select 2']);
    });
  });
}
