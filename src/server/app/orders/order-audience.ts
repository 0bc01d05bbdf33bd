// Who holds an order's rows on their phone (SYN-3, FLD-1) and the change-log entries that keep devices in step:
// the assignee, or while a company's order waits in its pool every active technician of that company. Must not
// decide transitions; it only logs rows the caller already wrote.
import type { Queryable } from '../../store/store';
import { recordChange } from '../../sync/change-log';
import type { OrderRecord } from './order-records';

type AudienceFacts = Pick<OrderRecord, 'status' | 'company_id' | 'assignee_user_id'>;

/** The users (beyond community and company scope) whose devices carry the order. */
export async function orderAudience(q: Queryable, o: AudienceFacts): Promise<string[]> {
  // A withdrawn case leaves every field device; the assignee stays on the row as history.
  if (o.status === 'cancelled') return [];
  if (o.assignee_user_id) return [o.assignee_user_id];
  if (o.status !== 'dispatched' || !o.company_id) return [];
  // The company pool: any of them may accept; the first wins (ORD-3).
  const rows = await q.query<{ id: string }>(
    `select id from users where company_id = $1 and role = 'field_worker' and active order by id`,
    [o.company_id],
  );
  return rows.map((r) => r.id);
}

export interface OrderPublication {
  /** The order as it was before this mutation (null when it was just created). */
  before: (AudienceFacts & Pick<OrderRecord, 'community_id'>) | null;
  beforeUsers: readonly string[];
  after: OrderRecord;
  /** Event ids written by this mutation, logged after the order row. */
  eventIds: readonly string[];
  mutationId: string | null;
}

async function childIds(q: Queryable, orderId: string, skip: readonly string[]) {
  const events = await q.query<{ id: string }>('select id from order_events where order_id = $1 order by at', [
    orderId,
  ]);
  const notes = await q.query<{ id: string }>('select id from order_notes where order_id = $1 order by at', [orderId]);
  return {
    events: events.map((e) => e.id).filter((id) => !skip.includes(id)),
    notes: notes.map((n) => n.id),
  };
}

/**
 * Logs the order after a transition. Users who lost it get 'delete' entries first (order, timeline and notes), then
 * the order and the new events go to the current audience. When the audience changed, the earlier timeline and
 * notes are logged again for it (a delete entry reaches centre staff too, and new holders need the history), and
 * a new holder gets the resident's card. Returns the current audience.
 */
export async function publishOrder(q: Queryable, p: OrderPublication): Promise<string[]> {
  const { after: o, mutationId } = p;
  const users = await orderAudience(q, o);
  const lost = p.beforeUsers.filter((u) => !users.includes(u));
  const gained = users.filter((u) => !p.beforeUsers.includes(u));
  const history = lost.length || gained.length ? await childIds(q, o.id, p.eventIds) : { events: [], notes: [] };
  if (lost.length) {
    const gone = { op: 'delete' as const, userIds: lost, mutationId };
    await recordChange(q, { tbl: 'orders', rowId: o.id, ...gone });
    for (const id of history.events) await recordChange(q, { tbl: 'order_events', rowId: id, ...gone });
    for (const id of history.notes) await recordChange(q, { tbl: 'order_notes', rowId: id, ...gone });
  }
  const scope = {
    op: 'put' as const,
    communityId: o.community_id,
    companyId: o.company_id,
    userIds: users,
    // A company or community that no longer holds the order is sent a delete by pull (prev scope).
    prevCommunityId: p.before && p.before.community_id !== o.community_id ? p.before.community_id : null,
    prevCompanyId: p.before && p.before.company_id !== o.company_id ? p.before.company_id : null,
    mutationId,
  };
  await recordChange(q, { tbl: 'orders', rowId: o.id, ...scope });
  for (const id of history.events) await recordChange(q, { tbl: 'order_events', rowId: id, ...scope });
  for (const id of history.notes) await recordChange(q, { tbl: 'order_notes', rowId: id, ...scope });
  for (const id of p.eventIds) await recordChange(q, { tbl: 'order_events', rowId: id, ...scope });
  // The resident's card goes to the one who holds the order, never to a whole company pool (SEC-2).
  // A pool member who accepts was in the audience already: what counts is becoming the holder.
  const newHolder = o.assignee_user_id && o.assignee_user_id !== p.before?.assignee_user_id;
  const holder = newHolder && users.includes(o.assignee_user_id!) ? o.assignee_user_id : null;
  if (holder && o.resident_id) await shareResidentWith(q, o.resident_id, o.community_id, [holder], mutationId);
  return users;
}

/** A holder needs the resident's card (address, access notes, contacts) on the phone: log it for them. */
async function shareResidentWith(
  q: Queryable,
  residentId: string,
  communityId: string | null,
  userIds: readonly string[],
  mutationId: string | null,
) {
  const scope = { op: 'put' as const, communityId, userIds, mutationId };
  await recordChange(q, { tbl: 'residents', rowId: residentId, ...scope });
  const contacts = await q.query<{ id: string }>('select id from resident_contacts where resident_id = $1', [
    residentId,
  ]);
  for (const c of contacts) await recordChange(q, { tbl: 'resident_contacts', rowId: c.id, ...scope });
}

/** Logs events changed after the fact (a return found wrong, ORD-5) for the order's current audience. */
export async function republishEvents(
  q: Queryable,
  o: OrderRecord,
  eventIds: readonly string[],
  mutationId: string | null,
): Promise<void> {
  if (!eventIds.length) return;
  const userIds = await orderAudience(q, o);
  for (const id of eventIds) {
    await recordChange(q, {
      tbl: 'order_events',
      rowId: id,
      op: 'put',
      communityId: o.community_id,
      companyId: o.company_id,
      userIds,
      mutationId,
    });
  }
}
