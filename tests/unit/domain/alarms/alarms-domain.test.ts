// Unit tests for the alarm rules (ALM-3, ALM-4, ALM-6): ranking, rings, the escalation plan and allowed changes.
// Must not touch a store, the network or the real clock.
import { describe, expect, it } from 'vitest';
import { type AlarmStatus, alarmStatuses } from '../../../../src/domain/alarms/alarm-kinds';
import { type AlarmAction, transitionAlarm, transitionOffer } from '../../../../src/domain/alarms/alarm-state';
import { dueSteps, planEscalation } from '../../../../src/domain/alarms/escalation';
import { type ResponderCandidate, rankResponders } from '../../../../src/domain/alarms/responders';
import { ringCandidateLimit, ringMembers } from '../../../../src/domain/alarms/rings';
import { offsetByMeters } from '../../../../src/domain/geo/distance';

const home = { lat: 34.33, lng: 108.71 };
const now = new Date('2026-11-23T10:00:00Z');
const user = (id: string, metres: number, extra: Partial<ResponderCandidate> = {}): ResponderCandidate => ({
  kind: 'user',
  id,
  name: id,
  phone: '13800000000',
  role: 'field_worker',
  onDuty: true,
  position: offsetByMeters(home, metres, 0),
  positionAt: new Date(now.getTime() - 60_000).toISOString(),
  ...(extra as object),
});

describe('responders', () => {
  it('[ALM-3] ranks on-duty responders, 24-hour care companies and the doctor by distance, with reasons', () => {
    const ranked = rankResponders(
      home,
      [
        user('far', 900),
        user('near', 100),
        user('off', 50, { onDuty: false }),
        user('stale', 50, { positionAt: new Date(now.getTime() - 31 * 60_000).toISOString() }),
        user('admin', 50, { role: 'admin' }),
        {
          kind: 'company',
          id: 'c1',
          name: 'care',
          phone: '1',
          is24h: true,
          categoryIds: ['care.meal'],
          position: offsetByMeters(home, 500, 0),
        },
        { kind: 'company', id: 'c2', name: 'day', phone: '1', is24h: false, categoryIds: ['medical'], position: home },
        {
          kind: 'company',
          id: 'c3',
          name: 'lock',
          phone: '1',
          is24h: true,
          categoryIds: ['locksmith.door'],
          position: home,
        },
        { kind: 'doctor', id: 'd1', name: 'Dr', phone: '2' },
      ],
      now,
    );
    expect(ranked.map((r) => r.id)).toEqual(['near', 'c1', 'far', 'd1']);
    expect(ranked[0]!.reason).toContain('on duty');
    expect(ranked[3]!.distanceM).toBeNull();
  });
});

describe('rings', () => {
  const ranked = rankResponders(
    home,
    [100, 200, 300, 400, 2000, 2500, 8000].map((m) => user(`u${m}`, m)),
    now,
  );
  it('[ALM-3] ring 1 is the 3 nearest within 1 km; ring 2 the next within 3 km; ring 3 beyond', () => {
    expect(ringMembers(ranked, 1, new Set()).map((r) => r.id)).toEqual(['u100', 'u200', 'u300']);
    const after1 = new Set(['u100', 'u200', 'u300']);
    expect(ringMembers(ranked, 2, after1).map((r) => r.id)).toEqual(['u400', 'u2000', 'u2500']);
    expect(ringMembers(ranked, 3, new Set([...after1, 'u400', 'u2000', 'u2500'])).map((r) => r.id)).toEqual(['u8000']);
    expect(ringMembers(ranked, 4, new Set())).toEqual([]);
  });
  it('[ALM-3] an empty ring 1 widens at once: never offered to nobody while someone is on duty', () => {
    const far = rankResponders(home, [user('a', 2500), user('b', 25_000)], now);
    expect(ringMembers(far, 1, new Set()).map((r) => r.id)).toEqual(['a']);
    const veryFar = rankResponders(home, [user('b', 25_000)], now);
    expect(ringMembers(veryFar, 1, new Set()).map((r) => r.id)).toEqual(['b']);
    expect(ringMembers([], 1, new Set())).toEqual([]);
  });
});

describe('ranking only what a ring needs', () => {
  it('[ALM-3] ring members from a limited ranking equal those from ranking everyone, on random data', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round++) {
      const candidates: ResponderCandidate[] = Array.from({ length: 300 }, (_, i) =>
        user(`u${round}-${i}`, Math.round(rand() * 12_000), {
          onDuty: rand() > 0.2,
          // Some duty positions are stale (over 30 minutes): never offered.
          positionAt: new Date(now.getTime() - rand() * 40 * 60_000).toISOString(),
        }),
      );
      const everyone = rankResponders(home, candidates, now);
      let offered = new Set<string>();
      for (const ring of [1, 2, 3]) {
        const limit = ringCandidateLimit(ring, offered);
        const limited = rankResponders(home, candidates, now, undefined, limit);
        expect(limited.length).toBeLessThanOrEqual(limit);
        const want = ringMembers(everyone, ring, offered).map((r) => r.id);
        expect(ringMembers(limited, ring, offered).map((r) => r.id)).toEqual(want);
        offered = new Set([...offered, ...want]);
      }
    }
  });
});

describe('escalation', () => {
  const timers = { ringSeconds: 60, supervisorSeconds: 180 };
  it('[ALM-4] plans ring 2 at 60 s, ring 3 at 120 s and the supervisor at 180 s', () => {
    const plan = planEscalation(now, timers, 3);
    expect(plan.map((s) => [s.type, (s.at.getTime() - now.getTime()) / 1000])).toEqual([
      ['ring', 60],
      ['ring', 120],
      ['supervisor', 180],
    ]);
  });
  it('[ALM-4] with a fake clock, steps fall due in order and stop once accepted', () => {
    const plan = planEscalation(now, timers, 3);
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    expect(dueSteps(plan, at(59), false)).toHaveLength(0);
    expect(dueSteps(plan, at(60), false)).toHaveLength(1);
    expect(dueSteps(plan, at(180), false)).toHaveLength(3);
    expect(dueSteps(plan, at(180), true)).toHaveLength(0);
    expect(planEscalation(now, { ringSeconds: 10, supervisorSeconds: 15 }, 3).map((s) => s.type)).toEqual([
      'ring',
      'supervisor',
      'ring',
    ]);
  });
});

describe('alarm state', () => {
  const allowed: Record<AlarmAction, AlarmStatus[]> = {
    accept: ['raised'],
    en_route: ['accepted', 'en_route'],
    on_scene: ['accepted', 'en_route'],
    resolve: ['raised', 'accepted', 'en_route', 'on_scene'],
    cancel: ['raised', 'accepted', 'en_route', 'on_scene'],
  };
  const target: Record<AlarmAction, AlarmStatus> = {
    accept: 'accepted',
    en_route: 'en_route',
    on_scene: 'on_scene',
    resolve: 'resolved',
    cancel: 'cancelled',
  };
  for (const action of Object.keys(allowed) as AlarmAction[]) {
    for (const from of alarmStatuses) {
      const ok = allowed[action].includes(from);
      it(`[ALM-6] ${action} from ${from} is ${ok ? 'allowed' : 'refused'}`, () => {
        const r = transitionAlarm(from, action);
        if (ok) expect(r).toEqual({ ok: true, value: target[action] });
        else {
          expect(r.ok).toBe(false);
          const code = !r.ok && r.problem.code;
          if (from === 'resolved' || from === 'cancelled') expect(code).toBe('alarm.closed');
          else if (action === 'accept') expect(code).toBe('alarm.taken');
          else if (from === 'raised') expect(code).toBe('alarm.not_accepted');
          else expect(code).toBe('alarm.invalid_transition');
        }
      });
    }
  }
  it('[ALM-3] an offer is answered once: offered → accepted | declined | taken | expired, nothing else', () => {
    expect(transitionOffer('offered', 'accept')).toEqual({ ok: true, value: 'accepted' });
    expect(transitionOffer('offered', 'decline')).toEqual({ ok: true, value: 'declined' });
    expect(transitionOffer('offered', 'take')).toEqual({ ok: true, value: 'taken' });
    expect(transitionOffer('offered', 'expire')).toEqual({ ok: true, value: 'expired' });
    for (const from of ['accepted', 'declined', 'taken', 'expired'] as const) {
      const r = transitionOffer(from, 'accept');
      expect(!r.ok && r.problem.code).toBe('alarm.offer_closed');
    }
  });
});
