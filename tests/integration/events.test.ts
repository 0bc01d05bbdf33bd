// Live pokes over real sockets (SYN-1, ARCHITECTURE §4): after a commit, the devices it concerns get a `poke`;
// others do not; on PostgreSQL a commit on one server instance pokes devices connected to another.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/http/build-app';
import { createPostgresStore } from '../../src/server/store/postgres';
import type { Store } from '../../src/server/store/store';
import { available, postgresUrl } from '../helpers/require-env';
import { openEventStream, type SseStream } from '../helpers/sse';
import { freshPostgres, seededPglite } from '../helpers/stores';

async function serve(store: Store): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({ store, config: loadConfig({ ANXIN_DATA_DIR: '.tmp/unused' }), version: 'test' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}` };
}

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'anxin-demo' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function addNote(url: string, token: string, store: Store): Promise<void> {
  const [order] = await store.query<{ id: string }>(
    `select o.id from orders o join users u on u.id = o.assignee_user_id where u.username = 'tech1' limit 1`,
  );
  const res = await fetch(`${url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      protocol: 1,
      clientId: 'events-test',
      mutations: [
        {
          id: randomUUID(),
          name: 'order.addNote',
          args: { orderId: order!.id, text: 'poke me' },
          at: new Date().toISOString(),
        },
      ],
    }),
  });
  expect(((await res.json()) as { results: { status: string }[] }).results[0]!.status).toBe('applied');
}

const pokes = (s: SseStream) => s.events.filter((e) => e.event === 'poke').length;

describe('pokes on one instance (PGlite)', () => {
  let store: Store;
  let server: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    store = await seededPglite();
    server = await serve(store);
  });
  afterAll(async () => {
    await server?.app.close();
    await store?.close();
  });

  it('[SYN-1] a note pokes the vendor and the dispatcher at once, and not an unrelated worker', async () => {
    const vendor = await openEventStream(server.url, await login(server.url, 'vendor1'));
    const dispatcher = await openEventStream(server.url, await login(server.url, 'dispatcher1'));
    const worker = await openEventStream(server.url, await login(server.url, 'worker1'));
    try {
      await addNote(server.url, await login(server.url, 'tech1'), store);
      await expect.poll(() => pokes(vendor), { timeout: 2000 }).toBe(1);
      await expect.poll(() => pokes(dispatcher), { timeout: 2000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(pokes(worker)).toBe(0);
    } finally {
      for (const s of [vendor, dispatcher, worker]) s.close();
    }
  });

  it('[SEC-1] the event stream refuses a caller without a valid token', async () => {
    const res = await fetch(`${server.url}/api/events?token=nope`);
    expect(res.status).toBe(401);
  });
});

const pg = available('postgres');
describe.skipIf(!pg)('pokes across two instances on one PostgreSQL database', () => {
  let a: Store;
  let b: Store;
  let serverA: { app: FastifyInstance; url: string };
  let serverB: { app: FastifyInstance; url: string };
  beforeAll(async () => {
    a = await freshPostgres();
    await prepareStore(a, { demo: true });
    const schema = (await a.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    b = await createPostgresStore({ connectionString: postgresUrl, schema, max: 4 });
    serverA = await serve(a);
    serverB = await serve(b);
  });
  afterAll(async () => {
    await serverB?.app.close();
    await serverA?.app.close();
    await b?.close();
    await a?.close();
  });

  it('[SYN-1] a push to instance A pokes a vendor listening on instance B (LISTEN/NOTIFY)', async () => {
    const vendorOnB = await openEventStream(serverB.url, await login(serverB.url, 'vendor1'));
    try {
      await addNote(serverA.url, await login(serverA.url, 'tech1'), a);
      await expect.poll(() => pokes(vendorOnB), { timeout: 3000 }).toBe(1);
    } finally {
      vendorOnB.close();
    }
  });
});
