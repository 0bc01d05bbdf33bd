// `npm start` as a newcomer runs it: a real process on a real socket, the embedded store in a data directory, the
// demo seeded once; a restart keeps the data and seeds nothing twice. The same on PostgreSQL when it is available.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { available, postgresUrl } from '../helpers/require-env';
import { startServer } from '../helpers/server-process';
import { dropSchema } from '../helpers/stores';

async function userCount(url: string): Promise<number> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'anxin-demo' }),
  });
  expect(login.status).toBe(200);
  const { token } = (await login.json()) as { token: string };
  const users = await fetch(`${url}/api/admin/users`, { headers: { authorization: `Bearer ${token}` } });
  return ((await users.json()) as { users: unknown[] }).users.length;
}

describe('start-up on the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anxin-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('[ARCH-start] serves health on PGlite, prints the demo accounts, and a restart seeds nothing twice', async () => {
    const first = await startServer({ ANXIN_DATA_DIR: dir });
    try {
      const health = await (await fetch(`${first.url}/api/health`)).json();
      expect(health).toMatchObject({ ok: true, store: 'pglite', durable: false });
      expect(first.output()).toContain('Xianyang demo seeded');
      for (const u of ['admin', 'dispatcher1', 'supervisor1', 'liaison1', 'worker1', 'tech1', 'vendor1']) {
        expect(first.output()).toContain(u);
      }
      expect(await userCount(first.url)).toBeGreaterThanOrEqual(9);
    } finally {
      await first.stop();
    }
    const usersAfterRestart = await (async () => {
      const second = await startServer({ ANXIN_DATA_DIR: dir });
      try {
        expect(second.output()).not.toContain('Xianyang demo seeded');
        return await userCount(second.url);
      } finally {
        await second.stop();
      }
    })();
    expect(usersAfterRestart).toBeGreaterThanOrEqual(9);
  });

  it('[ARCH-start] refuses to open a data directory another live process holds', async () => {
    const held = await startServer({ ANXIN_DATA_DIR: dir });
    try {
      await expect(startServer({ ANXIN_DATA_DIR: dir }, 30_000)).rejects.toThrow(/in use by process/);
    } finally {
      await held.stop();
    }
  });
});

const pgReady = available('postgres');
describe.skipIf(!pgReady)('start-up on PostgreSQL', () => {
  const schema = `anxin_start_${process.pid}`;
  afterAll(() => dropSchema(schema));

  it('[ARCH-start] with DATABASE_URL the same start runs on PostgreSQL, and a restart seeds nothing twice', async () => {
    const env = { DATABASE_URL: postgresUrl, ANXIN_DB_SCHEMA: schema, ANXIN_DATA_DIR: join(tmpdir(), 'anxin-unused') };
    const first = await startServer(env);
    try {
      expect(await (await fetch(`${first.url}/api/health`)).json()).toMatchObject({
        ok: true,
        store: 'postgres',
        durable: true,
      });
      expect(first.output()).toContain('Xianyang demo seeded');
    } finally {
      await first.stop();
    }
    const second = await startServer(env);
    try {
      expect(second.output()).not.toContain('Xianyang demo seeded');
      expect(await userCount(second.url)).toBeGreaterThanOrEqual(9);
    } finally {
      await second.stop();
    }
  });
});
