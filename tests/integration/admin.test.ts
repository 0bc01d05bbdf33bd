// Account administration and the audit log (ADM-1, ADM-2, SEC-3) on a real store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

const createUser = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/admin/users', headers: bearer(admin), payload });

describe('accounts', () => {
  it('[ADM-1] an admin creates a liaison for two communities, who can then sign in with that scope', async () => {
    const [c1, c2] = await t.store.query<{ id: string }>(`select id from communities order by id limit 2`);
    const res = await createUser({
      username: 'liaison.test',
      displayName: '测试联络员',
      role: 'liaison',
      password: 'long-enough-1',
      communityIds: [c1!.id, c2!.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({
      username: 'liaison.test',
      role: 'liaison',
      communityIds: [c1!.id, c2!.id],
    });
    const token = await t.login('liaison.test', 'long-enough-1');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect(me.json().user.communityIds).toEqual([c1!.id, c2!.id]);
  });

  it('[ADM-1] a liaison without communities is refused, naming communityIds', async () => {
    const res = await createUser({
      username: 'liaison.none',
      displayName: 'X',
      role: 'liaison',
      password: 'long-enough-1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().problem).toMatchObject({ code: 'user.scope_mismatch', field: 'communityIds' });
  });

  it('[ADM-1] a vendor manager needs a company; a taken username answers 409', async () => {
    const noCompany = await createUser({
      username: 'vm.x',
      displayName: 'X',
      role: 'vendor_manager',
      password: 'long-enough-1',
    });
    expect(noCompany.json().problem).toMatchObject({ code: 'user.scope_mismatch', field: 'companyId' });
    const taken = await createUser({ username: 'admin', displayName: 'X', role: 'admin', password: 'long-enough-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().problem).toMatchObject({ code: 'user.username_taken', field: 'username' });
  });

  it('[SEC-3] bad input names the field: an unknown role, a short password', async () => {
    const role = await createUser({ username: 'x.role', displayName: 'X', role: 'boss', password: 'long-enough-1' });
    expect(role.statusCode).toBe(400);
    expect(role.json().problem).toMatchObject({ code: 'field.invalid', field: 'role' });
    const pw = await createUser({ username: 'x.pw', displayName: 'X', role: 'admin', password: 'short' });
    expect(pw.json().problem).toMatchObject({ code: 'field.invalid', field: 'password' });
  });

  it('[SEC-3] a refused create leaves no user and no audit entry behind', async () => {
    const before = await t.store.query(`select count(*)::int as n from audit_log`);
    const res = await createUser({
      username: 'liaison.ghost',
      displayName: 'X',
      role: 'liaison',
      password: 'long-enough-1',
      communityIds: ['no-such-community'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().problem).toMatchObject({ code: 'field.invalid', field: 'communityIds' });
    expect(await t.store.query(`select 1 from users where username = 'liaison.ghost'`)).toEqual([]);
    expect(await t.store.query(`select count(*)::int as n from audit_log`)).toEqual(before);
  });

  it('[ADM-1] disabling an account ends its sessions at once', async () => {
    const token = await t.login('worker2');
    // Used once first, so the server remembers the session (session cache): disabling must still end it at once.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(200);
    const [w] = await t.store.query<{ id: string }>(`select id from users where username = 'worker2'`);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${w!.id}`,
      headers: bearer(admin),
      payload: { active: false },
    });
    expect(res.json().user.active).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'worker2', password: 'anxin-demo' },
    });
    expect(again.json().problem.code).toBe('auth.account_disabled');
  });
});

describe('audit log', () => {
  it('[ADM-2] records sign-ins and account changes with who, what, when and from where', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit?user=admin&limit=50',
      headers: { ...bearer(admin), 'user-agent': 'audit-test' },
    });
    expect(res.statusCode).toBe(200);
    const actions = res.json().entries.map((e: { action: string }) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('user.create');
    const create = res.json().entries.find((e: { action: string }) => e.action === 'user.create');
    expect(create).toMatchObject({ username: 'admin', entity: 'user', ip: expect.any(String) });
    expect(create.detail).not.toHaveProperty('password');
    expect(new Date(create.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('[ADM-2] a failed sign-in is recorded too, with the username tried', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'vendor1', password: 'nope' } });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit?action=auth.login_failed',
      headers: bearer(admin),
    });
    expect(res.json().entries.some((e: { detail: { username: string } }) => e.detail.username === 'vendor1')).toBe(
      true,
    );
  });
});

describe('health', () => {
  it('[ARCH-health] answers ok with the store kind and that PGlite is not crash-durable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ ok: true, store: 'pglite', version: 'test', durable: false });
  });
});
