// Alarm timers that survive a server (ALM-4, ARCHITECTURE §5): two real server processes on one PostgreSQL schema
// with 1 s rings; ring 2 comes from the job runner on time, and after the instance that raised the alarm is
// stopped, the other one runs ring 3 and the supervisor alert on time, and sends the queued SMS.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import type { Store } from '../../src/server/store/store';
import { available, postgresUrl } from '../helpers/require-env';
import { type ServerProcess, startServer } from '../helpers/server-process';
import { freshPostgres } from '../helpers/stores';

const pg = available('postgres');

describe.skipIf(!pg)('alarm timers across server instances (PostgreSQL)', () => {
  let store: Store;
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;

  beforeAll(async () => {
    store = await freshPostgres();
    await prepareStore(store, { demo: true });
    const schema = (await store.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    const env = {
      DATABASE_URL: postgresUrl,
      ANXIN_DB_SCHEMA: schema,
      ANXIN_ALARM_RING_SECONDS: '1',
      ANXIN_ALARM_SUPERVISOR_SECONDS: '4',
      ANXIN_DC09_PORT: '0',
    };
    [first, second] = await Promise.all([startServer(env), startServer(env)]);
  }, 150_000);

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await store?.close();
  });

  const alarmRow = async (id: string) =>
    (
      await store.query<{ ring: number; supervisor_alerted_at: Date | null; raised_at: Date }>(
        'select ring, supervisor_alerted_at, raised_at from alarms where id = $1',
        [id],
      )
    )[0];

  it('[ALM-4] unanswered rings escalate on time, and keep escalating when the raising instance stops', async () => {
    const url = first!.url;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dispatcher1', password: 'anxin-demo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const [resident] = await store.query<{ id: string }>(
      'select id from residents where lat is not null order by id limit 1',
    );
    const alarmId = randomUUID();
    const push = await fetch(`${url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        protocol: 1,
        clientId: 'alarm-timers-test',
        mutations: [
          {
            id: randomUUID(),
            name: 'alarm.raise',
            args: { id: alarmId, residentId: resident!.id },
            at: new Date().toISOString(),
          },
        ],
      }),
    });
    const body = (await push.json()) as { results: { status: string; problem?: unknown }[] };
    expect(body.results[0], JSON.stringify(body)).toMatchObject({ status: 'applied' });
    const raisedAt = (await alarmRow(alarmId))!.raised_at.getTime();

    await expect.poll(async () => (await alarmRow(alarmId))?.ring, { timeout: 3000, interval: 100 }).toBe(2);
    const [ring2] = await store.query<{ at: Date }>(
      `select at from alarm_events where alarm_id = $1 and kind = 'ring' and (detail->>'ring')::int = 2`,
      [alarmId],
    );
    expect(ring2!.at.getTime() - raisedAt).toBeLessThan(2500);

    await first!.stop(); // the instance that raised it goes away
    first = undefined;
    await expect.poll(async () => (await alarmRow(alarmId))?.ring, { timeout: 4000, interval: 100 }).toBe(3);
    await expect
      .poll(async () => (await alarmRow(alarmId))?.supervisor_alerted_at ?? null, { timeout: 6000, interval: 100 })
      .not.toBeNull();
    const alerted = (await alarmRow(alarmId))!.supervisor_alerted_at!.getTime();
    expect(alerted - raisedAt).toBeGreaterThanOrEqual(3900);
    expect(alerted - raisedAt).toBeLessThan(6000);
    const [jobs] = await store.query<{ open: number; failed: number }>(
      `select count(*) filter (where done_at is null)::int as open, count(*) filter (where attempts > 1)::int as failed
         from jobs where payload->>'alarmId' = $1`,
      [alarmId],
    );
    expect(jobs).toEqual({ open: 0, failed: 0 });
    // Every SMS the alarm queued (contacts, companies, supervisors) went out through the log gateway, and every web push
    // was tried (failed here: nobody subscribed), each attempt on the timeline.
    const counts = async () =>
      (
        await store.query<{ queued: number; sent: number; tried: number; notified: number }>(
          `select (select count(*)::int from outbound_messages where alarm_id = $1 and status = 'queued') as queued,
                  (select count(*)::int from outbound_messages where alarm_id = $1 and status = 'sent') as sent,
                  (select count(*)::int from outbound_messages where alarm_id = $1 and status <> 'queued') as tried,
                  (select count(*)::int from alarm_events where alarm_id = $1 and kind = 'notify') as notified`,
          [alarmId],
        )
      )[0]!;
    await expect.poll(async () => (await counts()).queued, { timeout: 3000 }).toBe(0);
    const c = await counts();
    expect(c.sent).toBeGreaterThan(0);
    expect(c.notified).toBe(c.tried);
  }, 60_000);
});
