// GET /api/staff (ORD-2, FLD-3) on the seeded demo over HTTP: who sees which field workers, with skills, duty and
// open load; and the demo company of tech1 has a second technician and a pool order to hand on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaffResponse, staffResponse } from '../../src/protocol/staff';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

async function staffAs(username: string) {
  const res = await t.app.inject({ method: 'GET', url: '/api/staff', headers: bearer(await t.login(username)) });
  return { status: res.statusCode, body: res.json() as StaffResponse & { problem?: { code: string } } };
}

async function userId(username: string): Promise<string> {
  const [row] = await t.store.query<{ id: string }>('select id from users where username = $1', [username]);
  return row!.id;
}

describe('GET /api/staff', () => {
  it('ORD-2 a vendor manager sees only the field workers of its own company (tech1 and tech2)', async () => {
    const { status, body } = await staffAs('vendor1');
    expect(status).toBe(200);
    staffResponse.parse(body);
    const ids = body.staff.map((s) => s.userId).sort();
    expect(ids).toEqual([await userId('tech1'), await userId('tech2')].sort());
    const [vendor] = await t.store.query<{ company_id: string }>(
      `select company_id from users where username = 'vendor1'`,
    );
    for (const s of body.staff) expect(s.companyId).toBe(vendor!.company_id);
  });

  it('ORD-2 a dispatcher and a supervisor see every active field worker, with skills, duty and open load', async () => {
    const [expected] = await t.store.query<{ n: number }>(
      `select count(*)::int as n from users where role = 'field_worker' and active`,
    );
    for (const who of ['dispatcher1', 'supervisor1']) {
      const { status, body } = await staffAs(who);
      expect(status, who).toBe(200);
      expect(body.staff).toHaveLength(expected!.n);
    }
    const { body } = await staffAs('dispatcher1');
    const byId = new Map(body.staff.map((s) => [s.userId, s]));
    const tech1 = byId.get(await userId('tech1'))!;
    const [open] = await t.store.query<{ n: number }>(
      `select count(*)::int as n from orders where assignee_user_id = $1
          and status in ('dispatched', 'accepted', 'en_route', 'on_site')`,
      [tech1.userId],
    );
    expect(open!.n).toBeGreaterThan(0);
    expect(tech1.openOrders).toBe(open!.n);
    expect(tech1.skillIds.length).toBeGreaterThan(0);
    expect(tech1.volunteerId).not.toBeNull();
    expect(tech1.onDuty).toBe(false);
    expect(byId.get(await userId('worker1'))?.skillIds.length).toBeGreaterThan(0);
  });

  it('ORD-2 a worker going on duty shows with its position; a disabled account drops out of the list', async () => {
    const tech2 = await userId('tech2');
    await t.store.query(
      'update users set on_duty = true, duty_lat = 34.33, duty_lng = 108.7, duty_at = now() where id = $1',
      [tech2],
    );
    let { body } = await staffAs('vendor1');
    expect(body.staff.find((s) => s.userId === tech2)).toMatchObject({ onDuty: true, lat: 34.33, lng: 108.7 });
    expect(body.staff.find((s) => s.userId === tech2)?.dutyAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await t.store.query('update users set active = false where id = $1', [tech2]);
    ({ body } = await staffAs('vendor1'));
    expect(body.staff.map((s) => s.userId)).toEqual([await userId('tech1')]);
    await t.store.query('update users set active = true where id = $1', [tech2]);
  });

  it('ORD-2 a field worker, a liaison and an admin are refused with auth.forbidden; no token with auth.required', async () => {
    for (const who of ['worker1', 'liaison1', 'admin']) {
      const { status, body } = await staffAs(who);
      expect(status, who).toBe(403);
      expect(body.problem?.code, who).toBe('auth.forbidden');
    }
    const res = await t.app.inject({ method: 'GET', url: '/api/staff' });
    expect(res.statusCode).toBe(401);
  });

  it('ORD-2 the demo gives tech1’s company a pool order and names every holder and actor', async () => {
    const [pool] = await t.store.query<{ n: number }>(
      `select count(*)::int as n from orders o
        where o.company_id = (select company_id from users where username = 'tech1')
          and o.status = 'dispatched' and o.assignee_user_id is null`,
    );
    expect(pool!.n).toBeGreaterThan(0);
    const [names] = await t.store.query<{
      unnamed_assignees: number;
      unnamed_companies: number;
      unnamed_actors: number;
    }>(
      `select (select count(*)::int from orders where assignee_user_id is not null and assignee_name = '') as unnamed_assignees,
              (select count(*)::int from orders where company_id is not null and company_name = '') as unnamed_companies,
              (select count(*)::int from order_events where user_id is not null and user_name = '') as unnamed_actors`,
    );
    expect(names).toEqual({ unnamed_assignees: 0, unnamed_companies: 0, unnamed_actors: 0 });
    const [tech1Order] = await t.store.query<{ assignee_name: string; display_name: string }>(
      `select o.assignee_name, u.display_name from orders o join users u on u.id = o.assignee_user_id
        where u.username = 'tech1' limit 1`,
    );
    expect(tech1Order!.assignee_name).toBe(tech1Order!.display_name);
  });
});
