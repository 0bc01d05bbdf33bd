// The Xianyang demo seed: places, catalogue, companies, volunteers, residents, callers, accounts and orders, in one go.
// Must not write change_log or audit_log (the sync layer owns the first baseline), nor seed a store twice.
import { hashPassword } from '../auth/password';
import type { Queryable, Store } from '../store/store';
import { buildCategoryRows, buildPriceRows } from './catalogue';
import { buildCallers } from './demo-callers';
import { buildCompanies } from './demo-companies';
import type { DemoContext } from './demo-context';
import { buildDevices } from './demo-devices';
import { buildOrders } from './demo-orders';
import { buildResidents } from './demo-residents';
import { buildUsers, DEMO_PASSWORD } from './demo-users';
import { buildVolunteers } from './demo-volunteers';
import { insertRows } from './insert-rows';
import { createPhoneBook } from './people';
import { createRandom } from './random';
import { buildXianyangPlaces } from './xianyang';

export { DEMO_PASSWORD, type DemoAccount, demoAccounts } from './demo-users';

/** 12345, the hotline's number: any seed works, this one is the default so every fresh demo looks the same. */
export const DEFAULT_DEMO_SEED = 12345;

export interface SeedDemoOptions {
  seed?: number;
  now?: Date;
  /** A ready hash of `anxin-demo`, to skip the ~100 ms scrypt (tests) or to make even the hashes repeat. */
  passwordHash?: string;
}

export interface DemoSummary {
  seed: number;
  at: string;
  /** Rows inserted, by table. */
  counts: Record<string, number>;
}

/** Every table's rows, in insertion order (parents before children), ready for insertRows. */
export type DemoTables = [table: string, rows: readonly object[]][];

/** Builds all demo rows without touching a store: the same seed, now and hash give identical rows. */
export function buildDemoTables(seed: number, now: Date, passwordHash: string): DemoTables {
  const random = createRandom(seed);
  const places = buildXianyangPlaces(random.fork('places'));
  const ctx: DemoContext = { now, places, phones: createPhoneBook(random.fork('phones')) };
  const companies = buildCompanies(random.fork('companies'), ctx);
  const volunteers = buildVolunteers(random.fork('volunteers'), ctx, companies);
  const { residents, contacts } = buildResidents(random.fork('residents'), ctx);
  const users = buildUsers(random.fork('users'), ctx, passwordHash, companies, volunteers);
  const orders = buildOrders(random.fork('orders'), ctx, { residents, companies, volunteers, users });
  const callers = buildCallers(random.fork('callers'), ctx, residents, orders.orders, orders.callers);
  return [
    ['districts', places.districts.map((d) => ({ id: d.id, name: d.name, name_en: d.nameEn, ...d.centre }))],
    ['streets', places.streets.map((s) => ({ id: s.id, district_id: s.districtId, name: s.name, name_en: s.nameEn }))],
    [
      'communities',
      places.communities.map((c) => ({
        id: c.id,
        street_id: c.streetId,
        district_id: c.districtId,
        name: c.name,
        name_en: c.nameEn,
        ...c.point,
      })),
    ],
    ['service_categories', buildCategoryRows()],
    ['service_prices', buildPriceRows()],
    ['companies', companies],
    ['volunteers', volunteers],
    ['residents', residents],
    ['resident_contacts', contacts],
    ['devices', buildDevices(ctx, residents)],
    ['callers', callers],
    ['users', users.users],
    ['user_communities', users.userCommunities],
    ['orders', orders.orders],
    ['order_events', orders.events],
    ['order_notes', orders.notes],
  ];
}

/** Seeds the demo into an empty, migrated store in one transaction; throws if the demo is already there. */
export async function seedDemo(store: Store, options: SeedDemoOptions = {}): Promise<DemoSummary> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = options.now ?? new Date();
  // scrypt costs ~100 ms by design (auth/password.ts): hash once and share it among the demo accounts, which all
  // have the same password anyway. Done before the transaction so no lock is held while hashing.
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const tables = buildDemoTables(seed, now, passwordHash);
  const at = now.toISOString();
  const counts = await store.transaction(async (tx) => {
    await assertNotSeeded(tx);
    const inserted: Record<string, number> = {};
    for (const [table, rows] of tables) inserted[table] = await insertRows(tx, table, rows);
    // Order numbers 1..n are taken by the demo: the next real order continues after them.
    const orderCount = inserted.orders ?? 0;
    if (orderCount > 0) await tx.query('select setval($1::regclass, $2::bigint)', ['order_no_seq', orderCount]);
    // The value goes in as text and is cast, so both drivers send the JSON unchanged (PGlite would re-encode a string).
    await tx.query(`insert into settings (key, value, updated_at) values ('demo_seeded', $1::text::jsonb, $2)`, [
      JSON.stringify({ seed, at }),
      at,
    ]);
    inserted.settings = 1;
    // No change_log rows here: the sync layer writes the first baseline of whatever the store holds.
    return inserted;
  });
  return { seed, at, counts };
}

async function assertNotSeeded(tx: Queryable): Promise<void> {
  const [row] = await tx.query<{ seeded: boolean; districts: number }>(
    `select exists(select 1 from settings where key = 'demo_seeded') as seeded,
            (select count(*)::int from districts) as districts`,
  );
  if (row?.seeded || (row?.districts ?? 0) > 0) throw new Error('the demo is already seeded (or the store is in use)');
}
