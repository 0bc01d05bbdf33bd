// Order deadline reminders (督办, ORD-4) on the seeded store with a fake clock: the jobs scheduled for an order run at
// a chosen `now`, exactly as the job runner would; a reminder appears once, only when due, and reaches the centre and
// the holder by pull and SMS. One test goes through the real job runner to prove the handlers are composed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/access/roles';
import { defaultDeadlinePolicy } from '../../src/domain/orders/order-deadlines';
import { scheduleOrderDeadlines, scheduleOrderReminder } from '../../src/server/app/orders/order-deadline-jobs';
import { loadConfig } from '../../src/server/config';
import { alarmJobHandlers } from '../../src/server/jobs/alarm-job-handlers';
import { composeJobHandlers } from '../../src/server/jobs/job-handlers';
import { createJobRunner } from '../../src/server/jobs/job-runner';
import { orderJobHandlers } from '../../src/server/jobs/order-job-handlers';
import type { Store } from '../../src/server/store/store';
import { pull } from '../../src/server/sync/pull';
import { seededPglite } from '../helpers/stores';

const MIN = 60_000;
const HOUR = 60 * MIN;

let store: Store;
let seq = 0;
const users = new Map<string, { id: string; role: Role; company_id: string | null; phone: string }>();
let company: { id: string; phone: string };
let community: string;

beforeAll(async () => {
  store = await seededPglite();
  const rows = await store.query<{
    username: string;
    id: string;
    role: Role;
    company_id: string | null;
    phone: string;
  }>('select username, id, role, company_id, phone from users');
  for (const r of rows) users.set(r.username, r);
  const companyId = users.get('vendor1')!.company_id!;
  const companies = await store.query<{ id: string; phone: string }>('select id, phone from companies where id = $1', [
    companyId,
  ]);
  company = companies[0]!;
  community = (await store.query<{ id: string }>('select id from communities order by id limit 1'))[0]!.id;
});

afterAll(async () => {
  await store?.close();
});

interface NewOrder {
  status?: string;
  type?: string;
  dispatchedAt?: Date;
  assignee?: string;
  reminderAt?: Date;
  contract?: boolean;
}

/** An order as order.dispatch (or order.create for 待办) would leave it, with its deadline jobs scheduled. */
async function makeOrder(o: NewOrder) {
  const id = randomUUID();
  const no = `XY-TEST-${++seq}`;
  const at = o.dispatchedAt ?? null;
  const confirm = at && new Date(at.getTime() + defaultDeadlinePolicy.confirmMinutes * MIN);
  const service = at && new Date(at.getTime() + (o.contract ? defaultDeadlinePolicy.contractHours : 48) * HOUR);
  const pending = o.type === 'pending';
  await store.transaction(async (tx) => {
    await tx.query(
      `insert into orders (id, no, type, status, caller_phone, description, community_id, company_id, assignee_user_id,
                           is_contract_customer, reminder_at, dispatched_at, confirm_due_at, service_due_at, created_at,
                           created_by)
       values ($1, $2, $3, $4, '13800000000', '测试工单', $5, $6, $7, $8, $9, $10, $11, $12, $13,
               (select id from users where username = 'dispatcher1'))`,
      [
        id,
        no,
        o.type ?? 'home_service',
        o.status ?? 'dispatched',
        community,
        pending ? null : company.id,
        o.assignee ? users.get(o.assignee)!.id : null,
        o.contract ?? false,
        o.reminderAt ?? null,
        at,
        confirm,
        service,
        at ?? new Date(),
      ],
    );
    if (pending) await scheduleOrderReminder(tx, id, o.reminderAt!);
    else await scheduleOrderDeadlines(tx, { id, confirm_due_at: confirm, service_due_at: service });
  });
  return { id, no, confirm: confirm!, service: service! };
}

/** The job runner with a fake clock: runs the order's jobs due at `now`, each in its own transaction. */
async function runJobsAt(orderId: string, now: Date): Promise<number> {
  const jobs = await store.query<{ id: number; kind: string; payload: Record<string, unknown> }>(
    `select id, kind, payload from jobs where done_at is null and due_at <= $1 and payload->>'orderId' = $2
      order by due_at, id`,
    [now, orderId],
  );
  for (const job of jobs) {
    await store.transaction(async (tx) => {
      await orderJobHandlers[job.kind]!(tx, job.payload, now);
      await tx.query('update jobs set done_at = $2 where id = $1', [job.id, now]);
    });
  }
  return jobs.length;
}

async function remindersOf(orderId: string) {
  return store.query<{ id: string; reason_code: string; detail: { dueAt: string }; user_name: string; at: Date }>(
    `select id, reason_code, detail, user_name, at from order_events where order_id = $1 and kind = 'reminder'
      order by at`,
    [orderId],
  );
}

async function smsOf(orderId: string) {
  return store.query<{ target: string; body: string }>(
    `select target, body from outbound_messages where order_id = $1 and channel = 'sms' order by created_at`,
    [orderId],
  );
}

async function headSeq(): Promise<number> {
  const [row] = await store.query<{ n: number }>('select coalesce(max(seq), 0)::int as n from change_log');
  return row!.n;
}

function actorOf(username: string): Actor {
  const u = users.get(username)!;
  return { userId: u.id, role: u.role, companyId: u.company_id, communityIds: [] };
}

async function pulledEventIds(username: string, cursor: number): Promise<string[]> {
  const res = await pull(store, actorOf(username), cursor);
  return res.changes.filter((c) => c.table === 'order_events').map((c) => c.id);
}

describe('order deadline reminders (ORD-4)', () => {
  it('ORD-4 a confirm reminder appears once after the deadline, not before, for the centre and the vendor', async () => {
    const t0 = new Date();
    const order = await makeOrder({ dispatchedAt: t0 });
    const cursor = await headSeq();

    expect(await runJobsAt(order.id, new Date(t0.getTime() + 29 * MIN))).toBe(0);
    // Even a job run early (a host clock behind the database's) writes nothing before the deadline.
    await store.transaction((tx) =>
      orderJobHandlers['order.confirm_due']!(
        tx,
        { orderId: order.id, dueAt: order.confirm.toISOString() },
        new Date(t0.getTime() + 29 * MIN),
      ),
    );
    expect(await remindersOf(order.id)).toEqual([]);

    await runJobsAt(order.id, new Date(t0.getTime() + 31 * MIN));
    await runJobsAt(order.id, new Date(t0.getTime() + 40 * MIN)); // the early run's retry: still one reminder
    const reminders = await remindersOf(order.id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      reason_code: 'confirm_overdue',
      detail: { dueAt: order.confirm.toISOString() },
      user_name: '',
    });

    const sms = await smsOf(order.id);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.target).toBe(company.phone);
    expect(sms[0]!.body).toContain(order.no);
    expect(sms[0]!.body).toContain('确认时限');

    const eventId = reminders[0]!.id;
    for (const who of ['dispatcher1', 'supervisor1', 'vendor1']) {
      expect(await pulledEventIds(who, cursor), who).toContain(eventId);
    }
    expect(await pulledEventIds('worker2', cursor)).not.toContain(eventId);
  });

  it('ORD-4 an order accepted in time raises no confirm reminder and no SMS', async () => {
    const t0 = new Date();
    const order = await makeOrder({ dispatchedAt: t0, assignee: 'tech1' });
    await store.query(`update orders set status = 'accepted', accepted_at = $2 where id = $1`, [
      order.id,
      new Date(t0.getTime() + 10 * MIN),
    ]);
    expect(await runJobsAt(order.id, new Date(t0.getTime() + 31 * MIN))).toBe(1);
    expect(await remindersOf(order.id)).toEqual([]);
    expect(await smsOf(order.id)).toEqual([]);
  });

  it('ORD-4 a service reminder reaches the assignee when the order is still open past its service deadline', async () => {
    const t0 = new Date();
    const order = await makeOrder({ dispatchedAt: t0, assignee: 'tech1', contract: true });
    await store.query(`update orders set status = 'on_site', accepted_at = $2 where id = $1`, [
      order.id,
      new Date(t0.getTime() + 5 * MIN),
    ]);
    const cursor = await headSeq();
    await runJobsAt(order.id, new Date(t0.getTime() + 23 * HOUR));
    expect(await remindersOf(order.id)).toEqual([]);
    await runJobsAt(order.id, new Date(t0.getTime() + 24 * HOUR + MIN));
    const reminders = await remindersOf(order.id);
    expect(reminders.map((r) => [r.reason_code, r.detail.dueAt])).toEqual([
      ['service_overdue', order.service.toISOString()],
    ]);
    const sms = await smsOf(order.id);
    expect(sms.map((s) => s.target)).toEqual([users.get('tech1')!.phone]);
    expect(sms[0]!.body).toContain('服务时限');
    expect(await pulledEventIds('tech1', cursor)).toContain(reminders[0]!.id);
  });

  it('ORD-4 a completed order raises no service reminder', async () => {
    const t0 = new Date();
    const order = await makeOrder({ dispatchedAt: t0, assignee: 'tech1' });
    await store.query(`update orders set status = 'completed', accepted_at = $2, completed_at = $2 where id = $1`, [
      order.id,
      new Date(t0.getTime() + 3 * HOUR),
    ]);
    await runJobsAt(order.id, new Date(t0.getTime() + 49 * HOUR));
    expect(await remindersOf(order.id)).toEqual([]);
  });

  it('ORD-4 a deadline moved by an extension does not fire the old job; the new one fires once', async () => {
    const t0 = new Date();
    const order = await makeOrder({ dispatchedAt: t0, assignee: 'tech1' });
    await store.query(`update orders set status = 'accepted', accepted_at = $2 where id = $1`, [
      order.id,
      new Date(t0.getTime() + 5 * MIN),
    ]);
    const moved = new Date(order.service.getTime() + 24 * HOUR);
    await store.transaction(async (tx) => {
      await tx.query(`update orders set service_due_at = $2, extension_state = 'approved' where id = $1`, [
        order.id,
        moved,
      ]);
      await scheduleOrderDeadlines(tx, { id: order.id, confirm_due_at: null, service_due_at: moved });
    });
    await runJobsAt(order.id, new Date(order.service.getTime() + MIN));
    expect(await remindersOf(order.id)).toEqual([]);
    await runJobsAt(order.id, new Date(moved.getTime() + MIN));
    const reminders = await remindersOf(order.id);
    expect(reminders.map((r) => r.detail.dueAt)).toEqual([moved.toISOString()]);
  });

  it('ORD-4 a pending case (待办) reminds at its reminder time with pending_due, and not before', async () => {
    const t0 = new Date();
    const reminderAt = new Date(t0.getTime() + 2 * HOUR);
    const order = await makeOrder({ type: 'pending', status: 'new', reminderAt });
    expect(await runJobsAt(order.id, new Date(t0.getTime() + HOUR))).toBe(0);
    await runJobsAt(order.id, new Date(reminderAt.getTime() + 1000));
    const reminders = await remindersOf(order.id);
    expect(reminders.map((r) => [r.reason_code, r.detail.dueAt])).toEqual([['pending_due', reminderAt.toISOString()]]);
    expect(await smsOf(order.id)).toEqual([]);
  });

  it('ORD-4 the job runner of the server runs the order jobs beside the alarm jobs', async () => {
    const order = await makeOrder({ dispatchedAt: new Date(Date.now() - 31 * MIN) });
    const runner = createJobRunner(store, composeJobHandlers(alarmJobHandlers, orderJobHandlers));
    await runner.runDue();
    expect((await remindersOf(order.id)).map((r) => r.reason_code)).toEqual(['confirm_overdue']);
    const [left] = await store.query<{ n: number }>(
      `select count(*)::int as n from jobs where payload->>'orderId' = $1 and (done_at is null or attempts > 1)
          and kind = 'order.confirm_due'`,
      [order.id],
    );
    expect(left!.n).toBe(0);
  });

  it('ORD-4 the deadlines come from ANXIN_ORDER_CONFIRM_MINUTES, _CONTRACT_HOURS and _OTHER_HOURS', () => {
    expect(loadConfig({}).orderPolicy).toEqual(defaultDeadlinePolicy);
    const custom = loadConfig({
      ANXIN_ORDER_CONFIRM_MINUTES: '10',
      ANXIN_ORDER_CONTRACT_HOURS: '12',
      ANXIN_ORDER_OTHER_HOURS: '36',
    });
    expect(custom.orderPolicy).toEqual({ confirmMinutes: 10, contractHours: 12, otherHours: 36 });
    expect(() => loadConfig({ ANXIN_ORDER_CONFIRM_MINUTES: '0' })).toThrow(/ANXIN_ORDER_CONFIRM_MINUTES/);
  });
});
