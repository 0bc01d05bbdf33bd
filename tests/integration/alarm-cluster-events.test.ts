// Live alarm events across server instances (ALM-2, ALM-3, ARCHITECTURE §4): two real server processes on one
// PostgreSQL schema, as alarm-timers.test.ts; consoles and phones listen on the SECOND, the alarm is raised and
// accepted through the FIRST. The `alarm` reaches the consoles within a second (the latency is printed), the
// offered responders get `offer`, and the one who lost gets `taken`. Default timers (60 s rings): no escalation here.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import type { Store } from '../../src/server/store/store';
import { available, postgresUrl } from '../helpers/require-env';
import { type ServerProcess, startServer } from '../helpers/server-process';
import { openEventStream, type SseStream } from '../helpers/sse';
import { freshPostgres } from '../helpers/stores';

const pg = available('postgres');

describe.skipIf(!pg)('live alarm events across server instances (PostgreSQL)', () => {
  let store: Store;
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;
  const tokens = new Map<string, string>();
  const streams: SseStream[] = [];

  async function login(url: string, username: string): Promise<{ token: string; user: { id: string } }> {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'anxin-demo' }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { token: string; user: { id: string } };
  }

  async function push(url: string, token: string, name: string, args: unknown): Promise<void> {
    const res = await fetch(`${url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        protocol: 1,
        clientId: 'alarm-cluster-events-test',
        mutations: [{ id: randomUUID(), name, args, at: new Date().toISOString() }],
      }),
    });
    const body = (await res.json()) as { results: { status: string; problem?: unknown }[] };
    expect(body.results[0], `${name}: ${JSON.stringify(body)}`).toMatchObject({ status: 'applied' });
  }

  beforeAll(async () => {
    store = await freshPostgres();
    await prepareStore(store, { demo: true });
    const schema = (await store.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    const env = { DATABASE_URL: postgresUrl, ANXIN_DB_SCHEMA: schema, ANXIN_DC09_PORT: '0' };
    [first, second] = await Promise.all([startServer(env), startServer(env)]);
  }, 150_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await first?.stop();
    await second?.stop();
    await store?.close();
  });

  it('[ALM-2] an alarm raised through one instance reaches the SSE console clients of the other within 1 s', async () => {
    const a = first!.url;
    const b = second!.url;
    const [resident] = await store.query<{ id: string; community_id: string; lat: number; lng: number }>(
      `select r.id, r.community_id, r.lat, r.lng from residents r
         join user_communities uc on uc.community_id = r.community_id join users u on u.id = uc.user_id
        where u.username = 'liaison1' and r.lat is not null and r.active order by r.id limit 1`,
    );
    expect(resident, 'a resident with a position in liaison1’s communities').toBeTruthy();
    const r = resident!;

    // worker1 and worker2 on duty 100 m and 200 m north of the resident (ring 1: the nearest three within 1 km).
    const ids = new Map<string, string>();
    for (const [i, name] of ['worker1', 'worker2'].entries()) {
      const l = await login(a, name);
      ids.set(name, l.user.id);
      tokens.set(name, l.token);
      await push(a, l.token, 'duty.set', {
        onDuty: true,
        position: { lat: Number(r.lat) + 0.0009 * (i + 1), lng: Number(r.lng), accuracy: 10 },
      });
    }

    // Everyone listens on the SECOND instance.
    const on: Record<string, SseStream> = {};
    for (const name of ['dispatcher1', 'liaison1', 'worker2']) {
      on[name] = await openEventStream(b, (await login(b, name)).token);
      streams.push(on[name]);
    }
    const alarmId = randomUUID();
    const of = (name: string, event: string) =>
      on[name]!.events.filter((e) => e.event === event && e.data?.alarmId === alarmId);

    // Raised through the FIRST.
    const dispatcher = await login(a, 'dispatcher1');
    const sent = performance.now();
    await push(a, dispatcher.token, 'alarm.raise', { id: alarmId, residentId: r.id });
    const applied = performance.now();
    await expect.poll(() => of('dispatcher1', 'alarm').length, { timeout: 3000, interval: 10 }).toBeGreaterThan(0);
    await expect.poll(() => of('liaison1', 'alarm').length, { timeout: 3000, interval: 10 }).toBeGreaterThan(0);
    const latency = {
      dispatcher1: Math.round(of('dispatcher1', 'alarm')[0]!.at - sent),
      liaison1: Math.round(of('liaison1', 'alarm')[0]!.at - sent),
    };
    console.log(
      `[ALM-2] raise on instance 1 → \`event: alarm\` on instance 2: dispatcher1 ${latency.dispatcher1} ms, ` +
        `liaison1 ${latency.liaison1} ms (push round trip ${Math.round(applied - sent)} ms)`,
    );
    expect(latency.dispatcher1).toBeLessThan(1000);
    expect(latency.liaison1).toBeLessThan(1000);
    expect(of('liaison1', 'alarm')[0]!.data).toMatchObject({
      alarmId,
      residentId: r.id,
      communityId: r.community_id,
      status: 'raised',
      // A new alarm reads as raised, not as the notices and offers the raise wrote after it.
      change: 'raised',
      acceptedBy: null,
    });

    // ALM-3: worker2, listening on the second, is offered it; worker1 accepts through the first; worker2 lost.
    await expect.poll(() => of('worker2', 'offer').length, { timeout: 3000, interval: 10 }).toBe(1);
    const offer = of('worker2', 'offer')[0]!;
    console.log(`[ALM-3] \`event: offer\` to worker2 on instance 2: ${Math.round(offer.at - sent)} ms after the raise`);
    expect(offer.data).toMatchObject({ alarmId, ring: 1 });
    expect(offer.data.distanceM as number).toBeGreaterThan(150);
    expect(offer.data.distanceM as number).toBeLessThan(250);

    const accepted = performance.now();
    await push(a, tokens.get('worker1')!, 'alarm.accept', { alarmId });
    await expect.poll(() => of('worker2', 'taken').length, { timeout: 3000, interval: 10 }).toBe(1);
    const taken = of('worker2', 'taken')[0]!;
    console.log(
      `[ALM-3] accept on instance 1 → \`event: taken\` to worker2 on instance 2: ${Math.round(taken.at - accepted)} ms`,
    );
    expect(taken.data).toEqual({ alarmId, offerId: offer.data.offerId, acceptedBy: ids.get('worker1') });
    expect(taken.at - accepted).toBeLessThan(1000);
    await expect
      .poll(() => of('dispatcher1', 'alarm').find((e) => e.data.status === 'accepted')?.data, { timeout: 3000 })
      .toMatchObject({ change: 'accepted', acceptedBy: ids.get('worker1') });
  }, 60_000);
});
