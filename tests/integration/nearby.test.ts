// GET /api/nearby on the seeded demo (MAP-2, SEC-2): sorted, complete against a brute-force answer from the store's
// rows, scoped, validated, and kept current when a position changes through a push.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineMeters } from '../../src/domain/geo/distance';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

interface Item {
  kind: string;
  id: string;
  name: string;
  lat: number;
  lng: number;
  distance: number;
  communityId?: string | null;
  onDuty?: boolean;
}

const centre = { lat: 34.33, lng: 108.71 }; // 咸阳 city centre, in 秦都区 / 渭城区

describe('GET /api/nearby', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['admin', 'dispatcher1', 'liaison1', 'worker1']) tokens[u] = await t.login(u);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (user: string, query: string) =>
    t.app.inject({ method: 'GET', url: `/api/nearby?${query}`, headers: bearer(tokens[user]!) });

  /** Every registry row that should be on the map, placed by the rule stated in SQL, measured with the haversine. */
  async function bruteForce(at: { lat: number; lng: number }, radius: number, communities?: string[]) {
    const rows = await t.store.query<{ kind: string; id: string; lat: number; lng: number; community_id: string }>(
      `select 'company' as kind, id, lat, lng, null as community_id from companies
        where status = 'active' and lat is not null and lng is not null
       union all
       select 'volunteer', id,
              case when fresh then duty_lat else lat end, case when fresh then duty_lng else lng end, community_id
         from (select *, on_duty and duty_lat is not null and duty_lng is not null
                         and duty_at > now() - interval '30 minutes' as fresh from volunteers) v
        where active and (fresh or (lat is not null and lng is not null))
       union all
       select 'resident', id, lat, lng, community_id from residents
        where active and lat is not null and lng is not null`,
    );
    return rows
      .filter((r) => r.kind !== 'resident' || !communities || communities.includes(r.community_id))
      .map((r) => ({ kind: r.kind, id: r.id, distance: haversineMeters(at, r) }))
      .filter((r) => r.distance <= radius)
      .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  function expectSameAnswer(items: Item[], expected: { kind: string; id: string; distance: number }[]) {
    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual(expected.map((e) => `${e.kind}:${e.id}`));
    items.forEach((item, i) => {
      expect(Math.abs(item.distance - expected[i]!.distance)).toBeLessThan(1);
    });
  }

  it('[MAP-2] answers every resource within the radius, sorted by distance, equal to a brute-force scan', async () => {
    const res = await get('dispatcher1', `lat=${centre.lat}&lng=${centre.lng}&radius=3000`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: Item[]; truncated: boolean };
    expect(body.truncated).toBe(false);
    const expected = await bruteForce(centre, 3000);
    expect(expected.length).toBeGreaterThan(20);
    expect(new Set(expected.map((e) => e.kind))).toEqual(new Set(['company', 'volunteer', 'resident']));
    expectSameAnswer(body.items, expected);
    for (const item of body.items) {
      expect(item).toEqual(expect.objectContaining({ kind: item.kind, id: item.id, name: expect.any(String) }));
      expect(Math.abs(item.distance - haversineMeters(centre, item))).toBeLessThan(1);
    }
  });

  it('[MAP-2] is complete at other points and radii, and kinds filter the answer', async () => {
    for (const [at, radius] of [
      [{ lat: 34.36, lng: 108.65 }, 1500],
      [{ lat: 34.3, lng: 108.9 }, 5000],
      [{ lat: 35.2, lng: 107.8 }, 50_000],
    ] as const) {
      const all = (await get('admin', `lat=${at.lat}&lng=${at.lng}&radius=${radius}&limit=5000`)).json();
      expectSameAnswer(all.items, await bruteForce(at, radius));
      const some = (await get('admin', `lat=${at.lat}&lng=${at.lng}&radius=${radius}&kinds=company,volunteer`)).json();
      expectSameAnswer(
        some.items,
        (await bruteForce(at, radius)).filter((e) => e.kind !== 'resident'),
      );
    }
  });

  it('[MAP-2] a limit cuts the nearest and says so', async () => {
    const res = (await get('dispatcher1', `lat=${centre.lat}&lng=${centre.lng}&radius=5000&limit=7`)).json();
    expect(res.truncated).toBe(true);
    expectSameAnswer(res.items, (await bruteForce(centre, 5000)).slice(0, 7));
  });

  it('[SEC-2] a liaison sees only the residents of their communities; a field worker is refused', async () => {
    const communities = (
      await t.store.query<{ community_id: string }>(
        `select community_id from user_communities uc join users u on u.id = uc.user_id where u.username = 'liaison1'`,
      )
    ).map((r) => r.community_id);
    expect(communities.length).toBeGreaterThan(0);
    const mine = (await get('liaison1', `lat=${centre.lat}&lng=${centre.lng}&radius=8000&limit=5000`)).json();
    expectSameAnswer(mine.items, await bruteForce(centre, 8000, communities));
    const residents = mine.items.filter((i: Item) => i.kind === 'resident');
    expect(residents.length).toBeGreaterThan(0);
    expect(residents.every((i: Item) => communities.includes(i.communityId!))).toBe(true);
    const all = (await get('admin', `lat=${centre.lat}&lng=${centre.lng}&radius=8000&limit=5000`)).json();
    expect(all.items.filter((i: Item) => i.kind === 'resident').length).toBeGreaterThan(residents.length);

    const refused = await get('worker1', `lat=${centre.lat}&lng=${centre.lng}`);
    expect(refused.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/nearby?lat=34&lng=108` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('[MAP-2] bad input is refused with 400 naming the field', async () => {
    for (const [query, field] of [
      ['lng=108.7', 'lat'],
      ['lat=&lng=108.7', 'lat'],
      ['lat=91&lng=108.7', 'lat'],
      ['lat=34.3&lng=east', 'lng'],
      ['lat=34.3&lng=108.7&radius=50001', 'radius'],
      ['lat=34.3&lng=108.7&radius=-1', 'radius'],
      ['lat=34.3&lng=108.7&kinds=company,orders', 'kinds'],
      ['lat=34.3&lng=108.7&limit=5001', 'limit'],
      ['lat=34.3&lng=108.7&limit=2.5', 'limit'],
    ] as const) {
      const res = await get('dispatcher1', query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().problem.field, query).toBe(field);
    }
  });

  it('[MAP-2] the index follows a duty position pushed through sync at once', async () => {
    const [v] = await t.store.query<{ id: string }>(
      `select v.id from volunteers v join users u on u.volunteer_id = v.id where u.username = 'worker1'`,
    );
    const volunteerId = v!.id;
    const spot = { lat: 34.912345, lng: 108.123456 }; // far from everything else in the seed: alone within 50 m
    const before = (await get('dispatcher1', `lat=${spot.lat}&lng=${spot.lng}&radius=50`)).json();
    expect(before.items.some((i: Item) => i.id === volunteerId)).toBe(false);
    const push = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: bearer(tokens.worker1!),
      payload: {
        protocol: 1,
        clientId: 'nearby-test',
        mutations: [
          {
            id: randomUUID(),
            name: 'duty.set',
            args: { onDuty: true, position: { ...spot, accuracy: 10 } },
            at: new Date().toISOString(),
          },
        ],
      },
    });
    expect(push.json().results[0].status).toBe('applied');
    const found = async () =>
      ((await get('dispatcher1', `lat=${spot.lat}&lng=${spot.lng}&radius=50&kinds=volunteer`)).json().items as Item[])
        .filter((i) => i.id === volunteerId)
        .map((i) => ({ distance: i.distance, onDuty: i.onDuty }));
    await expect.poll(found, { timeout: 3000, interval: 20 }).toEqual([{ distance: 0, onDuty: true }]);
    // Only once: the home entry stays out while the duty position is fresh.
    const around = (await get('dispatcher1', `lat=${spot.lat}&lng=${spot.lng}&radius=50000&limit=5000`)).json();
    expect(around.items.filter((i: Item) => i.id === volunteerId)).toHaveLength(1);
  });
});
