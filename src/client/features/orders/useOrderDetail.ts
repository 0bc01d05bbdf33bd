// One order from the device with everything its detail shows (ORD-3): events, notes, resident and contacts, and
// whether its creation still waits in the outbox. Must not write.
import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalRow } from '../../../local/local-db';
import { useSync } from '../../app/sync/useSync';

export interface OrderDetailData {
  order: LocalRow | null;
  events: LocalRow[];
  notes: LocalRow[];
  resident: LocalRow | null;
  contacts: LocalRow[];
  category: LocalRow | null;
  community: LocalRow | null;
  /** The order.create of this id is still in the outbox (the order is not on the device yet). */
  creating: boolean;
}

export function useOrderDetail(id: string): OrderDetailData | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const order = (await db.orders.get(id)) ?? null;
    const [events, notes, outbox] = await Promise.all([
      db.order_events.where('orderId').equals(id).toArray(),
      db.order_notes.where('orderId').equals(id).toArray(),
      order ? Promise.resolve([]) : db.outbox.where('status').equals('pending').toArray(),
    ]);
    const residentId = typeof order?.residentId === 'string' ? order.residentId : null;
    const [resident, contacts, category, community] = await Promise.all([
      residentId ? db.residents.get(residentId) : undefined,
      residentId ? db.resident_contacts.filter((c) => c.residentId === residentId).toArray() : [],
      typeof order?.categoryId === 'string' ? db.service_categories.get(order.categoryId) : undefined,
      typeof order?.communityId === 'string' ? db.communities.get(order.communityId) : undefined,
    ]);
    return {
      order,
      events,
      notes,
      resident: resident ?? null,
      contacts: [...contacts].sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0)),
      category: category ?? null,
      community: community ?? null,
      creating: outbox.some((e) => e.name === 'order.create' && (e.args as { id?: unknown } | null)?.id === id),
    };
  }, [db, id]);
}
