// GET /api/staff (ORD-2, FLD-3): the active field workers a user may hand orders to, with duty, position, skills and
// open load. Must not decide more than the list's scope: who may assign an order is the order.* handlers' rule.
import type { FastifyInstance } from 'fastify';
import { type Actor, can } from '../../../domain/access/roles';
import type { StaffMember, StaffResponse } from '../../../protocol/staff';
import type { Queryable, Store } from '../../store/store';
import { authOf } from '../access-guard';
import { raise } from '../problem-error';

interface StaffRow {
  id: string;
  display_name: string;
  phone: string;
  company_id: string | null;
  volunteer_id: string | null;
  skill_ids: string[] | null;
  on_duty: boolean;
  duty_lat: number | null;
  duty_lng: number | null;
  duty_at: Date | string | null;
  open_orders: number;
}

// Open work as a worker's load: dispatched to them and not yet done (matches StaffMember.openOrders).
const STAFF_SQL = `select u.id, u.display_name, u.phone, u.company_id, u.volunteer_id, v.skill_ids, u.on_duty,
       u.duty_lat, u.duty_lng, u.duty_at,
       (select count(*)::int from orders o where o.assignee_user_id = u.id
           and o.status in ('dispatched', 'accepted', 'en_route', 'on_site')) as open_orders
  from users u left join volunteers v on v.id = u.volunteer_id
 where u.role = 'field_worker' and u.active and ($1::text is null or u.company_id = $1::text)
 order by u.display_name, u.id`;

/** Centre staff who dispatch see every field worker; a vendor manager its own company's; anyone else nobody. */
export function staffScopeOf(actor: Actor): { companyId: string | null } {
  if (can(actor, 'orders.dispatch')) return { companyId: null };
  if (can(actor, 'orders.assign_staff') && actor.companyId) return { companyId: actor.companyId };
  raise('auth.forbidden');
}

export async function listStaff(q: Queryable, scope: { companyId: string | null }): Promise<StaffMember[]> {
  const rows = await q.query<StaffRow>(STAFF_SQL, [scope.companyId]);
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    phone: r.phone,
    companyId: r.company_id,
    volunteerId: r.volunteer_id,
    skillIds: r.skill_ids ?? [],
    onDuty: r.on_duty,
    lat: r.duty_lat,
    lng: r.duty_lng,
    dutyAt: r.duty_at === null ? null : new Date(r.duty_at).toISOString(),
    openOrders: r.open_orders,
  }));
}

export function registerStaffRoutes(app: FastifyInstance, deps: { store: Store }) {
  // Two permissions may ask (orders.dispatch, orders.assign_staff): the guard checks the session, staffScopeOf the rest.
  app.get('/api/staff', { config: { access: 'signed-in' } }, async (request): Promise<StaffResponse> => {
    const scope = staffScopeOf(authOf(request).actor);
    return { staff: await listStaff(deps.store, scope) };
  });
}
