// Which rows of each table an actor receives (SYN-3, SEC-2), as SQL conditions for the first full pull. The rules
// are those of src/domain/access and orders/order-access; the change log's scope columns express the same facts for
// later pulls. Keep the two in step: a test pulls both ways and compares.
import { type Actor, can } from '../../domain/access/roles';
import { canSeeCallers, canSeeDevices, isCityWide } from '../../domain/access/scope';
import type { SyncTable } from '../../protocol/rows';

export interface Condition {
  /** SQL boolean over the table aliased t; $1 user id, $2 community ids, $3 company id. */
  where: string;
}

const none: Condition = { where: 'false' };
const all: Condition = { where: 'true' };

/** The open work a field worker holds: orders assigned to them that are not finished. */
const assignedOrders = `select o.id from orders o where o.assignee_user_id = $1
  and o.status in ('new', 'dispatched', 'accepted', 'en_route', 'on_site', 'returned')`;
const workResidents = `select o.resident_id from orders o where o.id in (${assignedOrders})`;
/** Residents of open alarms offered to the user: a responder gets the card with the offer (ALM-2, ALM-6). */
const alarmResidents = `select a.resident_id from alarms a join alarm_offers f on f.alarm_id = a.id
  where f.user_id = $1 and a.status not in ('resolved', 'cancelled')`;

function orderCondition(actor: Actor): Condition {
  if (isCityWide(actor)) return all;
  if (actor.role === 'vendor_manager') return { where: '(t.company_id = $3 or t.assignee_user_id = $1)' };
  if (actor.role === 'liaison') return { where: '(t.community_id = any($2) or t.assignee_user_id = $1)' };
  // A technician sees its own orders (a withdrawn one leaves the phone) and its company's pool: dispatched to the
  // company and not yet handed to anyone.
  return {
    where: `((t.assignee_user_id = $1 and t.status <> 'cancelled')
      or (t.company_id = $3 and t.assignee_user_id is null and t.status = 'dispatched'))`,
  };
}

function residentCondition(actor: Actor, column: string): Condition {
  if (can(actor, 'registry.read') && isCityWide(actor)) return all;
  if (actor.role === 'liaison')
    return { where: `${column} in (select id from residents where community_id = any($2))` };
  return { where: `(${column} in (${workResidents}) or ${column} in (${alarmResidents}))` };
}

export function visibleCondition(table: SyncTable, actor: Actor): Condition {
  switch (table) {
    case 'districts':
    case 'streets':
    case 'communities':
    case 'service_categories':
    case 'service_prices':
      return all;
    case 'companies':
      return can(actor, 'registry.read') ? all : { where: 't.id = $3' };
    case 'volunteers':
      if (isCityWide(actor)) return all;
      if (actor.role === 'liaison')
        return { where: '(t.community_id = any($2) or t.id = (select volunteer_id from users where id = $1))' };
      if (actor.role === 'vendor_manager') return { where: 't.company_id = $3' };
      return { where: 't.id = (select volunteer_id from users where id = $1)' };
    case 'residents':
      return residentCondition(actor, 't.id');
    case 'resident_contacts':
      return residentCondition(actor, 't.resident_id');
    case 'callers':
      return canSeeCallers(actor) ? all : none;
    case 'orders':
      return orderCondition(actor);
    case 'order_events':
    case 'order_notes': {
      const c = orderCondition(actor);
      return { where: `t.order_id in (select t.id from orders t where ${c.where})` };
    }
    case 'alarms':
      if (isCityWide(actor)) return all;
      if (actor.role === 'liaison') return { where: '(t.community_id = any($2) or t.accepted_by = $1)' };
      return { where: '(t.id in (select alarm_id from alarm_offers where user_id = $1))' };
    case 'alarm_offers':
      if (isCityWide(actor)) return all;
      if (actor.role === 'liaison')
        return { where: '(t.user_id = $1 or t.alarm_id in (select id from alarms where community_id = any($2)))' };
      return { where: 't.user_id = $1' };
    case 'alarm_events':
      // Console staff see the timelines of alarms in scope; responders those of alarms offered to them.
      if (isCityWide(actor)) return all;
      if (actor.role === 'liaison')
        return {
          where:
            '(t.alarm_id in (select id from alarms where community_id = any($2)) or t.alarm_id in (select alarm_id from alarm_offers where user_id = $1))',
        };
      return { where: 't.alarm_id in (select alarm_id from alarm_offers where user_id = $1)' };
    case 'devices':
      // Alarm devices and technical alarms belong on consoles (ALM-9): the centre, liaisons for their residents, and
      // the admin who registers devices.
      if (!canSeeDevices(actor)) return none;
      if (isCityWide(actor)) return all;
      return { where: 't.resident_id in (select id from residents where community_id = any($2))' };
    case 'technical_alarms':
      if (!canSeeDevices(actor)) return none;
      if (isCityWide(actor)) return all;
      return { where: 't.community_id = any($2)' };
    case 'service_logs':
      if (isCityWide(actor)) return all;
      if (actor.role === 'vendor_manager') return { where: 't.company_id = $3' };
      if (actor.role === 'liaison')
        return {
          where:
            '(t.provider_user_id = $1 or t.resident_id in (select id from residents where community_id = any($2)))',
        };
      return { where: 't.provider_user_id = $1' };
    default: {
      const never: never = table;
      return never;
    }
  }
}
