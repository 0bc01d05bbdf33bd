// Live alarm events (ALM-2, ALM-3; src/protocol/alarms.ts): from new change-log entries of alarms and alarm_offers,
// the `alarm`, `offer` and `taken` events and who receives each. Must not send: the event hub delivers them.
import type { Actor } from '../../domain/access/roles';
import { can } from '../../domain/access/roles';
import { isInScope } from '../../domain/access/scope';
import type { AlarmEvent, OfferEvent, TakenEvent } from '../../protocol/alarms';
import type { Queryable } from '../store/store';

export type AlarmDelivery =
  | { type: 'alarm'; data: AlarmEvent; communityId: string }
  | { type: 'offer'; data: OfferEvent; userId: string }
  | { type: 'taken'; data: TakenEvent; userId: string };

interface LiveRow {
  kind: 'alarm' | 'offer';
  id: string;
  alarm_id: string;
  resident_id: string;
  community_id: string;
  status: string;
  ring: number;
  raised_at: Date | string;
  accepted_by: string | null;
  change: string | null;
  user_id: string | null;
  offer_status: string | null;
  distance_m: number | null;
}

// One read per batch. `change` is the alarm's latest step (raised, ring, accepted, …), not one of the notices and
// offers that follow a step (notified, notify, offered); entries of one transaction share now(), so insertion
// order (ctid) breaks the tie.
const LIVE_SQL = `
  select 'alarm' as kind, a.id, a.id as alarm_id, a.resident_id, a.community_id, a.status, a.ring, a.raised_at,
         a.accepted_by, (select e.kind from alarm_events e where e.alarm_id = a.id and e.kind not in ('notify', 'notified', 'offered')
                          order by e.at desc, e.ctid desc limit 1) as change,
         null as user_id, null as offer_status, null::float8 as distance_m
    from alarms a where a.id = any($1::text[])
  union all
  select 'offer', o.id, o.alarm_id, a.resident_id, a.community_id, a.status, o.ring, a.raised_at,
         a.accepted_by, null, o.user_id, o.status, o.distance_m
    from alarm_offers o join alarms a on a.id = o.alarm_id where o.id = any($2::text[])`;

export async function readAlarmDeliveries(
  db: Queryable,
  entries: readonly { tbl: string; row_id: string }[],
): Promise<AlarmDelivery[]> {
  const alarmIds = unique(entries.filter((e) => e.tbl === 'alarms').map((e) => e.row_id));
  const offerIds = unique(entries.filter((e) => e.tbl === 'alarm_offers').map((e) => e.row_id));
  if (!alarmIds.length && !offerIds.length) return [];
  const rows = await db.query<LiveRow>(LIVE_SQL, [alarmIds, offerIds]);
  return rows.flatMap(rowToDelivery);
}

function rowToDelivery(r: LiveRow): AlarmDelivery[] {
  if (r.kind === 'alarm') {
    const data: AlarmEvent = {
      alarmId: r.id,
      residentId: r.resident_id,
      communityId: r.community_id,
      status: r.status as AlarmEvent['status'],
      ring: Number(r.ring),
      raisedAt: new Date(r.raised_at).toISOString(),
      change: r.change ?? r.status,
      acceptedBy: r.accepted_by,
    };
    return [{ type: 'alarm', data, communityId: r.community_id }];
  }
  if (!r.user_id) return [];
  if (r.offer_status === 'offered') {
    const data: OfferEvent = { alarmId: r.alarm_id, offerId: r.id, ring: Number(r.ring), distanceM: r.distance_m };
    return [{ type: 'offer', data, userId: r.user_id }];
  }
  if (r.offer_status === 'taken') {
    return [
      { type: 'taken', data: { alarmId: r.alarm_id, offerId: r.id, acceptedBy: r.accepted_by }, userId: r.user_id },
    ];
  }
  return [];
}

/** Consoles covering the alarm's community hear `alarm`; an offer's responder alone hears `offer` and `taken`. */
export function reachesActor(d: AlarmDelivery, actor: Actor): boolean {
  switch (d.type) {
    case 'alarm':
      return can(actor, 'alarms.console') && isInScope(actor, { communityId: d.communityId });
    case 'offer':
    case 'taken':
      return actor.userId === d.userId;
    default: {
      const never: never = d;
      return never;
    }
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
