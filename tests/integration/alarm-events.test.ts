// Live alarm events over real SSE sockets (ALM-2, ALM-3; src/protocol/alarms.ts): consoles covering the alarm's
// community get `alarm` within a second, others do not; an offered responder gets `offer`, a loser gets `taken`.
// Rows and change-log entries are written directly, so this does not depend on the alarm mutation handlers.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { COMMIT_CHANNEL } from '../../src/server/events/commit-channel';
import { buildApp } from '../../src/server/http/build-app';
import type { Queryable, Store } from '../../src/server/store/store';
import { recordChange } from '../../src/server/sync/change-log';
import { openEventStream, type SseStream } from '../helpers/sse';
import { seededPglite } from '../helpers/stores';

const of = (s: SseStream, event: string) => s.events.filter((e) => e.event === event).map((e) => e.data);

describe('live alarm events (PGlite)', () => {
  let store: Store;
  let app: FastifyInstance;
  let url: string;
  const users = new Map<string, string>();
  const streams = new Map<string, SseStream>();
  let inside: { id: string; community_id: string };
  let outside: { id: string; community_id: string };

  async function commit(fn: (tx: Queryable) => Promise<void>): Promise<void> {
    await store.transaction(fn);
    await store.notify(COMMIT_CHANNEL);
  }

  async function raise(resident: { id: string; community_id: string }): Promise<string> {
    const id = randomUUID();
    await commit(async (tx) => {
      await tx.query(`insert into alarms (id, resident_id, community_id, source) values ($1, $2, $3, 'dispatcher')`, [
        id,
        resident.id,
        resident.community_id,
      ]);
      await tx.query(`insert into alarm_events (id, alarm_id, kind) values ($1, $2, 'raised')`, [randomUUID(), id]);
      await recordChange(tx, { tbl: 'alarms', rowId: id, op: 'put', communityId: resident.community_id });
    });
    return id;
  }

  beforeAll(async () => {
    store = await seededPglite();
    app = await buildApp({ store, config: loadConfig({ ANXIN_DATA_DIR: '.tmp/unused' }), version: 'test' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    for (const u of await store.query<{ id: string; username: string }>(
      `select id, username from users where username in ('dispatcher1', 'liaison1', 'worker1', 'worker2', 'tech1')`,
    ))
      users.set(u.username, u.id);
    [inside = { id: '', community_id: '' }] = await store.query(
      `select r.id, r.community_id from residents r join user_communities uc on uc.community_id = r.community_id
         join users u on u.id = uc.user_id where u.username = 'liaison1' order by r.id limit 1`,
    );
    [outside = { id: '', community_id: '' }] = await store.query(
      `select r.id, r.community_id from residents r where r.community_id not in
         (select uc.community_id from user_communities uc join users u on u.id = uc.user_id where u.username = 'liaison1')
       order by r.id limit 1`,
    );
    for (const name of users.keys()) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: name, password: 'anxin-demo' }),
      });
      streams.set(name, await openEventStream(url, ((await res.json()) as { token: string }).token));
    }
  });
  afterAll(async () => {
    for (const s of streams.values()) s.close();
    await app?.close();
    await store?.close();
  });

  it('[ALM-2] an alarm reaches every console covering its community within a second, and no one else', async () => {
    expect(inside.id && outside.id).toBeTruthy();
    const id = await raise(inside);
    const started = Date.now();
    const alarmsOf = (name: string) => of(streams.get(name)!, 'alarm').filter((d) => d.alarmId === id);
    await expect.poll(() => alarmsOf('dispatcher1').length, { timeout: 1000, interval: 20 }).toBe(1);
    await expect.poll(() => alarmsOf('liaison1').length, { timeout: 1000, interval: 20 }).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(alarmsOf('liaison1')[0]).toEqual({
      alarmId: id,
      residentId: inside.id,
      communityId: inside.community_id,
      status: 'raised',
      ring: 1,
      raisedAt: expect.any(String),
      change: 'raised',
      acceptedBy: null,
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(alarmsOf('tech1')).toEqual([]);
    expect(alarmsOf('worker1')).toEqual([]);
  });

  it('[ALM-2] an alarm outside a liaison’s communities reaches the city consoles but not that liaison', async () => {
    const id = await raise(outside);
    await expect.poll(() => of(streams.get('dispatcher1')!, 'alarm').some((d) => d.alarmId === id)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(of(streams.get('liaison1')!, 'alarm').some((d) => d.alarmId === id)).toBe(false);
  });

  it('[ALM-3] each offered responder gets its own `offer`; when one accepts, the other gets `taken`', async () => {
    const alarmId = await raise(inside);
    const w1 = users.get('worker1')!;
    const w2 = users.get('worker2')!;
    const offers = { [w1]: randomUUID(), [w2]: randomUUID() };
    await commit(async (tx) => {
      for (const [rank, userId] of [w1, w2].entries()) {
        await tx.query(
          `insert into alarm_offers (id, alarm_id, user_id, ring, rank, distance_m) values ($1, $2, $3, 1, $4, $5)`,
          [offers[userId], alarmId, userId, rank, 100 * (rank + 1)],
        );
        await recordChange(tx, { tbl: 'alarm_offers', rowId: offers[userId]!, op: 'put', userIds: [userId] });
      }
    });
    const offersTo = (name: string) => of(streams.get(name)!, 'offer').filter((d) => d.alarmId === alarmId);
    await expect.poll(() => offersTo('worker1').length, { timeout: 1000, interval: 20 }).toBe(1);
    await expect.poll(() => offersTo('worker2').length, { timeout: 1000, interval: 20 }).toBe(1);
    expect(offersTo('worker1')[0]).toEqual({ alarmId, offerId: offers[w1], ring: 1, distanceM: 100 });
    expect(offersTo('worker2')[0]).toMatchObject({ offerId: offers[w2], distanceM: 200 });

    await commit(async (tx) => {
      await tx.query(`update alarms set status = 'accepted', accepted_by = $2, accepted_at = now() where id = $1`, [
        alarmId,
        w1,
      ]);
      await tx.query(`update alarm_offers set status = 'accepted', answered_at = now() where id = $1`, [offers[w1]]);
      await tx.query(`update alarm_offers set status = 'taken' where id = $1`, [offers[w2]]);
      await tx.query(`insert into alarm_events (id, alarm_id, kind, user_id) values ($1, $2, 'accepted', $3)`, [
        randomUUID(),
        alarmId,
        w1,
      ]);
      await recordChange(tx, { tbl: 'alarms', rowId: alarmId, op: 'put', communityId: inside.community_id });
      for (const userId of [w1, w2])
        await recordChange(tx, { tbl: 'alarm_offers', rowId: offers[userId]!, op: 'put', userIds: [userId] });
    });
    const takenTo = (name: string) => of(streams.get(name)!, 'taken').filter((d) => d.alarmId === alarmId);
    await expect.poll(() => takenTo('worker2').length, { timeout: 1000, interval: 20 }).toBe(1);
    expect(takenTo('worker2')[0]).toEqual({ alarmId, offerId: offers[w2], acceptedBy: w1 });
    await expect
      .poll(() => of(streams.get('liaison1')!, 'alarm').find((d) => d.alarmId === alarmId && d.status === 'accepted'))
      .toMatchObject({ change: 'accepted', acceptedBy: w1 });
    expect(takenTo('worker1')).toEqual([]);
    expect(of(streams.get('tech1')!, 'offer')).toEqual([]);
  });
});
