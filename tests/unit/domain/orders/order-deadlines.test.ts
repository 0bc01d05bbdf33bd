// Unit tests for order deadlines and traffic lights (ORD-4): deadlines from dispatch, when yellow starts, the light
// at boundary instants for each status, and the centre's time format. Must not read the clock: every instant is given.
import { describe, expect, it } from 'vitest';
import {
  currentWindow,
  deadlinesFrom,
  defaultDeadlinePolicy,
  formatDeadline,
  isConfirmOverdue,
  isServiceOverdue,
  type LightFacts,
  orderLight,
  yellowFrom,
} from '../../../../src/domain/orders/order-deadlines';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const t0 = new Date('2026-11-23T02:00:00.000Z'); // 10:00 in Xianyang
const plus = (ms: number) => new Date(t0.getTime() + ms);
const iso = (ms: number) => plus(ms).toISOString();

const base: LightFacts = {
  status: 'new',
  type: 'home_service',
  createdAt: t0.toISOString(),
  dispatchedAt: null,
  confirmDueAt: null,
  serviceDueAt: null,
  acceptedAt: null,
  completedAt: null,
  reminderAt: null,
};
/** Dispatched at t0 to a non-contract customer: confirm by +30 min, serve by +48 h. */
const dispatched: LightFacts = {
  ...base,
  status: 'dispatched',
  dispatchedAt: t0.toISOString(),
  confirmDueAt: iso(30 * MINUTE),
  serviceDueAt: iso(48 * HOUR),
};

describe('deadlinesFrom', () => {
  it('ORD-4 a dispatched order must be confirmed within 30 minutes', () => {
    expect(deadlinesFrom(t0, false).confirmDueAt.toISOString()).toBe(iso(30 * MINUTE));
    expect(deadlinesFrom(t0, true).confirmDueAt.toISOString()).toBe(iso(30 * MINUTE));
  });

  it('ORD-4 service is due in 24 h for contract customers and 48 h for others', () => {
    expect(deadlinesFrom(t0, true).serviceDueAt.toISOString()).toBe(iso(24 * HOUR));
    expect(deadlinesFrom(t0, false).serviceDueAt.toISOString()).toBe(iso(48 * HOUR));
  });

  it('ORD-4 a configured policy replaces every default', () => {
    const policy = { confirmMinutes: 15, contractHours: 12, otherHours: 72 };
    expect(deadlinesFrom(t0, true, policy)).toEqual({ confirmDueAt: plus(15 * MINUTE), serviceDueAt: plus(12 * HOUR) });
    expect(deadlinesFrom(t0, false, policy).serviceDueAt).toEqual(plus(72 * HOUR));
    expect(defaultDeadlinePolicy).toEqual({ confirmMinutes: 30, contractHours: 24, otherHours: 48 });
  });
});

describe('yellowFrom', () => {
  it('ORD-4 turns yellow at 75% of a limit', () => {
    expect(yellowFrom(t0, plus(48 * HOUR))).toEqual(plus(36 * HOUR));
    expect(yellowFrom(t0, plus(30 * MINUTE))).toEqual(plus(22.5 * MINUTE));
  });

  it('ORD-4 turns yellow after 5 days of a 7-day limit (not at 75% = 5.25 days)', () => {
    expect(yellowFrom(t0, plus(7 * DAY))).toEqual(plus(5 * DAY));
    // Any other limit keeps the 75% rule.
    expect(yellowFrom(t0, plus(6 * DAY))).toEqual(plus(4.5 * DAY));
    expect(yellowFrom(t0, plus(8 * DAY))).toEqual(plus(6 * DAY));
  });
});

describe('orderLight at boundary instants', () => {
  const light = (o: LightFacts, ms: number) => orderLight(o, plus(ms));

  it('ORD-4 a new case runs the intake window: green, yellow at 22.5 min, red after 30 min', () => {
    expect(light(base, 0)).toBe('green');
    expect(light(base, 22.5 * MINUTE - 1)).toBe('green');
    expect(light(base, 22.5 * MINUTE)).toBe('yellow');
    expect(light(base, 30 * MINUTE)).toBe('yellow');
    expect(light(base, 30 * MINUTE + 1)).toBe('red');
    expect(currentWindow(base)?.kind).toBe('intake');
  });

  it('ORD-4 a dispatched order runs the confirmation window', () => {
    expect(currentWindow(dispatched)).toEqual({ kind: 'confirm', start: t0, due: plus(30 * MINUTE) });
    expect(light(dispatched, 22.5 * MINUTE - 1)).toBe('green');
    expect(light(dispatched, 22.5 * MINUTE)).toBe('yellow');
    expect(light(dispatched, 30 * MINUTE)).toBe('yellow');
    expect(light(dispatched, 30 * MINUTE + 1)).toBe('red');
    expect(isConfirmOverdue(dispatched, plus(30 * MINUTE))).toBe(false);
    expect(isConfirmOverdue(dispatched, plus(30 * MINUTE + 1))).toBe(true);
  });

  it('ORD-4 an accepted order runs the service window: a late confirmation no longer makes it red', () => {
    const accepted: LightFacts = { ...dispatched, status: 'accepted', acceptedAt: iso(40 * MINUTE) };
    expect(currentWindow(accepted)?.kind).toBe('service');
    expect(light(accepted, 40 * MINUTE)).toBe('green');
    expect(light(accepted, 36 * HOUR - 1)).toBe('green');
    expect(light(accepted, 36 * HOUR)).toBe('yellow');
    expect(light(accepted, 48 * HOUR)).toBe('yellow');
    expect(light(accepted, 48 * HOUR + 1)).toBe('red');
    expect(isConfirmOverdue(accepted, plus(48 * HOUR + 1))).toBe(false);
    expect(isServiceOverdue(accepted, plus(48 * HOUR))).toBe(false);
    expect(isServiceOverdue(accepted, plus(48 * HOUR + 1))).toBe(true);
  });

  it('ORD-4 the service window also governs en route and on site', () => {
    for (const status of ['en_route', 'on_site'] as const) {
      expect(light({ ...dispatched, status }, 48 * HOUR + 1)).toBe('red');
      expect(light({ ...dispatched, status }, 1 * HOUR)).toBe('green');
    }
  });

  it('ORD-4 done in time stays green and done late stays red, whenever one looks', () => {
    for (const status of ['completed', 'verified', 'called_back', 'closed'] as const) {
      const inTime: LightFacts = { ...dispatched, status, completedAt: iso(48 * HOUR) };
      const late: LightFacts = { ...dispatched, status, completedAt: iso(48 * HOUR + 1) };
      expect(light(inTime, 30 * DAY)).toBe('green');
      expect(light(late, 49 * HOUR)).toBe('red');
      expect(light(late, 30 * DAY)).toBe('red');
      expect(isServiceOverdue(late, plus(30 * DAY))).toBe(false);
    }
  });

  it('ORD-4 a closed inquiry has no light; a closed case with no deadline is green', () => {
    expect(light({ ...base, type: 'inquiry', status: 'closed' }, DAY)).toBe('none');
    expect(light({ ...base, status: 'closed' }, DAY)).toBe('green');
  });

  it('ORD-4 a cancelled order has no light, even long after its deadlines', () => {
    const cancelled: LightFacts = { ...dispatched, status: 'cancelled' };
    expect(light(cancelled, 0)).toBe('none');
    expect(light(cancelled, 30 * DAY)).toBe('none');
    expect(currentWindow(cancelled)).toBeNull();
    expect(isConfirmOverdue(cancelled, plus(30 * DAY))).toBe(false);
    expect(isServiceOverdue(cancelled, plus(30 * DAY))).toBe(false);
  });

  it('ORD-4 a pending case (待办) runs until its reminder time: yellow at 75%, red after', () => {
    const pending: LightFacts = { ...base, type: 'pending', reminderAt: iso(8 * HOUR) };
    expect(currentWindow(pending)).toEqual({ kind: 'reminder', start: t0, due: plus(8 * HOUR) });
    expect(light(pending, 6 * HOUR - 1)).toBe('green');
    expect(light(pending, 6 * HOUR)).toBe('yellow');
    expect(light(pending, 8 * HOUR)).toBe('yellow');
    expect(light(pending, 8 * HOUR + 1)).toBe('red');
  });

  it('ORD-4 a 7-day reminder turns yellow after 5 days', () => {
    const pending: LightFacts = { ...base, type: 'pending', reminderAt: iso(7 * DAY) };
    expect(light(pending, 5 * DAY - 1)).toBe('green');
    expect(light(pending, 5 * DAY)).toBe('yellow');
  });

  it('ORD-4 the intake window follows a configured confirmation time', () => {
    const policy = { ...defaultDeadlinePolicy, confirmMinutes: 60 };
    expect(orderLight(base, plus(45 * MINUTE - 1), policy)).toBe('green');
    expect(orderLight(base, plus(45 * MINUTE), policy)).toBe('yellow');
    expect(orderLight(base, plus(60 * MINUTE + 1), policy)).toBe('red');
  });

  it('ORD-4 a returned order waiting at the centre keeps its service deadline', () => {
    const returned: LightFacts = { ...dispatched, status: 'returned' };
    expect(currentWindow(returned)?.kind).toBe('service');
    expect(light(returned, 48 * HOUR + 1)).toBe('red');
  });
});

describe('formatDeadline', () => {
  it('ORD-4 shows deadlines in Xianyang time (UTC+8), month-day hour:minute, across midnight and year end', () => {
    expect(formatDeadline('2026-11-23T02:05:00.000Z')).toBe('11-23 10:05');
    expect(formatDeadline('2026-11-23T16:30:00.000Z')).toBe('11-24 00:30');
    expect(formatDeadline('2026-12-31T20:00:00.000Z')).toBe('01-01 04:00');
    expect(formatDeadline('2026-11-23T10:00:00+08:00')).toBe('11-23 10:00');
  });
});
