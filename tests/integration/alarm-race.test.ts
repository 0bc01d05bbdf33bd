// The accept race (ALM-3): 50 responders accept one alarm at the same moment, 200 times over; the conditional update
// must leave exactly one winner each time, on PGlite and on PostgreSQL. Rows are made with SQL to keep it fast.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access/roles';
import { alarmAccept } from '../../src/server/app/mutations/alarm-respond';
import { prepareStore } from '../../src/server/boot';
import { ProblemError } from '../../src/server/http/problem-error';
import type { Store } from '../../src/server/store/store';
import { available } from '../helpers/require-env';
import { freshPostgres, seededPglite } from '../helpers/stores';

const RESPONDERS = 50;
const ROUNDS = 200;

function runRace(name: string, makeStore: () => Promise<Store>) {
  describe(`alarm accept race on ${name}`, () => {
    let store: Store;
    const run = randomUUID().slice(0, 8);
    const users = Array.from({ length: RESPONDERS }, (_, i) => `race-${run}-${i}`);
    let residentId = '';
    let communityId = '';

    beforeAll(async () => {
      store = await makeStore();
      communityId = `race-c-${run}`;
      await store.query(`insert into districts (id, name, lat, lng) values ($1, 'd', 34.33, 108.71)`, [`d-${run}`]);
      await store.query(`insert into streets (id, district_id, name) values ($1, $2, 's')`, [`s-${run}`, `d-${run}`]);
      await store.query(
        `insert into communities (id, street_id, district_id, name, lat, lng) values ($1, $2, $3, 'c', 34.33, 108.71)`,
        [communityId, `s-${run}`, `d-${run}`],
      );
      residentId = `race-r-${run}`;
      await store.query(
        `insert into residents (id, name, gender, birth_date, community_id, lat, lng)
         values ($1, '测试老人', 'female', '1940-01-01', $2, 34.33, 108.71)`,
        [residentId, communityId],
      );
      await store.query(
        `insert into users (id, username, display_name, role, password_hash, on_duty, duty_lat, duty_lng, duty_at)
         select u, u, u, 'field_worker', 'x', true, 34.33, 108.71, now() from unnest($1::text[]) u`,
        [users],
      );
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    const accept = (alarmId: string, userId: string) => {
      const actor: Actor = { userId, role: 'field_worker', companyId: null, communityIds: [] };
      return store.transaction((tx) =>
        alarmAccept.handle(
          {
            tx,
            actor,
            user: {
              id: userId,
              username: userId,
              displayName: userId,
              role: 'field_worker',
              companyId: null,
              volunteerId: null,
              communityIds: [],
            },
            audit: { userId, username: userId, ip: '', userAgent: 'race' },
            mutationId: randomUUID(),
            deviceAt: new Date().toISOString(),
            now: new Date(),
          },
          { alarmId },
        ),
      );
    };

    it(`[ALM-3] ${RESPONDERS} concurrent accepts, ${ROUNDS} times: exactly one winner each time`, async () => {
      const started = Date.now();
      for (let round = 0; round < ROUNDS; round++) {
        const alarmId = `race-a-${run}-${round}`;
        await store.query(
          `insert into alarms (id, resident_id, community_id, source, lat, lng) values ($1, $2, $3, 'dispatcher', 34.33, 108.71)`,
          [alarmId, residentId, communityId],
        );
        await store.query(
          `insert into alarm_offers (id, alarm_id, user_id, ring, rank)
           select $1 || '-' || ord, $1, u, 1, ord from unnest($2::text[]) with ordinality as x(u, ord)`,
          [alarmId, users],
        );
        const results = await Promise.allSettled(users.map((u) => accept(alarmId, u)));
        const winners = results.filter((r) => r.status === 'fulfilled');
        const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(winners).toHaveLength(1);
        for (const l of losers) {
          expect(l.reason).toBeInstanceOf(ProblemError);
          expect((l.reason as ProblemError).problem.code).toBe('alarm.taken');
        }
        const [a] = await store.query<{ accepted_by: string; accepted: number; taken: number }>(
          `select a.accepted_by,
                  (select count(*)::int from alarm_offers o where o.alarm_id = a.id and o.status = 'accepted') as accepted,
                  (select count(*)::int from alarm_offers o where o.alarm_id = a.id and o.status = 'taken') as taken
             from alarms a where a.id = $1`,
          [alarmId],
        );
        expect(a).toMatchObject({ accepted: 1, taken: RESPONDERS - 1 });
        expect(users).toContain(a!.accepted_by);
      }
      expect(Date.now() - started).toBeLessThan(60_000);
    }, 90_000);
  });
}

runRace('pglite', seededPglite);

if (available('postgres')) {
  runRace('postgres', async () => {
    const store = await freshPostgres();
    await prepareStore(store, { demo: false });
    return store;
  });
}
