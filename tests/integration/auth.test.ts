// Accounts, sessions and the access guard over HTTP on a real store (SEC-1, SEC-3, ADM-1, ADM-2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

const demoUsers = [
  ['admin', 'admin'],
  ['dispatcher1', 'dispatcher'],
  ['supervisor1', 'supervisor'],
  ['liaison1', 'liaison'],
  ['worker1', 'field_worker'],
  ['worker2', 'field_worker'],
  ['worker3', 'field_worker'],
  ['tech1', 'field_worker'],
  ['vendor1', 'vendor_manager'],
] as const;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('sign-in', () => {
  it.each(demoUsers)('[SEC-1] demo account %s signs in with role %s', async (username, role) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'anxin-demo' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username, role });
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(body.token) });
    expect(me.json().user.username).toBe(username);
  });

  it('[SEC-1] scopes travel with the user: liaison1 covers communities of 秦都区, vendor1 and tech1 share a company', async () => {
    const res = (u: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: 'anxin-demo' } });
    const liaison = (await res('liaison1')).json().user;
    expect(liaison.communityIds.length).toBeGreaterThan(5);
    expect(liaison.communityIds.every((c: string) => c.startsWith('610402'))).toBe(true);
    const vendor = (await res('vendor1')).json().user;
    const tech = (await res('tech1')).json().user;
    expect(vendor.companyId).toBeTruthy();
    expect(tech.companyId).toBe(vendor.companyId);
  });

  it('[SEC-1] a wrong password answers 401 with a code and no token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dispatcher1', password: 'wrong' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      problem: { code: 'auth.invalid_credentials', message: 'Wrong username or password' },
    });
  });

  it('[SEC-1] an unknown user answers exactly like a wrong password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody-here', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().problem.code).toBe('auth.invalid_credentials');
  });

  it('[SEC-3] a missing field answers 400 naming the field, in the caller’s language', async () => {
    const en = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin' } });
    expect(en.statusCode).toBe(400);
    expect(en.json().problem).toEqual({
      code: 'field.required',
      field: 'password',
      message: 'Missing required field: password',
    });
    const zh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
      payload: { password: 'x' },
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().problem).toMatchObject({
      code: 'field.required',
      field: 'username',
      message: '缺少必填项：username',
    });
  });

  it('[SEC-3] an empty body names the first missing field; malformed JSON is a plain 400', async () => {
    const empty = await t.app.inject({ method: 'POST', url: '/api/auth/login' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().problem).toMatchObject({ code: 'field.required', field: 'username' });
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().problem.code).toBe('request.invalid');
  });

  it('[SEC-1] ten wrong passwords in a row lock that username for a while (429)', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'worker3', password } });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(401);
    const locked = await attempt('anxin-demo');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().problem.code).toBe('auth.too_many_attempts');
  });
});

describe('the access guard', () => {
  it('[SEC-1] an API call without a token answers 401', async () => {
    for (const url of ['/api/me', '/api/admin/users', '/api/admin/audit']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().problem.code).toBe('auth.required');
    }
  });

  it('[SEC-1] a made-up token answers 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer('not-a-real-token') });
    expect(res.statusCode).toBe(401);
  });

  it('[SEC-1] a field worker calling an admin route gets 403', async () => {
    const token = await t.login('worker1');
    for (const [method, url] of [
      ['GET', '/api/admin/users'],
      ['POST', '/api/admin/users'],
      ['GET', '/api/admin/audit'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        headers: bearer(token),
        payload: method === 'POST' ? {} : undefined,
      });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().problem.code).toBe('auth.forbidden');
    }
  });

  it('[SEC-1] a liaison and a dispatcher are refused admin routes too; the admin is let in', async () => {
    for (const u of ['liaison1', 'dispatcher1', 'vendor1']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: bearer(await t.login(u)) });
      expect(res.statusCode, u).toBe(403);
    }
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: bearer(await t.login('admin')) });
    expect(res.statusCode).toBe(200);
    expect(res.json().users.length).toBeGreaterThanOrEqual(9);
  });

  it('[SEC-1] after logout the token no longer works', async () => {
    const token = await t.login('supervisor1');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(token) });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect(me.statusCode).toBe(401);
  });

  it('[SEC-1] an expired session answers 401 session_expired', async () => {
    const token = await t.login('dispatcher1');
    await t.store.query(`update sessions set expires_at = now() - interval '1 minute'`);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
    expect(me.statusCode).toBe(401);
    expect(me.json().problem.code).toBe('auth.session_expired');
  });

  it('[SEC-1] the tokens are stored hashed, never as given', async () => {
    const token = await t.login('liaison1');
    const rows = await t.store.query<{ token_hash: string }>('select token_hash from sessions');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('[SEC-1] an unknown API path answers a 404 problem, not the app shell', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().problem.code).toBe('resource.not_found');
  });

  it('[SEC-1] a route that declares no access rule stops the server from starting', async () => {
    const { default: Fastify } = await import('fastify');
    const { installAccessGuard } = await import('../../src/server/http/access-guard');
    const { createSessionCache } = await import('../../src/server/auth/session-cache');
    const app = Fastify();
    installAccessGuard(app, t.store, createSessionCache());
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(/declares no access rule/);
    await app.close();
  });
});
