// SYN-2 under a hostile network on PostgreSQL, with two server instances on one database: each request reaches
// either, so replays and duplicates of one mutation race across instances.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/http/build-app';
import { createPostgresStore } from '../../src/server/store/postgres';
import type { Store } from '../../src/server/store/store';
import { available, postgresUrl } from '../helpers/require-env';
import { freshPostgres } from '../helpers/stores';
import { type NetworkEnv, runHostileSchedule } from './hostile-schedule';

const run = available('postgres');
let a: Store;
let b: Store;
let env: NetworkEnv;
const config = loadConfig({ ANXIN_DATA_DIR: '.tmp/unused' });

describe.skipIf(!run)('sync under a hostile network (PostgreSQL, two instances)', () => {
  beforeAll(async () => {
    a = await freshPostgres();
    await prepareStore(a, { demo: true });
    const schema = (await a.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    b = await createPostgresStore({ connectionString: postgresUrl, schema, max: 4 });
    const stores = [a, b];
    env = {
      label: 'pg',
      servers: [
        await buildApp({ store: a, config, version: 'test' }),
        await buildApp({ store: b, config, version: 'test' }),
      ],
      store: a,
      tokens: {},
      userIds: {},
    };
    env.restartServer = async (i) => {
      await env.servers[i]!.close();
      env.servers[i] = await buildApp({ store: stores[i]!, config, version: 'test' });
    };
    for (const u of ['tech1', 'dispatcher1', 'worker1']) {
      const res = await env.servers[0]!.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: u, password: 'anxin-demo' },
      });
      env.tokens[u] = res.json().token;
      env.userIds[u] = res.json().user.id;
    }
  });
  afterAll(async () => {
    for (const s of env?.servers ?? []) await s.close();
    await b?.close();
    await a?.close();
  });

  it.each([1, 11, 31, 32])('[SYN-2] schedule %i converges and applies every accepted change once', async (seed) => {
    await runHostileSchedule(env, seed);
  });
});
