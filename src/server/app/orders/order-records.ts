// Shared writes of the order lifecycle (ORD-3..5): loading an order under lock, its facts for the domain rules,
// the conditional update, and one timeline event per transition. Runs inside the caller's transaction; must not
// decide whether a transition is allowed (src/domain/orders/order-lifecycle.ts does) nor choose who sees what.
import { haversineMeters } from '../../../domain/geo/distance';
import type { OrderStatus, OrderType } from '../../../domain/orders/order-kinds';
import type { OrderFacts } from '../../../domain/orders/order-lifecycle';
import type { Queryable } from '../../store/store';

export interface OrderRecord {
  id: string;
  no: string;
  type: OrderType;
  status: OrderStatus;
  resident_id: string | null;
  lat: number | null;
  lng: number | null;
  community_id: string | null;
  company_id: string | null;
  company_name: string;
  assignee_user_id: string | null;
  assignee_name: string;
  is_contract_customer: boolean;
  confirm_due_at: Date | null;
  service_due_at: Date | null;
  extension_state: 'requested' | 'approved' | 'refused' | null;
  extension_hours: number | null;
  version: number;
}

export interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

export async function loadOrder(q: Queryable, orderId: string, lock = false): Promise<OrderRecord | null> {
  const [o] = await q.query<OrderRecord>(`select * from orders where id = $1${lock ? ' for update' : ''}`, [orderId]);
  return o ?? null;
}

const isoOf = (t: Date | string | null): string | null => (t === null ? null : new Date(t).toISOString());

/** What the lifecycle rules need of a stored order. */
export function factsOf(o: OrderRecord): OrderFacts {
  return {
    status: o.status,
    type: o.type,
    companyId: o.company_id,
    assigneeUserId: o.assignee_user_id,
    extensionState: o.extension_state,
    confirmDueAt: isoOf(o.confirm_due_at),
    serviceDueAt: isoOf(o.service_due_at),
  };
}

/**
 * Applies column changes only if nobody changed the order since it was read (its version), bumping version and
 * updated_at; null when the condition failed. Column names come from the handlers, never from a device.
 */
export async function updateOrder(
  q: Queryable,
  o: Pick<OrderRecord, 'id' | 'version'>,
  set: Record<string, unknown>,
  now: Date,
): Promise<OrderRecord | null> {
  const cols = Object.keys(set);
  const assignments = cols.map((c, i) => `${c} = $${i + 4}`);
  const [row] = await q.query<OrderRecord>(
    `update orders set ${[...assignments, 'version = version + 1', 'updated_at = $3'].join(', ')}
      where id = $1 and version = $2 returning *`,
    [o.id, o.version, now, ...cols.map((c) => set[c])],
  );
  return row ?? null;
}

export interface OrderEventInput {
  id: string;
  kind: string;
  userId: string | null;
  userName: string;
  at: Date;
  deviceAt: string | null;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  companyId: string | null;
  position?: Position | undefined;
  reason?: string | undefined;
  reasonCode?: string | null | undefined;
  detail?: Record<string, unknown>;
}

/** Metres from the order's place to where the device was, when both are known (FLD-1 evidence). */
export function distanceFrom(o: Pick<OrderRecord, 'lat' | 'lng'>, p: Position | undefined): number | null {
  if (!p || o.lat === null || o.lng === null) return null;
  return Math.round(haversineMeters({ lat: o.lat, lng: o.lng }, p));
}

/** Appends one timeline event; its id is the mutation's, so a replay cannot add it twice. */
export async function insertOrderEvent(
  q: Queryable,
  o: Pick<OrderRecord, 'id' | 'lat' | 'lng'>,
  e: OrderEventInput,
): Promise<void> {
  const distanceM = distanceFrom(o, e.position);
  const detail = {
    ...(e.position ? { accuracy: e.position.accuracy } : {}),
    ...(distanceM === null ? {} : { distanceM }),
    ...e.detail,
  };
  await q.query(
    `insert into order_events (id, order_id, at, device_at, user_id, user_name, kind, from_status, to_status,
                               company_id, lat, lng, reason, reason_code, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      e.id,
      o.id,
      e.at,
      e.deviceAt,
      e.userId,
      e.userName,
      e.kind,
      e.fromStatus,
      e.toStatus,
      e.companyId,
      e.position?.lat ?? null,
      e.position?.lng ?? null,
      e.reason ?? '',
      e.reasonCode ?? null,
      JSON.stringify(detail),
    ],
  );
}

/** An active field worker, optionally of one company; null when the id names anyone else. */
export async function findFieldWorker(
  q: Queryable,
  userId: string,
  companyId?: string | null,
): Promise<{ id: string; display_name: string; company_id: string | null } | null> {
  const [u] = await q.query<{ id: string; display_name: string; company_id: string | null }>(
    `select id, display_name, company_id from users where id = $1 and active and role = 'field_worker'`,
    [userId],
  );
  if (!u || (companyId !== undefined && u.company_id !== companyId)) return null;
  return u;
}
