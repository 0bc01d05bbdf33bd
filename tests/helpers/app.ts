// A server for integration tests: the real Fastify app on a copy of the seeded store, driven with inject().
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/http/build-app';
import type { Store } from '../../src/server/store/store';
import { seededPglite } from './stores';

export const demoPassword = 'anxin-demo';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(store?: Store): Promise<TestApp> {
  const s = store ?? (await seededPglite());
  const config = loadConfig({ ANXIN_DATA_DIR: '.tmp/unused' });
  const app = await buildApp({ store: s, config, version: 'test' });
  await app.ready();
  return {
    app,
    store: s,
    async login(username, password = demoPassword) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      return res.json().token as string;
    },
    async close() {
      await app.close();
      await s.close();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
