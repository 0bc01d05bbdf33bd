// The transitions of one demo order (ORD-3): when each happened, who did it, from where, and why.
// Must not pick who holds the order (demo-orders.ts does) nor read the clock: all times count back from `now`.
import { offsetByMeters } from '../../domain/geo/distance';
import type { OrderEventKind } from '../../domain/orders/order-events';
import type { OrderStatus } from '../../domain/orders/order-kinds';
import type { OrderParty } from './demo-orders';
import type { DemoUsers } from './demo-users';
import { completionOutcomes, extensionReason, type OrderScenario, returnReasons } from './order-scenarios';
import type { Random } from './random';

export interface Step {
  kind: OrderEventKind;
  at: string;
  from: OrderStatus | null;
  to: OrderStatus | null;
  userId: string | null;
  companyId: string | null;
  lat?: number;
  lng?: number;
  /** Set when the step was made offline on a phone and synced later. */
  deviceAt?: string;
  reason?: string;
  reasonCode?: string;
  outcome?: string;
  /** ORD-5: a return by a unit other than the one that completed the order. */
  wrongReturn?: boolean;
}

const MIN = 60_000;

type ReturnGiven = (typeof returnReasons)[number];
const returnStep = (r: ReturnGiven) => ({ reason: r.text, reasonCode: r.code });
const HOUR = 60 * MIN;

/** Instants in ms; each later step is at least a minute after the one before. */
interface Times {
  created: number;
  dispatched?: number;
  assigned?: number;
  returned?: number;
  /** The second dispatch, to the unit that did the work, after the first one returned the order (ORD-5). */
  redispatched?: number;
  accepted?: number;
  travel?: number;
  arrived?: number;
  completed?: number;
  closed?: number;
  extension?: number;
}

function planTimes(random: Random, nowMs: number, s: OrderScenario, contract: boolean): Times {
  const d = nowMs - s.age * MIN - random.int(0, 59) * 1000; // not on the minute: real clocks are not
  if (s.status === 'new') return { created: d };
  if (s.status === 'closed') return { created: d, closed: d + random.int(3, 8) * MIN };
  const t: Times = { created: d - random.int(2, 12) * MIN, dispatched: d };
  if (s.target === 'tech1') t.assigned = d + random.int(2, 6) * MIN;
  if (s.status === 'returned') t.returned = d + random.int(5, Math.min(25, s.age - 2)) * MIN;
  if (s.status === 'dispatched' || s.status === 'returned') return t;
  if (s.returnedBy) {
    t.returned = d + random.int(5, 25) * MIN;
    t.redispatched = t.returned + random.int(3, 15) * MIN;
  }
  // Accepted inside the 30-minute confirm limit (ORD-4), counted from the dispatch that reached the acceptor.
  const accepted = (t.redispatched ?? t.assigned ?? d) + random.int(3, Math.min(20, Math.floor(s.age / 3))) * MIN;
  t.accepted = accepted;
  if (s.extension) t.extension = d + random.int(36, 46) * HOUR;
  if (s.status === 'en_route')
    t.travel = nowMs - random.int(3, Math.max(3, Math.min(20, minutesBetween(accepted, nowMs) / 2))) * MIN;
  if (s.status === 'on_site') {
    t.arrived = nowMs - random.int(5, Math.max(5, Math.min(60, minutesBetween(accepted, nowMs) / 3))) * MIN;
    t.travel = Math.max(accepted + MIN, t.arrived - random.int(10, 30) * MIN);
  }
  if (s.status === 'completed') {
    const due = d + (contract ? 24 : 48) * HOUR; // from the first dispatch: a redispatch keeps the caller's clock
    const inTime = Math.min(accepted + random.float(2 * HOUR, 0.7 * (due - accepted)), nowMs - 30 * MIN);
    t.completed = s.late ? due + random.int(60, 240) * MIN : inTime;
    t.arrived = Math.max(accepted + 2 * MIN, t.completed - random.int(30, 120) * MIN);
    t.travel = Math.max(accepted + MIN, t.arrived - random.int(10, 30) * MIN);
  }
  return t;
}

const minutesBetween = (a: number, b: number) => Math.floor((b - a) / MIN);
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString(); // whole seconds: tidy rows

type Planned = [ms: number | undefined, step: Omit<Step, 'at'>];

const step = (
  kind: OrderEventKind,
  from: OrderStatus | null,
  to: OrderStatus | null,
  userId: string | null,
  companyId: string | null,
  extra: Partial<Step> = {},
): Omit<Step, 'at'> => ({ kind, from, to, userId, companyId, ...extra });

export function planOrderTimeline(
  random: Random,
  now: Date,
  s: OrderScenario,
  party: OrderParty,
  users: DemoUsers,
): Step[] {
  const t = planTimes(random, now.getTime(), s, party.resident?.service_card_no != null);
  const id = (username: string) => users.byUsername.get(username)!.id;
  const dispatcher = id('dispatcher1');
  const co = party.company?.id ?? null;
  // The unit the order went to first: the one that returned it when it was redispatched, else the holder.
  const first = party.returnedFrom?.id ?? co;
  // Field steps are made by the assignee when there is one; other companies answer by phone, so no user.
  const worker = party.assignee?.id ?? null;
  const returner = s.target === 'techCompany' || s.returnedBy === 'techCompany' ? id('vendor1') : null;
  const origin = party.origin ? { lat: party.origin.lat, lng: party.origin.lng } : {};
  const given = returnStep(pickReturn(random, party));
  const planned: Planned[] = [
    [t.created, step('created', null, 'new', dispatcher, null)],
    [t.closed, step('closed', 'new', 'closed', dispatcher, null, { outcome: '已当场答复来电人' })],
    [t.dispatched, step('dispatched', 'new', 'dispatched', dispatcher, first)],
    [t.assigned, step('assigned', null, null, id('vendor1'), co)],
    [t.returned, step('returned', 'dispatched', 'returned', returner, first, given)],
    [t.redispatched, step('dispatched', 'returned', 'dispatched', dispatcher, co)],
    [t.accepted, step('accepted', 'dispatched', 'accepted', worker, co)],
    [t.extension, step('extension_requested', null, null, worker, co, { reason: extensionReason })],
    [t.travel, step('en_route', 'accepted', 'en_route', worker, co, origin)],
    planArrival(random, now, s, party, t.arrived, step('arrived', 'en_route', 'on_site', worker, co)),
    [t.completed, step('completed', 'on_site', 'completed', worker, co, { outcome: random.pick(completionOutcomes) })],
  ];
  const steps = planned
    .flatMap(([ms, planStep]) => (ms === undefined ? [] : [{ ...planStep, at: iso(ms) }]))
    .sort((a, b) => a.at.localeCompare(b.at));
  return markWrongReturns(steps);
}

/**
 * Why the first unit gave the order back: a company that does not offer the service says so; one that does was
 * full or too far. Orders returned where they stand (no redispatch yet) keep the plain draw.
 */
function pickReturn(random: Random, party: OrderParty): ReturnGiven {
  const from = party.returnedFrom;
  if (!from) return random.pick(returnReasons);
  const offers = party.categoryId !== null && from.category_ids.includes(party.categoryId);
  const fitting = returnReasons.filter((r) => (r.code === 'not_our_service') !== offers);
  return random.pick(fitting);
}

/**
 * ORD-5 as order.complete applies it: once an order is completed, every return by another unit than the completing
 * one was wrong (all of them when no company completed it: someone could do the job after all).
 */
function markWrongReturns(steps: Step[]): Step[] {
  const done = steps.find((s) => s.kind === 'completed');
  if (!done) return steps;
  return steps.map((s) =>
    s.kind === 'returned' && (done.companyId === null || s.companyId !== done.companyId)
      ? { ...s, wrongReturn: true }
      : s,
  );
}

/** The arrival fix at the door; worker1 often works where there is no signal, so that step synced a while later. */
function planArrival(
  random: Random,
  now: Date,
  s: OrderScenario,
  party: OrderParty,
  arrived: number | undefined,
  base: Omit<Step, 'at'>,
): Planned {
  if (arrived === undefined) return [undefined, base];
  const spot = party.resident ? jitter(random, party.resident) : {};
  const offline = s.target === 'worker1' && arrived < now.getTime() - 20 * MIN;
  if (!offline) return [arrived, { ...base, ...spot }];
  return [arrived + random.int(8, 15) * MIN, { ...base, ...spot, deviceAt: iso(arrived) }];
}

/** A GPS fix within ~25 m of the door. */
function jitter(random: Random, point: { lat: number; lng: number }): { lat: number; lng: number } {
  const p = offsetByMeters(point, random.float(-18, 18), random.float(-18, 18));
  return { lat: Math.round(p.lat * 1e6) / 1e6, lng: Math.round(p.lng * 1e6) / 1e6 };
}

export interface NotePlan {
  userId: string;
  text: string;
  at: string;
}

/** A few notes where a real order would carry one: a technician's finding, a chase-up, a supervisor's decision. */
export function planOrderNotes(s: OrderScenario, steps: readonly Step[], users: DemoUsers, now: Date): NotePlan[] {
  const id = (username: string) => users.byUsername.get(username)!.id;
  const last = (kind: string) => steps.findLast((step) => step.kind === kind)?.at;
  const later = (at: string | undefined, minutes: number) => {
    if (!at) return undefined;
    const ms = Math.min(Date.parse(at) + minutes * MIN, now.getTime() - MIN);
    return iso(ms);
  };
  const notes: NotePlan[] = [];
  const add = (username: string, text: string, at: string | undefined) => {
    if (at) notes.push({ userId: id(username), text, at });
  };
  if (s.target === 'tech1' && s.status === 'on_site') {
    add('tech1', '现场查看为下水管老化，需更换约1米管道，已告知老人费用', later(last('arrived'), 10));
  }
  if (s.target === 'worker1' && s.status === 'completed' && s.age < 48 * 60) {
    add('worker1', '老人今天精神不错，午饭吃了一碗面，血压正常', later(last('completed'), -5));
  }
  if (s.target === 'techCompany' && s.status === 'dispatched' && s.age > 30) {
    add('dispatcher1', '超时未确认，已电话催促企业尽快接单', later(last('dispatched'), 32));
  }
  if (s.target === 'techCompany' && s.status === 'returned') {
    add('dispatcher1', '企业退单，准备改派其他企业', later(last('returned'), 5));
  }
  if (s.returnedBy) add('dispatcher1', '原企业退单，已改派本区其他企业，请老人留意电话', later(last('dispatched'), 1));
  if (s.extension)
    add('supervisor1', '已联系企业核实，同意等配件，请明天中午前完成', later(last('extension_requested'), 40));
  if (s.type === 'complaint') add('dispatcher1', '已联系城管部门核实处理', later(last('created'), 10));
  if (s.target === 'tech1' && s.status === 'accepted' && s.age < 4 * 60) {
    add('vendor1', '已安排师傅，预计下午两点前上门', later(last('assigned'), 1));
  }
  return notes;
}
