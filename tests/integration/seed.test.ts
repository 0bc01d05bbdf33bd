// The Xianyang demo seed on a real (in-memory PGlite) store: counts, places inside real outlines, contacts, id cards,
// accounts, orders, and the same seed giving the same rows. Must not assert timings: the seed time is only printed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineMeters } from '../../src/domain/geo/distance';
import { type AreaGeometry, isPointInGeometry } from '../../src/domain/geo/point-in-polygon';
import { verifyPassword } from '../../src/server/auth/password';
import { type DemoSummary, seedDemo } from '../../src/server/seed/demo';
import { migrate } from '../../src/server/store/migrate';
import { createPgliteStore, type PgliteStore } from '../../src/server/store/pglite';

const now = new Date('2026-11-23T06:30:00Z'); // 14:30 in 咸阳
const geojson = JSON.parse(
  readFileSync(new URL('../../public/geo/xianyang-districts.geojson', import.meta.url), 'utf8'),
) as {
  features: { properties: { code: string; name: string }; geometry: AreaGeometry }[];
};
const outlines = new Map(geojson.features.map((f) => [f.properties.code, f.geometry]));

let store: PgliteStore;
let migrated: Blob;
let summary: DemoSummary;

beforeAll(async () => {
  store = await createPgliteStore();
  await migrate(store);
  migrated = await store.dump();
  const started = performance.now();
  summary = await seedDemo(store, { now });
  console.log(`[seed] seedDemo took ${Math.round(performance.now() - started)} ms:`, JSON.stringify(summary.counts));
}, 60_000);

afterAll(async () => {
  await store?.close();
});

type Located = { id: string; district_id: string; lat: number; lng: number };
function outsideOwnDistrict(rows: readonly Located[]): Located[] {
  return rows.filter((r) => !isPointInGeometry(r, outlines.get(r.district_id)!));
}

/** GB 11643 / ISO 7064 MOD 11-2, written out again here so the test does not trust the seed's own helper. */
function isIdCardValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

describe('Xianyang demo seed', () => {
  it('[REG-5] seeds all 14 districts from the real outlines, with streets and 2–6 communities each', async () => {
    const districts = await store.query<{ id: string; name: string }>('select id, name from districts order by id');
    expect(districts).toHaveLength(14);
    for (const d of districts) expect(outlines.has(d.id)).toBe(true);
    expect(districts.find((d) => d.id === '610402')?.name).toBe('秦都区');
    const perStreet = await store.query<{ id: string; n: number }>(
      'select s.id, count(c.id)::int as n from streets s left join communities c on c.street_id = s.id group by s.id',
    );
    expect(perStreet.length).toBeGreaterThanOrEqual(60);
    for (const s of perStreet) {
      expect(s.id).toMatch(/^6104\d\d-\d\d$/);
      expect(s.n).toBeGreaterThanOrEqual(2);
      expect(s.n).toBeLessThanOrEqual(6);
    }
    const names = (await store.query<{ name: string }>(`select name from streets where district_id = '610402'`)).map(
      (r) => r.name,
    );
    expect(names).toEqual(expect.arrayContaining(['人民路街道', '西兰路街道', '渭滨街道']));
  });

  it('[REG-5] places every community inside its district, urban ones within 6 km of the city centre', async () => {
    const communities = await store.query<Located & { street_id: string }>(
      'select id, street_id, district_id, lat, lng from communities',
    );
    expect(outsideOwnDistrict(communities)).toEqual([]);
    for (const c of communities) {
      expect(c.id.startsWith(`${c.street_id}-`)).toBe(true);
      if (c.district_id === '610402' || c.district_id === '610404') {
        expect(haversineMeters(c, { lat: 34.33, lng: 108.71 })).toBeLessThanOrEqual(6000);
      }
    }
  });

  it('[REG-5] has a two-level catalogue priced paid > low-cost > free = 0', async () => {
    const rows = await store.query<{ id: string; parent_id: string | null; paid: number; low: number; free: number }>(
      `select c.id, c.parent_id,
              max(p.price_cents) filter (where mode = 'paid') as paid,
              max(p.price_cents) filter (where mode = 'low_cost') as low,
              max(p.price_cents) filter (where mode = 'free') as free
         from service_categories c left join service_prices p on p.category_id = c.id group by c.id, c.parent_id`,
    );
    const leaves = rows.filter((r) => r.parent_id !== null);
    expect(rows.filter((r) => r.parent_id === null).map((r) => r.id)).toEqual(
      expect.arrayContaining(['housekeeping', 'repair', 'care', 'medical', 'locksmith']),
    );
    expect(leaves.map((r) => r.id)).toEqual(
      expect.arrayContaining(['care.meal', 'repair.drain', 'housekeeping.cleaning']),
    );
    for (const leaf of leaves) {
      expect(leaf.id.startsWith(`${leaf.parent_id}.`)).toBe(true);
      expect(leaf.paid).toBeGreaterThan(leaf.low);
      expect(leaf.low).toBeGreaterThan(0);
      expect(leaf.free).toBe(0);
    }
  });

  it('[REG-1] seeds 80 partner companies inside their districts, with 24-hour medical or care providers', async () => {
    const companies = await store.query<
      Located & {
        status: string;
        is_24h: boolean;
        category_ids: string[];
        suspended_on: string | null;
        exited_on: string | null;
      }
    >('select id, district_id, lat, lng, status, is_24h, category_ids, suspended_on, exited_on from companies');
    expect(companies).toHaveLength(80);
    expect(outsideOwnDistrict(companies)).toEqual([]);
    const nightCare = companies.filter(
      (c) => c.status === 'active' && c.is_24h && c.category_ids.some((id) => /^(medical|care)\./.test(id)),
    );
    expect(nightCare.length).toBeGreaterThanOrEqual(3);
    expect(companies.filter((c) => c.status === 'active').length).toBeGreaterThan(60);
    for (const c of companies) {
      expect(c.suspended_on !== null).toBe(c.status === 'suspended');
      expect(c.exited_on !== null).toBe(c.status === 'exited');
    }
  });

  it('[REG-2] seeds 300 volunteers at home in their communities, about a quarter on duty nearby', async () => {
    const volunteers = await store.query<
      Located & {
        kind: string;
        company_id: string | null;
        on_duty: boolean;
        duty_lat: number | null;
        duty_lng: number | null;
      }
    >('select id, district_id, lat, lng, kind, company_id, on_duty, duty_lat, duty_lng from volunteers');
    expect(volunteers).toHaveLength(300);
    expect(outsideOwnDistrict(volunteers)).toEqual([]);
    const kinds = (kind: string) => volunteers.filter((v) => v.kind === kind);
    expect(kinds('care_aide')).toHaveLength(30);
    expect(kinds('technician')).toHaveLength(20);
    for (const t of kinds('technician')) expect(t.company_id).not.toBeNull();
    const onDuty = volunteers.filter((v) => v.on_duty);
    expect(onDuty.length).toBeGreaterThan(50);
    expect(onDuty.length).toBeLessThan(100);
    for (const v of onDuty) {
      expect(haversineMeters(v, { lat: v.duty_lat!, lng: v.duty_lng! })).toBeLessThanOrEqual(1500);
      expect(isPointInGeometry({ lat: v.duty_lat!, lng: v.duty_lng! }, outlines.get(v.district_id)!)).toBe(true);
    }
  });

  it('[REG-3] seeds about 2,000 residents aged 60–98 inside their districts', async () => {
    const residents = await store.query<Located & { age: number; lives_alone: boolean; device_id: string | null }>(
      `select id, district_id, lat, lng, lives_alone, device_id,
              extract(year from age($1::date, birth_date))::int as age from residents`,
      ['2026-11-23'],
    );
    expect(residents.length).toBeGreaterThanOrEqual(1900);
    expect(residents.length).toBeLessThanOrEqual(2100);
    expect(outsideOwnDistrict(residents)).toEqual([]);
    for (const r of residents) {
      expect(r.age).toBeGreaterThanOrEqual(60);
      expect(r.age).toBeLessThanOrEqual(98);
    }
    const share = (pred: (r: (typeof residents)[number]) => boolean) =>
      residents.filter(pred).length / residents.length;
    expect(share((r) => r.lives_alone)).toBeGreaterThan(0.25);
    expect(share((r) => r.lives_alone)).toBeLessThan(0.35);
    expect(share((r) => r.device_id !== null)).toBeGreaterThan(0.35);
    expect(share((r) => r.device_id !== null)).toBeLessThan(0.45);
  });

  it('[REG-3] gives every resident an 18-character id card with a valid check digit matching birth date and gender', async () => {
    const rows = await store.query<{ id_card: string; birth_date: string; gender: string }>(
      'select id_card, birth_date, gender from residents',
    );
    for (const r of rows) {
      expect(r.id_card).toHaveLength(18);
      expect(isIdCardValid(r.id_card), r.id_card).toBe(true);
      expect(r.id_card.slice(0, 4)).toBe('6104');
      expect(r.id_card.slice(6, 14)).toBe(r.birth_date.replaceAll('-', ''));
      expect(Number(r.id_card[16]) % 2 === 1).toBe(r.gender === 'male');
    }
  });

  it('[REG-3] lists 2–4 contacts per resident in calling order, family first', async () => {
    const rows = await store.query<{ positions: number[]; relations: string[] }>(
      `select array_agg(c.position order by c.position) as positions, array_agg(c.relation order by c.position) as relations
         from residents r left join resident_contacts c on c.resident_id = r.id group by r.id`,
    );
    for (const r of rows) {
      expect(r.positions.length).toBeGreaterThanOrEqual(2);
      expect(r.positions.length).toBeLessThanOrEqual(4);
      expect(r.positions).toEqual(r.positions.map((_, i) => i + 1));
      expect(r.relations[0]).toBe('family');
    }
  });

  it('[REG-4] classes every resident phone as elderly and keeps a few VIP, important and blacklisted numbers', async () => {
    const [missing] = await store.query<{ n: number }>(
      `select count(*)::int as n from residents r
        where not exists (select 1 from callers c where c.phone = r.phone and c.class = 'elderly' and c.resident_id = r.id)`,
    );
    expect(missing?.n).toBe(0);
    const classes = await store.query<{ class: string; n: number }>(
      'select class, count(*)::int as n from callers group by class',
    );
    for (const cls of ['vip', 'important', 'blacklisted']) {
      expect(classes.find((c) => c.class === cls)?.n ?? 0).toBeGreaterThanOrEqual(3);
    }
  });

  it('[ADM-1] creates the demo accounts with their roles, scopes and the password anxin-demo', async () => {
    const users = await store.query<{
      username: string;
      role: string;
      company_id: string | null;
      volunteer_id: string | null;
      password_hash: string;
      kind: string | null;
      vdistrict: string | null;
      vcompany: string | null;
      communities: number;
    }>(
      `select u.username, u.role, u.company_id, u.volunteer_id, u.password_hash, v.kind, v.district_id as vdistrict,
              v.company_id as vcompany, (select count(*)::int from user_communities uc where uc.user_id = u.id) as communities
         from users u left join volunteers v on v.id = u.volunteer_id`,
    );
    const by = new Map(users.map((u) => [u.username, u]));
    const expected = {
      admin: 'admin',
      dispatcher1: 'dispatcher',
      supervisor1: 'supervisor',
      liaison1: 'liaison',
      worker1: 'field_worker',
      worker2: 'field_worker',
      worker3: 'field_worker',
      tech1: 'field_worker',
      tech2: 'field_worker',
      vendor1: 'vendor_manager',
    };
    for (const [username, role] of Object.entries(expected)) expect(by.get(username)?.role, username).toBe(role);
    const [qinduCommunities] = await store.query<{ n: number }>(
      `select count(*)::int as n from communities where district_id = '610402'`,
    );
    expect(by.get('liaison1')?.communities).toBe(qinduCommunities?.n);
    for (const w of ['worker1', 'worker2', 'worker3']) {
      expect(by.get(w)?.vdistrict).toBe('610402');
      expect(['volunteer', 'care_aide']).toContain(by.get(w)?.kind);
    }
    const tech1 = by.get('tech1')!;
    expect(tech1.kind).toBe('technician');
    expect(tech1.company_id).not.toBeNull();
    expect(tech1.vcompany).toBe(tech1.company_id);
    expect(by.get('vendor1')?.company_id).toBe(tech1.company_id);
    expect(by.get('tech2')?.company_id).toBe(tech1.company_id);
    expect(by.get('tech2')?.kind).toBe('technician');
    const [company] = await store.query<{ district_id: string; category_ids: string[] }>(
      'select district_id, category_ids from companies where id = $1',
      [tech1.company_id],
    );
    expect(company?.district_id).toBe('610402');
    expect(company?.category_ids.some((id) => id.startsWith('repair.'))).toBe(true);
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword('anxin-demo', tech1.password_hash)).toBe(true);
  });

  it('[ORD-1] seeds 42 numbered orders of mixed types and statuses, and moves the number sequence past them', async () => {
    const orders = await store.query<{ no: string; type: string; status: string }>(
      'select no, type, status from orders order by no',
    );
    expect(orders).toHaveLength(42);
    for (const o of orders) expect(o.no).toMatch(/^XY2026\d{4}-\d{4}$/);
    expect(orders.at(-1)?.no).toBe('XY20261123-0042');
    for (const status of ['new', 'dispatched', 'accepted', 'en_route', 'on_site', 'completed', 'returned']) {
      expect(
        orders.some((o) => o.status === status),
        status,
      ).toBe(true);
    }
    expect(new Set(orders.map((o) => o.type)).size).toBeGreaterThanOrEqual(5);
    const [next] = await store.query<{ n: number }>(`select nextval('order_no_seq')::int as n`);
    expect(next?.n).toBe(43);
  });

  it('[ORD-4] sets 30-minute confirm and 24/48-hour service deadlines (service from the first dispatch), some overdue', async () => {
    const rows = await store.query<{
      status: string;
      confirm_min: number;
      service_h: number;
      contract: boolean;
      late_confirm: boolean;
      late_service: boolean;
    }>(
      `select status, is_contract_customer as contract,
              extract(epoch from confirm_due_at - dispatched_at)::int / 60 as confirm_min,
              extract(epoch from service_due_at - (select min(e.at) from order_events e
                                                     where e.order_id = orders.id and e.kind = 'dispatched'))::int / 3600 as service_h,
              (status = 'dispatched' and confirm_due_at < $1) as late_confirm,
              (status in ('accepted', 'en_route', 'on_site') and service_due_at < $1)
                or (status = 'completed' and completed_at > service_due_at) as late_service
         from orders where dispatched_at is not null`,
      [now.toISOString()],
    );
    for (const r of rows) {
      expect(r.confirm_min).toBe(30);
      expect(r.service_h).toBe(r.contract ? 24 : 48);
    }
    expect(rows.some((r) => r.late_confirm)).toBe(true);
    expect(rows.some((r) => r.late_service)).toBe(true);
  });

  it('[ORD-3] records every transition from creation to the current status, with reasons for returns', async () => {
    const chains = await store.query<{
      status: string;
      tos: (string | null)[];
      kinds: string[];
      reasons: string[];
      last_at: string;
      updated_at: string;
    }>(
      `select o.status, o.updated_at, array_agg(e.to_status order by e.at) as tos, array_agg(e.kind order by e.at) as kinds,
              array_agg(e.reason order by e.at) as reasons, max(e.at) as last_at
         from orders o join order_events e on e.order_id = o.id group by o.id`,
    );
    expect(chains).toHaveLength(42);
    for (const c of chains) {
      const transitions = c.tos.filter((s): s is string => s !== null);
      expect(transitions[0]).toBe('new');
      expect(transitions.at(-1)).toBe(c.status);
      expect(new Date(c.last_at).getTime()).toBeLessThanOrEqual(now.getTime());
      if (c.status === 'returned') expect(c.reasons[c.kinds.indexOf('returned')] ?? '').not.toBe('');
    }
    const [assigned] = await store.query<{ tech1: number; worker1: number; company: number }>(
      `select count(*) filter (where u.username = 'tech1')::int as tech1, count(*) filter (where u.username = 'worker1')::int as worker1,
              count(*) filter (where o.company_id = (select company_id from users where username = 'vendor1'))::int as company
         from orders o left join users u on u.id = o.assignee_user_id`,
    );
    expect(assigned?.tech1).toBeGreaterThan(0);
    expect(assigned?.worker1).toBeGreaterThan(0);
    expect(assigned?.company).toBeGreaterThan(assigned?.tech1 ?? 0);
  });

  it('[ORD-5] holds wrong returns: returned by one company, redispatched, completed by another, as order.complete marks them', async () => {
    const wrong = await store.query<{
      order_status: string;
      order_company: string | null;
      returned_by_company: string | null;
      returned_by_user: string | null;
      reason_code: string | null;
      kinds: string[];
      dispatches: string[];
      dispatched_at: string;
      service_due_at: string;
      contract: boolean;
      completed_at: string | null;
      completed_company: string | null;
      company_name: string;
      named: string;
    }>(
      `select o.status as order_status, o.company_id as order_company, e.company_id as returned_by_company,
              u.username as returned_by_user, e.reason_code, o.dispatched_at, o.service_due_at, o.completed_at,
              o.is_contract_customer as contract, o.company_name, c.name as named,
              (select array_agg(x.kind order by x.at) from order_events x where x.order_id = o.id) as kinds,
              (select array_agg(x.at order by x.at) from order_events x where x.order_id = o.id and x.kind = 'dispatched') as dispatches,
              (select x.company_id from order_events x where x.order_id = o.id and x.kind = 'completed') as completed_company
         from order_events e join orders o on o.id = e.order_id left join users u on u.id = e.user_id
         left join companies c on c.id = o.company_id
        where e.kind = 'returned' and e.wrong_return`,
    );
    expect(wrong.length).toBeGreaterThanOrEqual(1);
    for (const w of wrong) {
      expect(w.order_status).toBe('completed');
      expect(w.order_company).not.toBeNull();
      expect(w.returned_by_company).not.toBe(w.order_company);
      expect(w.completed_company).toBe(w.order_company);
      expect(w.company_name).toBe(w.named);
      expect(['not_our_service', 'outside_area', 'no_staff', 'duplicate', 'wrong_information', 'other']).toContain(
        w.reason_code,
      );
      expect(w.kinds).toEqual([
        'created',
        'dispatched',
        'returned',
        'dispatched',
        'accepted',
        'en_route',
        'arrived',
        'completed',
      ]);
      const [first, second] = w.dispatches.map((at) => new Date(at).getTime());
      expect(new Date(w.dispatched_at).getTime()).toBe(second);
      expect(new Date(w.service_due_at).getTime()).toBe(first! + (w.contract ? 24 : 48) * 3_600_000);
      expect(w.completed_at).not.toBeNull();
    }
    const [tech1Company] = await store.query<{ company_id: string }>(
      `select company_id from users where username = 'vendor1'`,
    );
    expect(
      wrong.some((w) => w.returned_by_company === tech1Company!.company_id && w.returned_by_user === 'vendor1'),
    ).toBe(true);
    // A return stands until another unit completes the order: none is marked wrong on an order still open.
    const [open] = await store.query<{ n: number }>(
      `select count(*)::int as n from order_events e join orders o on o.id = e.order_id
        where e.kind = 'returned' and (e.wrong_return <> (o.status = 'completed' and e.company_id is distinct from o.company_id))`,
    );
    expect(open?.n).toBe(0);
  });

  it('[SYN-1] writes nothing to change_log or audit_log and marks the store as seeded', async () => {
    // Only the migrations' baseline entry is in the change log; first syncs read the tables, not the log.
    const [row] = await store.query<{ changes: number; audits: number; value: { seed: number; at: string } }>(
      `select (select count(*)::int from change_log where tbl <> '_baseline') as changes, (select count(*)::int from audit_log) as audits,
              (select value from settings where key = 'demo_seeded') as value`,
    );
    expect(row).toEqual({ changes: 0, audits: 0, value: { seed: summary.seed, at: now.toISOString() } });
    await expect(seedDemo(store, { now, passwordHash: 'x' })).rejects.toThrow(/already seeded/);
  });

  it('[REG-3] gives the same rows for the same seed, and different ids for another seed', async () => {
    const sample = `select r.id, r.name, r.id_card, r.lat, r.lng,
                           (select string_agg(c.id || c.phone, ',' order by c.position) from resident_contacts c where c.resident_id = r.id) as contacts
                      from residents r order by r.created_at, r.id limit 50`;
    const counts = `select (select string_agg(id, ',' order by id) from orders) as orders,
                           (select string_agg(id, ',' order by id) from companies) as companies`;
    const again = await createPgliteStore({ loadDataDir: migrated });
    try {
      await seedDemo(again, { now });
      expect(await again.query(sample)).toEqual(await store.query(sample));
      expect(await again.query(counts)).toEqual(await store.query(counts));
    } finally {
      await again.close();
    }
    const other = await createPgliteStore({ loadDataDir: migrated });
    try {
      await seedDemo(other, { now, seed: 7, passwordHash: 'x' });
      const [a] = await store.query<{ id: string }>('select id from residents order by id limit 1');
      const [b] = await other.query<{ id: string }>('select id from residents order by id limit 1');
      expect(b?.id).not.toBe(a?.id);
    } finally {
      await other.close();
    }
  }, 60_000);
});
